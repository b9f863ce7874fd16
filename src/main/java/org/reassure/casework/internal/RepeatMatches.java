package org.reassure.casework.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.Person;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.NotFound;

/**
 * Repeat-victim detection. A new victim or complainant is compared with those of every earlier case by e-mail,
 * phone, similar name with the same date of birth, similar name with the same postcode, or the same address and
 * postcode, using PostgreSQL's trigram index. A match is only a suggestion: staff confirm or reject it; confirmed
 * repeats link the cases and set the repeat-victim flag, and enough of them the persistently-targeted flag. A
 * similar name alone is a near miss and is not suggested.
 */
@Component
public class RepeatMatches {

    /** How alike two names must be (trigram similarity) to count with the same date of birth, or with the same postcode. */
    static final double NAME_WITH_BIRTH_DATE = 0.6;

    static final double NAME_WITH_POSTCODE = 0.8;

    private final JdbcClient jdbc;
    private final CaseHistory history;
    private final CaseworkProperties properties;
    private final Clock clock;

    RepeatMatches(JdbcClient jdbc, CaseHistory history, CaseworkProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    public List<RepeatMatch> on(String reference) {
        return jdbc.sql("""
                SELECT m.id, m.person_id, p.full_name, c.reference AS matched_reference, q.full_name AS matched_name, m.basis, m.score, m.status
                FROM repeat_match m JOIN person p ON p.id = m.person_id JOIN person q ON q.id = m.matched_person_id
                     JOIN hate_case c ON c.id = q.case_id
                WHERE p.case_id = (SELECT id FROM hate_case WHERE reference = ?)
                ORDER BY m.status = 'PENDING' DESC, m.score DESC, m.id""")
                .param(CaseRules.normalise(reference))
                .query((rs, n) -> new RepeatMatch(
                        rs.getLong("id"),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("full_name"),
                        rs.getString("matched_reference"),
                        rs.getString("matched_name"),
                        rs.getString("basis"),
                        rs.getDouble("score"),
                        rs.getString("status")))
                .list();
    }

    /**
     * Confirms (same person: link the cases, set the flags) or rejects (different people) a suggested match on the
     * case with this id; the caller has checked that the person may work on it.
     */
    public void decide(StaffPrincipal staff, UUID caseId, long matchId, boolean samePerson) {
        var match = jdbc.sql("""
                SELECT m.status, q.case_id AS matched_case FROM repeat_match m JOIN person p ON p.id = m.person_id
                     JOIN person q ON q.id = m.matched_person_id
                WHERE m.id = ? AND p.case_id = ? FOR UPDATE OF m""")
                .params(matchId, caseId)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getObject("matched_case", UUID.class)})
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchMatch"));
        if (!"PENDING".equals(match[0])) {
            throw new ConflictingState("casework.problem.matchDecidedAlready");
        }
        jdbc.sql("UPDATE repeat_match SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(
                        samePerson ? "CONFIRMED" : "REJECTED",
                        staff.getUsername(),
                        Timestamp.from(clock.instant()),
                        matchId)
                .update();
        String matchedReference = jdbc.sql("SELECT reference FROM hate_case WHERE id = ?")
                .param(match[1])
                .query(String.class)
                .single();
        if (!samePerson) {
            history.write(
                    caseId, staff.getUsername(), null, null, "Not the same victim as in " + matchedReference, null);
            return;
        }
        jdbc.sql("""
                INSERT INTO case_link (case_id, linked_case_id, reason, linked_by, linked_at) VALUES (?, ?, 'Same victim', ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(caseId, match[1], staff.getUsername(), Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'REPEAT_VICTIM') ON CONFLICT DO NOTHING")
                .param(caseId)
                .update();
        long earlier = jdbc.sql("""
                SELECT count(DISTINCT q.case_id) FROM repeat_match m JOIN person p ON p.id = m.person_id
                     JOIN person q ON q.id = m.matched_person_id
                WHERE p.case_id = ? AND m.status = 'CONFIRMED'""").param(caseId).query(Long.class).single();
        if (earlier + 1 >= properties.persistentlyTargetedAt()) {
            jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'PERSISTENTLY_TARGETED') ON CONFLICT DO NOTHING")
                    .param(caseId)
                    .update();
        }
        history.write(
                caseId,
                staff.getUsername(),
                null,
                null,
                "Confirmed as the same victim as in " + matchedReference,
                null);
    }

    /** Suggests the earlier cases' victims this person may be. */
    public void suggestFor(Person person, UUID caseId) {
        String nameKey = PersonKeys.nameKey(person.fullName());
        String phoneKey = PersonKeys.phoneKey(person.phone());
        String emailKey = PersonKeys.emailKey(person.email());
        String addressKey = PersonKeys.addressKey(person.address());
        List<Object[]> candidates = jdbc.sql("""
                SELECT q.id, coalesce(similarity(q.name_key, CAST(? AS TEXT)), 0) AS name_sim,
                       q.email_key IS NOT DISTINCT FROM CAST(? AS TEXT) AND q.email_key IS NOT NULL AS same_email,
                       q.phone_key IS NOT DISTINCT FROM CAST(? AS TEXT) AND q.phone_key IS NOT NULL AS same_phone,
                       q.date_of_birth IS NOT DISTINCT FROM CAST(? AS DATE) AND q.date_of_birth IS NOT NULL AS same_birth,
                       q.postcode IS NOT DISTINCT FROM CAST(? AS TEXT) AND q.postcode IS NOT NULL AS same_postcode,
                       coalesce(q.address_key = CAST(? AS TEXT) AND q.postcode = CAST(? AS TEXT), FALSE) AS same_address
                FROM person q
                WHERE q.case_id <> ? AND q.role IN ('VICTIM', 'COMPLAINANT')
                  AND ((CAST(? AS TEXT) IS NOT NULL AND q.email_key = ?) OR (CAST(? AS TEXT) IS NOT NULL AND q.phone_key = ?)
                       OR (CAST(? AS TEXT) IS NOT NULL AND q.name_key % ?)
                       OR (CAST(? AS TEXT) IS NOT NULL AND q.address_key = ? AND q.postcode = CAST(? AS TEXT)))
                LIMIT 50""")
                .params(
                        nameKey,
                        emailKey,
                        phoneKey,
                        person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()),
                        person.postcode(),
                        addressKey,
                        person.postcode(),
                        caseId,
                        emailKey,
                        emailKey,
                        phoneKey,
                        phoneKey,
                        nameKey,
                        nameKey,
                        addressKey,
                        addressKey,
                        person.postcode())
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getDouble("name_sim"),
                    rs.getBoolean("same_email"),
                    rs.getBoolean("same_phone"),
                    rs.getBoolean("same_birth"),
                    rs.getBoolean("same_postcode"),
                    rs.getBoolean("same_address")
                })
                .list();
        for (Object[] candidate : candidates) {
            suggest(person.id(), candidate);
        }
    }

    private void suggest(UUID personId, Object[] candidate) {
        double nameSimilarity = (double) candidate[1];
        List<String> basis = new ArrayList<>();
        if ((boolean) candidate[2]) {
            basis.add("same email address");
        }
        if ((boolean) candidate[3]) {
            basis.add("same phone number");
        }
        if (nameSimilarity >= NAME_WITH_BIRTH_DATE && (boolean) candidate[4]) {
            basis.add("similar name and same date of birth");
        }
        if (nameSimilarity >= NAME_WITH_POSTCODE && (boolean) candidate[5]) {
            basis.add("similar name and same postcode");
        }
        if ((boolean) candidate[6]) {
            basis.add("same address");
        }
        if (basis.isEmpty()) {
            return;
        }
        double score = Math.min(
                1.0,
                (basis.size() > 1 ? 0.2 : 0)
                        + Math.max(
                                nameSimilarity,
                                basis.contains("same email address") || basis.contains("same phone number")
                                        ? 0.9
                                        : 0.7));
        jdbc.sql(
                        "INSERT INTO repeat_match (person_id, matched_person_id, basis, score) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(personId, candidate[0], String.join(", ", basis), score)
                .update();
    }
}
