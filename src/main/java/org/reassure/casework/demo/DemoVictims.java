package org.reassure.casework.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.internal.PersonKeys;
import org.reassure.identity.Units;

/** The invented victims of the demo cases, and one victim targeted again and again. */
@Component
class DemoVictims {

    private static final List<String> FIRST_NAMES = List.of(
            "Amira",
            "Kwame",
            "Priya",
            "Tomasz",
            "Grace",
            "Yusuf",
            "Hannah",
            "Rohan",
            "Blessing",
            "Daniel",
            "Fatima",
            "Liam",
            "Mei",
            "Oluwaseun",
            "Sofia",
            "Arjun",
            "Chloe",
            "Ibrahim",
            "Zainab",
            "Marek");
    private static final List<String> LAST_NAMES = List.of(
            "Hussain",
            "Mensah",
            "Sharma",
            "Kowalski",
            "Adeyemi",
            "Khan",
            "Levy",
            "Patel",
            "Okonkwo",
            "Evans",
            "Ahmed",
            "Murphy",
            "Chen",
            "Balogun",
            "Rossi",
            "Singh",
            "Taylor",
            "Rahman",
            "Ali",
            "Nowak");
    private static final Map<String, List<String>> POSTCODES = Map.of(
            "HNS", List.of("TW3 1ES", "TW4 5AB", "TW5 9QR", "TW7 4HJ"),
            "EAL", List.of("W5 2NT", "W7 3PL", "UB1 1HF", "UB6 8DE"),
            "NWM", List.of("E6 2JA", "E7 9LT", "E13 0PQ", "E15 4HY"));

    private final JdbcClient jdbc;
    private final Units units;

    DemoVictims(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    void addVictim(Random random, UUID caseId, String borough, Instant received) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        insertPerson(
                caseId,
                first + " " + last,
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                String.format("07700 900%03d", random.nextInt(1000)),
                (first + "." + last).toLowerCase() + "@example.com",
                (10 + random.nextInt(180)) + " "
                        + DemoStories.STREETS
                                .get(random.nextInt(DemoStories.STREETS.size()))
                                .replace("the ", ""),
                POSTCODES.get(borough).get(random.nextInt(4)),
                received);
    }

    /** A named victim with the details given (any may be null): the demo's victims told through GOV.UK Notify. */
    void addNamedVictim(
            UUID caseId, String name, String phone, String email, String address, String postcode, Instant at) {
        insertPerson(caseId, name, LocalDate.of(1979, 3, 14), phone, email, address, postcode, at);
    }

    private UUID insertPerson(
            UUID caseId,
            String name,
            LocalDate birth,
            String phone,
            String email,
            String address,
            String postcode,
            Instant at) {
        UUID id = UUID.nameUUIDFromBytes((caseId + name).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO person (id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address,
                                    address_key, postcode, added_by, added_at)
                VALUES (?, ?, 'VICTIM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'callhandler', ?)""")
                .params(
                        id,
                        caseId,
                        name,
                        PersonKeys.nameKey(name),
                        Date.valueOf(birth),
                        phone,
                        PersonKeys.phoneKey(phone),
                        email,
                        PersonKeys.emailKey(email),
                        address,
                        PersonKeys.addressKey(address),
                        postcode == null ? null : postcode.replace(" ", ""),
                        Timestamp.from(at))
                .update();
        return id;
    }

    /**
     * One victim targeted again and again in Hounslow: two earlier cases already confirmed as the same
     * person, and the newest waiting for someone to confirm the suggested match.
     */
    void repeatVictim() {
        List<Object[]> cases = jdbc.sql("""
                SELECT c.id, c.received_at FROM hate_case c
                WHERE c.unit_id = ? AND NOT c.anonymous ORDER BY c.received_at LIMIT 3""")
                .param(units.findByCode("HNS-CSU").orElseThrow().id())
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("received_at").toInstant()
                })
                .list();
        if (cases.size() < 3) {
            return;
        }
        List<UUID> people = new ArrayList<>();
        for (Object[] row : cases) {
            jdbc.sql("DELETE FROM person WHERE case_id = ?").param(row[0]).update();
            people.add(insertPerson(
                    (UUID) row[0],
                    "Amira Hussain",
                    LocalDate.of(1986, 6, 12),
                    "07700 900123",
                    "amira.hussain@example.com",
                    "14 Lampton Road",
                    "TW3 1ES",
                    (Instant) row[1]));
        }
        for (int later = 1; later < 3; later++) {
            String status = later == 1 ? "CONFIRMED" : "PENDING";
            jdbc.sql(
                            "INSERT INTO repeat_match (person_id, matched_person_id, basis, score, status, decided_by) VALUES (?, ?, ?, 1.0, ?, ?)")
                    .params(
                            people.get(later),
                            people.get(later - 1),
                            "same email address, same phone number, same address",
                            status,
                            later == 1 ? "supervisor" : null)
                    .update();
        }
        jdbc.sql(
                        "INSERT INTO case_link (case_id, linked_case_id, reason, linked_by) VALUES (?, ?, 'Same victim', 'supervisor')")
                .params(cases.get(1)[0], cases.get(0)[0])
                .update();
        jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'REPEAT_VICTIM') ON CONFLICT DO NOTHING")
                .param(cases.get(1)[0])
                .update();
    }
}
