package org.reassure.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.internal.CaseHistory;
import org.reassure.casework.internal.CaseRules;
import org.reassure.casework.internal.PersonKeys;
import org.reassure.casework.internal.RepeatMatch;
import org.reassure.casework.internal.RepeatMatches;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;

/**
 * People on a case: added by staff with their part in it, or named in the report itself. A new victim or
 * complainant is checked for earlier cases of the same person (see {@link RepeatMatches}); staff decide
 * the matches suggested.
 */
@Service
public class People {

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
    private final RepeatMatches repeats;
    private final CaseHistory history;
    private final Clock clock;

    People(JdbcClient jdbc, Cases cases, RepeatMatches repeats, CaseHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.repeats = repeats;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public Person add(StaffPrincipal staff, String reference, NewPerson input) {
        requireWorker(staff);
        cases.requireVisible(staff, reference);
        CaseRow row = row(reference);
        FormErrors errors = new FormErrors();
        PersonRole role = roleOf(input, row, errors);
        if (role == PersonRole.SUBJECT && !Boolean.TRUE.equals(row.keepSubjectData())) {
            throw new ConflictingState("casework.problem.subjectDataNotKept");
        }
        String name = clean(input.fullName(), 200);
        String description = clean(input.description(), 2000);
        if (name == null && description == null) {
            errors.add("fullName", "casework.problem.personNameMissing");
        }
        LocalDate birth = birthDateOf(input, errors);
        String email = clean(input.email(), 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "casework.problem.emailFormat");
        }
        String phone = clean(input.phone(), 40);
        if (phone != null && !phone.matches("[+0-9 ()-]{7,40}")) {
            errors.add("phone", "casework.problem.phoneFormat");
        }
        String postcode = clean(input.postcode(), 10);
        if (postcode != null) {
            postcode = postcode.toUpperCase(Locale.UK).replaceAll("\\s+", "");
            if (!postcode.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
                errors.add("postcode", "casework.problem.postcodeFormat");
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
                        PersonKeys.nameKey(name),
                        birth == null ? null : Date.valueOf(birth),
                        phone,
                        PersonKeys.phoneKey(phone),
                        email,
                        PersonKeys.emailKey(email),
                        address,
                        PersonKeys.addressKey(address),
                        postcode,
                        description,
                        staff.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        history.write(row.id(), staff.getUsername(), null, null, CaseHistory.english(role) + " added", null);
        Person added = get(id);
        if (role.isVictim()) {
            repeats.suggestFor(added, row.id());
        }
        return added;
    }

    private static PersonRole roleOf(NewPerson input, CaseRow row, FormErrors errors) {
        PersonRole role = null;
        try {
            role = input.role() == null || input.role().isBlank()
                    ? null
                    : PersonRole.valueOf(input.role().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            errors.add("role", "casework.problem.noSuchRole", input.role());
        }
        if (role == null && !errors.has("role")) {
            errors.add("role", "casework.problem.roleMissing");
        } else if (role != null && !PersonRole.allowedFor(row.classification()).contains(role)) {
            errors.add(
                    "role",
                    row.classification() == Classification.NCHI
                            ? "casework.problem.rolesOfAnIncident"
                            : "casework.problem.rolesOfACrime");
        }
        return role;
    }

    private LocalDate birthDateOf(NewPerson input, FormErrors errors) {
        if (clean(input.dateOfBirth(), 20) == null) {
            return null;
        }
        try {
            LocalDate birth = LocalDate.parse(input.dateOfBirth().trim());
            if (birth.isAfter(LocalDate.now(clock)) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                errors.add("dateOfBirth", "casework.problem.birthDateNotReal");
            }
            return birth;
        } catch (DateTimeParseException notADate) {
            errors.add("dateOfBirth", "casework.problem.birthDateFormat");
            return null;
        }
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
                .param(CaseRules.normalise(reference))
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
                        PersonKeys.nameKey(cleanName),
                        cleanPhone,
                        PersonKeys.phoneKey(cleanPhone),
                        cleanEmail,
                        PersonKeys.emailKey(cleanEmail),
                        Timestamp.from(clock.instant()))
                .update();
        if (role.isVictim()) {
            repeats.suggestFor(get(id), caseId);
        }
    }

    public List<Person> onCase(String reference) {
        return jdbc.sql(
                        "SELECT * FROM person WHERE case_id = (SELECT id FROM hate_case WHERE reference = ?) ORDER BY added_at, id")
                .param(CaseRules.normalise(reference))
                .query(People::map)
                .list();
    }

    /** The suggested earlier cases of the victims on this case, waiting ones first. */
    public List<RepeatMatch> matchesOn(String reference) {
        return repeats.on(reference);
    }

    /** Confirms (same person: link the cases, set the flags) or rejects (different people) a suggested match. */
    @Transactional
    public void decide(StaffPrincipal staff, String reference, long matchId, boolean samePerson) {
        requireWorker(staff);
        cases.requireVisible(staff, reference);
        repeats.decide(staff, row(reference).id(), matchId, samePerson);
    }

    private Person get(UUID id) {
        return jdbc.sql("SELECT * FROM person WHERE id = ?")
                .param(id)
                .query(People::map)
                .single();
    }

    private record CaseRow(UUID id, Classification classification, Boolean keepSubjectData) {}

    private CaseRow row(String reference) {
        return jdbc.sql("SELECT id, classification, nchi_keep_subject_data FROM hate_case WHERE reference = ?")
                .param(CaseRules.normalise(reference))
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
        if (!CaseRules.writesOnCases(staff)) {
            throw new AccessDeniedException("Your role does not add people to cases.");
        }
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
