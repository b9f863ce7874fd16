package org.reassure.referrals.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.NewConsent;
import org.reassure.referrals.internal.NewReferral;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.ResponseClocks;
import org.reassure.referrals.internal.SharedItem;

/** Refers demo victims as an officer would, days ago: consent by phone first, then the referral. */
@Component
class DemoReferrer {

    private final Consents consents;
    private final OfficerReferrals referrals;
    private final Organisations organisations;
    private final ResponseClocks clocks;
    private final Cases cases;
    private final People people;
    private final Units units;
    private final JdbcClient jdbc;

    DemoReferrer(
            Consents consents,
            OfficerReferrals referrals,
            Organisations organisations,
            ResponseClocks clocks,
            Cases cases,
            People people,
            Units units,
            JdbcClient jdbc) {
        this.consents = consents;
        this.referrals = referrals;
        this.organisations = organisations;
        this.clocks = clocks;
        this.cases = cases;
        this.people = people;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Up to eight open Hounslow cases whose victim has a phone number, in the order case work lists them. */
    List<String> referableCases() {
        long hounslowCsu = units.findByCode("HNS-CSU").orElseThrow().id();
        return cases.allFacts().stream()
                .filter(f -> f.unitId() == hounslowCsu
                        && f.status() != CaseStatus.CLOSED
                        && f.status() != CaseStatus.REPORTED)
                .filter(f -> people.onCase(f.reference()).stream()
                        .anyMatch(p -> p.role().isVictim() && p.phone() != null))
                .map(CaseFacts::reference)
                .limit(8)
                .toList();
    }

    /** Records the victim's consent by phone and sends the referral, then moves both back in time by {@code daysAgo}. */
    UUID refer(
            StaffPrincipal officer,
            String reference,
            String organisation,
            Set<SharedItem> items,
            String needs,
            int daysAgo) {
        Instant given = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1));
        if (consents.forCase(reference).stream().noneMatch(c -> organisation.equals(c.organisationCode()))) {
            consents.record(
                    officer,
                    reference,
                    new NewConsent(
                            organisation,
                            items,
                            "Can I pass your name, phone number, what happened to you and the support you would like to "
                                    + organisations.get(organisation).name()
                                    + " so they can contact you? The victim said yes.",
                            ConsentChannel.PHONE,
                            "VICTIM",
                            given));
        }
        UUID id = referrals
                .send(officer, reference, new NewReferral(organisation, items, needs, null, null))
                .id();
        backdate(id, daysAgo);
        return id;
    }

    /** A referral sent days ago that was never answered: its clock ran out, and the officer sees it on My work. */
    void lapse(UUID id) {
        jdbc.sql(
                        "UPDATE referral SET respond_by = sent_at + interval '2 days', response_lapsed_at = sent_at + interval '2 days' WHERE id = ?")
                .param(id)
                .update();
        clocks.cancel(id);
    }

    /** Moves a referral's sending back in time, with its clock: one now past its time lapses at the next poll, as it would have. */
    private void backdate(UUID id, int daysAgo) {
        if (daysAgo == 0) {
            return;
        }
        Timestamp respondBy = jdbc.sql("""
                UPDATE referral SET sent_at = sent_at - make_interval(days => ?), respond_by = respond_by - make_interval(days => ?)
                WHERE id = ? RETURNING respond_by""")
                .params(daysAgo, daysAgo, id)
                .query(Timestamp.class)
                .single();
        clocks.reset(id, respondBy.toInstant());
    }

    /** Answers came the day after sending, and messages soon after the answer. */
    void settleTimes() {
        jdbc.sql(
                        "UPDATE referral SET decided_at = LEAST(sent_at + interval '20 hours', now()) WHERE decided_at IS NOT NULL")
                .update();
        jdbc.sql("""
                UPDATE referral_message m SET sent_at = LEAST(r.decided_at + make_interval(hours => 2 + (m.id % 5)::int), now())
                FROM referral r WHERE r.id = m.referral_id AND r.decided_at IS NOT NULL""").update();
    }
}
