package org.reassure.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * People on a case and repeat-victim detection. A new victim or complainant is compared with those of
 * every earlier case by e-mail, phone, similar name with the same date of birth, similar name with the
 * same postcode, or the same address and postcode, using PostgreSQL's trigram index. A match is only a suggestion:
 * staff confirm or reject it; confirmed repeats link the cases and set the repeat-victim flag, and enough
 * of them the persistently-targeted flag. A similar name alone is a near miss and is not suggested.
 */
@Service
public class People {

    /** How alike two names must be (trigram similarity) to count with the same date of birth, or with the same postcode. */
    static final double NAME_WITH_BIRTH_DATE = 0.6;

    static final double NAME_WITH_POSTCODE = 0.8;

    public record NewPerson(
            String role,
            String fullName,
            String dateOfBirth,
            String phone,
            String email,
            String address,
            String postcode,
            String description) {}

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseworkProperties properties;
    private final Clock clock;

    People(JdbcClient jdbc, Cases cases, CaseworkProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Person add(StaffPrincipal staff, String reference, NewPerson input) {
        requireWorker(staff);
        cases.requireVisible(staff, reference);
        CaseRow row = row(reference);
        FormErrors errors = new FormErrors();
        PersonRole role = null;
        try {
            role = input.role() == null || input.role().isBlank()
                    ? null
                    : PersonRole.valueOf(input.role().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            errors.add("role", "There is no role " + input.role());
        }
        if (role == null && !errors.has("role")) {
            errors.add("role", "Select the person's part in the case");
        } else if (role != null && !PersonRole.allowedFor(row.classification()).contains(role)) {
            errors.add(
                    "role",
                    row.classification() == Classification.NCHI
                            ? "A non-crime hate incident has a complainant and a subject, not a victim and a suspect"
                            : "A crime has a victim and a suspect; complainant and subject are for non-crime hate incidents");
        }
        if (role == PersonRole.SUBJECT && !Boolean.TRUE.equals(row.keepSubjectData())) {
            throw new ConflictingState("The recording decision says the subject's personal data is not kept. "
                    + "Change that decision, with the reason, before adding the subject.");
        }
        String name = clean(input.fullName(), 200);
        String description = clean(input.description(), 2000);
        if (name == null && description == null) {
            errors.add("fullName", "Enter the person's name, or a description if the name is not known");
        }
        LocalDate birth = null;
        if (clean(input.dateOfBirth(), 20) != null) {
            try {
                birth = LocalDate.parse(input.dateOfBirth().trim());
                if (birth.isAfter(LocalDate.now(clock)) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                    errors.add("dateOfBirth", "The date of birth must be a real date in the past");
                }
            } catch (DateTimeParseException notADate) {
                errors.add("dateOfBirth", "Enter the date of birth like 1984-03-27");
            }
        }
        String email = clean(input.email(), 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        String phone = clean(input.phone(), 40);
        if (phone != null && !phone.matches("[+0-9 ()-]{7,40}")) {
            errors.add("phone", "Enter a phone number, like 07700 900 982 or +44 808 157 0192");
        }
        String postcode = clean(input.postcode(), 10);
        if (postcode != null) {
            postcode = postcode.toUpperCase(Locale.UK).replaceAll("\\s+", "");
            if (!postcode.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
                errors.add("postcode", "Enter a full UK postcode, like TW3 1ES");
            }
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        String address = clean(input.address(), 500);
        jdbc.sql("""
                INSERT INTO person (id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address,
                                    address_key, postcode, description, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        row.id(),
                        role.name(),
                        name,
                        nameKey(name),
                        birth == null ? null : Date.valueOf(birth),
                        phone,
                        phoneKey(phone),
                        email,
                        email == null ? null : email.toLowerCase(Locale.UK),
                        address,
                        addressKey(address),
                        postcode,
                        description,
                        staff.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("INSERT INTO case_history (case_id, at, actor, what) VALUES (?, ?, ?, ?)")
                .params(row.id(), Timestamp.from(clock.instant()), staff.getUsername(), role.label() + " added")
                .update();
        if (role.isVictim()) {
            suggestRepeats(id, row.id());
        }
        return get(id);
    }

    /**
     * Adds a person named in a report to its case (no member of staff is involved: the system does it when
     * the report arrives), and suggests repeats for a victim.
     */
    @Transactional
    public void addFromReport(String reference, PersonRole role, String name, String email, String phone) {
        String cleanName = clean(name, 200);
        String cleanEmail = clean(email, 254);
        String cleanPhone = clean(phone, 40);
        if (cleanName == null && cleanEmail == null && cleanPhone == null) {
            return;
        }
        UUID caseId = jdbc.sql("SELECT id FROM hate_case WHERE reference = ?")
                .param(Cases.normalise(reference))
                .query(UUID.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person (id, case_id, role, full_name, name_key, phone, phone_key, email, email_key, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'reassure', ?)""")
                .params(
                        id,
                        caseId,
                        role.name(),
                        cleanName,
                        nameKey(cleanName),
                        cleanPhone,
                        phoneKey(cleanPhone),
                        cleanEmail,
                        cleanEmail == null ? null : cleanEmail.toLowerCase(Locale.UK),
                        Timestamp.from(clock.instant()))
                .update();
        if (role.isVictim()) {
            suggestRepeats(id, caseId);
        }
    }

    public List<Person> onCase(String reference) {
        return jdbc.sql(
                        "SELECT * FROM person WHERE case_id = (SELECT id FROM hate_case WHERE reference = ?) ORDER BY added_at, id")
                .param(Cases.normalise(reference))
                .query(People::map)
                .list();
    }

    public List<RepeatMatch> matchesOn(String reference) {
        return jdbc.sql("""
                SELECT m.id, m.person_id, p.full_name, c.reference AS matched_reference, q.full_name AS matched_name, m.basis, m.score, m.status
                FROM repeat_match m JOIN person p ON p.id = m.person_id JOIN person q ON q.id = m.matched_person_id
                     JOIN hate_case c ON c.id = q.case_id
                WHERE p.case_id = (SELECT id FROM hate_case WHERE reference = ?)
                ORDER BY m.status = 'PENDING' DESC, m.score DESC, m.id""")
                .param(Cases.normalise(reference))
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

    /** Confirms (same person: link the cases, set the flags) or rejects (different people) a suggested match. */
    @Transactional
    public void decide(StaffPrincipal staff, String reference, long matchId, boolean samePerson) {
        requireWorker(staff);
        cases.requireVisible(staff, reference);
        CaseRow row = row(reference);
        var match = jdbc.sql("""
                SELECT m.status, q.case_id AS matched_case FROM repeat_match m JOIN person p ON p.id = m.person_id
                     JOIN person q ON q.id = m.matched_person_id
                WHERE m.id = ? AND p.case_id = ? FOR UPDATE OF m""")
                .params(matchId, row.id())
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getObject("matched_case", UUID.class)})
                .optional()
                .orElseThrow(() -> new NotFound("There is no such suggested match on this case."));
        if (!"PENDING".equals(match[0])) {
            throw new ConflictingState("This match has been decided already.");
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
            history(row.id(), staff, "Not the same victim as in " + matchedReference);
            return;
        }
        jdbc.sql("""
                INSERT INTO case_link (case_id, linked_case_id, reason, linked_by, linked_at) VALUES (?, ?, 'Same victim', ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(row.id(), match[1], staff.getUsername(), Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'REPEAT_VICTIM') ON CONFLICT DO NOTHING")
                .param(row.id())
                .update();
        long earlier = jdbc.sql("""
                SELECT count(DISTINCT q.case_id) FROM repeat_match m JOIN person p ON p.id = m.person_id
                     JOIN person q ON q.id = m.matched_person_id
                WHERE p.case_id = ? AND m.status = 'CONFIRMED'""").param(row.id()).query(Long.class).single();
        if (earlier + 1 >= properties.persistentlyTargetedAt()) {
            jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'PERSISTENTLY_TARGETED') ON CONFLICT DO NOTHING")
                    .param(row.id())
                    .update();
        }
        history(row.id(), staff, "Confirmed as the same victim as in " + matchedReference);
    }

    private void suggestRepeats(UUID personId, UUID caseId) {
        Person person = get(personId);
        String nameKey = nameKey(person.fullName());
        String phoneKey = phoneKey(person.phone());
        String emailKey = person.email() == null ? null : person.email().toLowerCase(Locale.UK);
        String addressKey = addressKey(person.address());
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
            if (!basis.isEmpty()) {
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
    }

    private Person get(UUID id) {
        return jdbc.sql("SELECT * FROM person WHERE id = ?")
                .param(id)
                .query(People::map)
                .single();
    }

    private void history(UUID caseId, StaffPrincipal staff, String what) {
        jdbc.sql("INSERT INTO case_history (case_id, at, actor, what) VALUES (?, ?, ?, ?)")
                .params(caseId, Timestamp.from(clock.instant()), staff.getUsername(), what)
                .update();
    }

    private record CaseRow(UUID id, Classification classification, Boolean keepSubjectData) {}

    private CaseRow row(String reference) {
        return jdbc.sql("SELECT id, classification, nchi_keep_subject_data FROM hate_case WHERE reference = ?")
                .param(Cases.normalise(reference))
                .query((rs, n) -> {
                    boolean keep = rs.getBoolean("nchi_keep_subject_data");
                    return new CaseRow(
                            rs.getObject("id", UUID.class),
                            rs.getString("classification") == null
                                    ? null
                                    : Classification.valueOf(rs.getString("classification")),
                            rs.wasNull() ? null : keep);
                })
                .single();
    }

    private static void requireWorker(StaffPrincipal staff) {
        if (staff.roles().stream().noneMatch(CaseWork.RECORDERS::contains)
                && staff.roles().stream().noneMatch(CaseWork.ALLOCATABLE::contains)) {
            throw new AccessDeniedException("Your role does not add people to cases.");
        }
    }

    public static String nameKey(String name) {
        return name == null
                ? null
                : name.toLowerCase(Locale.UK)
                        .replaceAll("[^\\p{L}\\p{N} ]", " ")
                        .replaceAll("\\s+", " ")
                        .trim();
    }

    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    public static String addressKey(String address) {
        return address == null ? null : address.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]", "");
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\p{Cntrl}", " ");
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        Date birth = rs.getDate("date_of_birth");
        return new Person(
                rs.getObject("id", UUID.class),
                PersonRole.valueOf(rs.getString("role")),
                rs.getString("full_name"),
                birth == null ? null : birth.toLocalDate(),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("postcode"),
                rs.getString("description"),
                rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
