package org.reassure.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.platform.NotFound;
import org.reassure.referrals.ReferralStatus;

/** Referrals as the tables hold them, with their messages; no access checks (the officer and partner sides make them). */
@Component
class ReferralRows {

    private static final String SELECT = """
            SELECT r.*, o.code AS organisation_code, o.name AS organisation_name FROM referral r
            JOIN support_organisation o ON o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;

    ReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(this::map).optional();
    }

    Referral get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("referrals.referral.notFound"));
    }

    List<Referral> forCase(String reference) {
        return jdbc.sql(SELECT + " WHERE r.case_reference = ? ORDER BY r.sent_at DESC")
                .param(ItemCodes.reference(reference))
                .query(this::map)
                .list();
    }

    boolean liveExists(String reference, long organisationId) {
        return jdbc.sql(
                                "SELECT count(*) FROM referral WHERE case_reference = ? AND organisation_id = ? AND status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE')")
                        .params(reference, organisationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Referrals still waiting for an answer after the organisation's clock ran out, soonest due first. */
    List<Referral> lapsed() {
        return jdbc.sql(SELECT + " WHERE r.status = 'SENT' AND r.response_lapsed_at IS NOT NULL ORDER BY r.respond_by")
                .query(this::map)
                .list();
    }

    /** Referrals closed in the last 90 days because their organisation stopped, not followed by another referral. */
    List<Referral> stoppedAndNotReferredAgain() {
        return jdbc.sql(SELECT + """
                WHERE r.organisation_stopped AND r.closed_at > now() - interval '90 days'
                  AND NOT EXISTS (SELECT 1 FROM referral later WHERE later.case_reference = r.case_reference AND later.sent_at > r.closed_at)
                ORDER BY r.closed_at DESC""").query(this::map).list();
    }

    /** The ids of an organisation's referrals, those waiting for an answer first, then newest first. */
    List<UUID> idsFor(String organisationCode) {
        return jdbc.sql("""
                SELECT r.id FROM referral r JOIN support_organisation o ON o.id = r.organisation_id WHERE o.code = ?
                ORDER BY r.status = 'SENT' DESC, r.sent_at DESC""").param(organisationCode).query(UUID.class).list();
    }

    /**
     * The items a referral shared, under a consent not withdrawn and still covering them (or shared on a supervisor's
     * override): minimised in the query itself.
     */
    List<PartnerReferral.Item> sharedItems(UUID id) {
        return jdbc
                .sql("""
                SELECT i.item, i.value FROM referral_item i JOIN referral r ON r.id = i.referral_id
                LEFT JOIN referral_consent c ON c.id = r.consent_id
                WHERE r.id = ? AND i.item = ANY(r.items)
                  AND (r.consent_id IS NULL OR (c.withdrawn_at IS NULL AND i.item = ANY(c.items)))""")
                .param(id)
                .query((rs, n) -> new PartnerReferral.Item(SharedItem.valueOf(rs.getString(1)), rs.getString(2)))
                .list()
                .stream()
                .sorted(Comparator.comparing(PartnerReferral.Item::item))
                .toList();
    }

    Instant consentWithdrawnAt(UUID consentId) {
        return consentId == null
                ? null
                : jdbc.sql("SELECT withdrawn_at FROM referral_consent WHERE id = ?")
                        .param(consentId)
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant)
                        .orElse(null);
    }

    private List<ReferralMessage> messages(UUID id) {
        return jdbc.sql(
                        "SELECT side, author_name, body, sent_at FROM referral_message WHERE referral_id = ? ORDER BY sent_at, id")
                .param(id)
                .query((rs, n) -> new ReferralMessage(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private Referral map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Referral(
                id,
                rs.getString("case_reference"),
                rs.getString("organisation_code"),
                rs.getString("organisation_name"),
                ReferralStatus.valueOf(rs.getString("status")),
                ItemCodes.items(rs.getArray("items")),
                rs.getString("justification"),
                ItemCodes.instant(rs.getTimestamp("sent_at")),
                rs.getString("sent_by"),
                ItemCodes.instant(rs.getTimestamp("respond_by")),
                ItemCodes.instant(rs.getTimestamp("response_lapsed_at")),
                ItemCodes.instant(rs.getTimestamp("decided_at")),
                rs.getString("decided_by"),
                rs.getString("decline_reason"),
                ItemCodes.instant(rs.getTimestamp("contact_made_at")),
                ItemCodes.instant(rs.getTimestamp("closed_at")),
                rs.getString("closed_reason"),
                rs.getObject("consent_id", UUID.class),
                rs.getString("override_by"),
                rs.getString("override_reason"),
                messages(id));
    }
}
