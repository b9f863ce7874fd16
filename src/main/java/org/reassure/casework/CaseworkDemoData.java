package org.reassure.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;

/**
 * 120 synthetic cases over the last four months, spread across the three demo boroughs and every stage
 * of a case's life, with strands in roughly the national proportions (race about 70%, then sexual
 * orientation, disability, religion, transgender identity; a few with two strands). Every account,
 * place and person is invented; the same seed gives the same cases.
 */
@Component
class CaseworkDemoData implements DemoData {

    static final int CASES = 120;

    private record Story(String strands, String offence, String account, String reason, boolean online) {}

    private static final List<Story> STORIES = List.of(
            new Story(
                    "RACE",
                    "RA_FEAR_PROVOCATION",
                    "A man shouted racist abuse at me at the bus stop on {street} and told me to go back to my own country. He spat near my feet before getting on the bus.",
                    "He used racist words about my skin colour.",
                    false),
            new Story(
                    "RACE",
                    "RA_CRIMINAL_DAMAGE",
                    "Someone wrote racist graffiti on the door of our shop on {street} overnight. It is the second time this month.",
                    "The words are about our family being Asian.",
                    false),
            new Story(
                    "RACE",
                    "RA_COMMON_ASSAULT",
                    "Two teenagers followed my son home from school on {street}, calling him racist names and pushing him.",
                    "They kept saying he was not British because he is Black.",
                    false),
            new Story(
                    "RACE",
                    "RA_HARASSMENT",
                    "My neighbour keeps making monkey noises when I walk past and has left rubbish on my doorstep several times.",
                    "It only started after they saw my husband, who is Black.",
                    false),
            new Story(
                    "RACE",
                    "RA_INTENTIONAL_HAD",
                    "A passenger refused to let me drive him and said he would not get in a car with a foreigner, then punched the car window.",
                    "He said it was because of where I come from.",
                    false),
            new Story(
                    "RACE",
                    "RA_HARASSMENT",
                    "I was sent threatening messages on a social media app after I posted about my restaurant. They used racist slurs and said they know where I live.",
                    "The messages are about me being Polish.",
                    true),
            new Story(
                    "RACE,RELIGION",
                    "RA_COMMON_ASSAULT",
                    "A man pulled at my niece's hijab on {street} and shouted that Muslims should leave. People around did nothing.",
                    "He was shouting about Muslims and about her being Pakistani.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_CRIMINAL_DAMAGE",
                    "The windows of the community centre used by our mosque on {street} were smashed and a pig's head was left outside.",
                    "It was aimed at the Muslim community.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_HAD",
                    "Antisemitic stickers were put on the lamp posts outside the synagogue and a man shouted at families arriving for a service.",
                    "The stickers and shouting were against Jewish people.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_COMMON_ASSAULT",
                    "My turban was knocked off on the train and the man laughed and called me a terrorist.",
                    "Because I am Sikh and wear a turban.",
                    false),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "HAD",
                    "My partner and I were holding hands on {street} when a group shouted homophobic abuse and threw a bottle at us.",
                    "They were shouting about us being gay.",
                    false),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "MALICIOUS_COMMUNICATIONS",
                    "Someone keeps posting my photo online with homophobic comments and sharing my address.",
                    "They say it is because I am a lesbian.",
                    true),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "ABH",
                    "I was punched outside a bar on {street} after a man asked if I was gay.",
                    "He asked if I was gay before he hit me.",
                    false),
            new Story(
                    "DISABILITY",
                    "THEFT",
                    "Some young people have been taking my money at the cashpoint on {street} and calling me names. They say they are my friends.",
                    "They know I have a learning disability and pick on me.",
                    false),
            new Story(
                    "DISABILITY",
                    "HAD",
                    "A driver refused to let me on the bus with my guide dog and shouted abuse about me being blind.",
                    "He was mocking my sight loss.",
                    false),
            new Story(
                    "DISABILITY",
                    "HARASSMENT",
                    "Neighbours keep blocking the ramp to my flat and laughing when I cannot get my wheelchair out.",
                    "Because I use a wheelchair.",
                    false),
            new Story(
                    "TRANSGENDER",
                    "COMMON_ASSAULT",
                    "A man followed me off the tube and shouted transphobic abuse, then grabbed my arm on {street}.",
                    "He kept calling me a man in a dress.",
                    false),
            new Story(
                    "TRANSGENDER",
                    "MALICIOUS_COMMUNICATIONS",
                    "I have been receiving hundreds of transphobic messages since I spoke at a council meeting, including threats to hurt me.",
                    "The messages are about me being a trans woman.",
                    true),
            new Story(
                    "SEXUAL_ORIENTATION,TRANSGENDER",
                    "CRIMINAL_DAMAGE",
                    "Our Pride flag was torn down and burned in the front garden, and a note said we would be next.",
                    "The note used anti-LGBT language.",
                    false),
            new Story(
                    "ALTERNATIVE_SUBCULTURE",
                    "ABH",
                    "I was attacked in the park off {street} by a group who said I looked like a goth freak.",
                    "Because of the way I dress.",
                    false));

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
    private static final java.util.Map<String, List<String>> POSTCODES = java.util.Map.of(
            "HNS", List.of("TW3 1ES", "TW4 5AB", "TW5 9QR", "TW7 4HJ"),
            "EAL", List.of("W5 2NT", "W7 3PL", "UB1 1HF", "UB6 8DE"),
            "NWM", List.of("E6 2JA", "E7 9LT", "E13 0PQ", "E15 4HY"));

    private static final List<String> STREETS = List.of(
            "the High Street",
            "Bath Road",
            "Uxbridge Road",
            "Romford Road",
            "Staines Road",
            "the Broadway",
            "Barking Road",
            "Lampton Road",
            "South Ealing Road",
            "Green Street");

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final Clock clock;

    CaseworkDemoData(JdbcClient jdbc, Units units, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Random random = new Random(20261127L);
        String[] boroughs = {"HNS", "EAL", "NWM"};
        Instant now = clock.instant();
        for (int i = 0; i < CASES; i++) {
            String borough = boroughs[i % boroughs.length];
            Story story = STORIES.get(pickStory(random));
            Instant received = now.minus(Duration.ofMinutes(30 + random.nextInt(120 * 24 * 60)));
            CaseStatus status = stageFor(random, Duration.between(received, now));
            Unit boroughUnit = units.findByCode(borough).orElseThrow();
            Unit csu = units.findByCode(borough + "-CSU").orElseThrow();
            boolean allocated = status.ordinal() >= CaseStatus.ALLOCATED.ordinal();
            Long officer = allocated ? officerFor(borough) : null;
            insert(random, story, borough, received, status, allocated ? csu : boroughUnit, officer);
        }
        repeatVictim();
        trackedCase();
    }

    /**
     * The finished case of the anonymous demo report that the README's reference and tracking code open
     * ({@link org.reassure.reporting.DemoTracking}); reporting's demo data adds the report itself.
     */
    private void trackedCase() {
        Random random = new Random(75L);
        Instant received = clock.instant()
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .minus(org.reassure.reporting.DemoTracking.AGE);
        Story story = new Story(
                "RACE",
                "RA_HARASSMENT",
                org.reassure.reporting.DemoTracking.ACCOUNT,
                org.reassure.reporting.DemoTracking.REASON,
                false);
        UUID id = UUID.nameUUIDFromBytes(
                org.reassure.reporting.DemoTracking.REFERENCE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int charged = 1;
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, officer_id,
                                       restricted, online, account, hostility_reason, perceived_by, outcome_code)
                VALUES (?, ?, 'FINALISED', 'ONLINE', TRUE, ?, ?, ?, ?, FALSE, FALSE, ?, ?, 'VICTIM', ?)""")
                .params(
                        id,
                        org.reassure.reporting.DemoTracking.REFERENCE,
                        Timestamp.from(received),
                        Timestamp.from(received.minus(Duration.ofHours(3))),
                        units.findByCode("HNS-CSU").orElseThrow().id(),
                        accounts.findByUsername("investigator").orElseThrow().id(),
                        story.account(),
                        story.reason(),
                        charged)
                .update();
        jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, 'RACE')")
                .param(id)
                .update();
        writeHistory(id, received, CaseStatus.FINALISED, csuName("HNS"), charged, clock.instant());
        record(random, id, story, CaseStatus.FINALISED, received, charged);
    }

    private static int pickStory(Random random) {
        // Roughly the national mix: most reports are about race.
        int roll = random.nextInt(100);
        if (roll < 62) {
            return random.nextInt(7);
        }
        if (roll < 68) {
            return 7 + random.nextInt(3);
        }
        if (roll < 82) {
            return 10 + random.nextInt(3);
        }
        if (roll < 91) {
            return 13 + random.nextInt(3);
        }
        if (roll < 96) {
            return 16 + random.nextInt(2);
        }
        return 18 + random.nextInt(2);
    }

    private static CaseStatus stageFor(Random random, Duration age) {
        if (age.toDays() < 1) {
            return CaseStatus.REPORTED;
        }
        if (age.toDays() < 4) {
            return random.nextBoolean() ? CaseStatus.REPORTED : CaseStatus.RECORDED;
        }
        if (age.toDays() < 14) {
            return random.nextBoolean() ? CaseStatus.ALLOCATED : CaseStatus.UNDER_INVESTIGATION;
        }
        int roll = random.nextInt(10);
        return roll < 5 ? CaseStatus.UNDER_INVESTIGATION : roll < 8 ? CaseStatus.FINALISED : CaseStatus.CLOSED;
    }

    private void addVictim(Random random, UUID caseId, String borough, Instant received) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        insertPerson(
                caseId,
                first + " " + last,
                java.time.LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                String.format("07700 900%03d", random.nextInt(1000)),
                (first + "." + last).toLowerCase() + "@example.com",
                (10 + random.nextInt(180)) + " "
                        + STREETS.get(random.nextInt(STREETS.size())).replace("the ", ""),
                POSTCODES.get(borough).get(random.nextInt(4)),
                received);
    }

    private UUID insertPerson(
            UUID caseId,
            String name,
            java.time.LocalDate birth,
            String phone,
            String email,
            String address,
            String postcode,
            Instant at) {
        UUID id = UUID.nameUUIDFromBytes((caseId + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO person (id, case_id, role, full_name, name_key, date_of_birth, phone, phone_key, email, email_key, address,
                                    address_key, postcode, added_by, added_at)
                VALUES (?, ?, 'VICTIM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'callhandler', ?)""")
                .params(
                        id,
                        caseId,
                        name,
                        People.nameKey(name),
                        java.sql.Date.valueOf(birth),
                        phone,
                        People.phoneKey(phone),
                        email,
                        email.toLowerCase(),
                        address,
                        People.addressKey(address),
                        postcode.replace(" ", ""),
                        Timestamp.from(at))
                .update();
        return id;
    }

    /**
     * One victim targeted again and again in Hounslow: two earlier cases already confirmed as the same
     * person, and the newest waiting for someone to confirm the suggested match.
     */
    private void repeatVictim() {
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
        List<UUID> people = new java.util.ArrayList<>();
        for (Object[] row : cases) {
            jdbc.sql("DELETE FROM person WHERE case_id = ?").param(row[0]).update();
            people.add(insertPerson(
                    (UUID) row[0],
                    "Amira Hussain",
                    java.time.LocalDate.of(1986, 6, 12),
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

    /** The perceived religion of the victim in each religion story. */
    private static String religionOf(Story story) {
        if (story.account().contains("synagogue")) {
            return "ANTI_JEWISH";
        }
        if (story.account().contains("turban")) {
            return "ANTI_SIKH";
        }
        return "ANTI_MUSLIM";
    }

    private String csuName(String borough) {
        return units.findByCode(borough + "-CSU").map(Unit::name).orElse(borough);
    }

    private Long officerFor(String borough) {
        String username = switch (borough) {
            case "HNS" -> "investigator";
            case "EAL" -> "investigator2";
            default -> null;
        };
        return username == null
                ? null
                : accounts.findByUsername(username).map(StaffAccount::id).orElse(null);
    }

    private void insert(
            Random random, Story story, String borough, Instant received, CaseStatus status, Unit unit, Long officer) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String account = story.account().replace("{street}", STREETS.get(random.nextInt(STREETS.size())));
        Channel channel = story.online()
                ? Channel.ONLINE
                : pick(
                        random,
                        Channel.ONLINE,
                        Channel.ONLINE,
                        Channel.PHONE,
                        Channel.PHONE,
                        Channel.THIRD_PARTY,
                        Channel.FRONT_COUNTER,
                        Channel.HOME_VISIT,
                        Channel.KIOSK);
        boolean anonymous = channel == Channel.ONLINE && random.nextInt(8) == 0;
        Integer outcome = status.ordinal() >= CaseStatus.FINALISED.ordinal() ? outcomeFor(random) : null;
        String perceivedBy =
                random.nextInt(6) == 0 ? "WITNESS" : channel == Channel.THIRD_PARTY ? "THIRD_PARTY" : "VICTIM";
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, officer_id,
                                       restricted, online, account, hostility_reason, perceived_by, outcome_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        CaseReferences.next(Year.from(received.atZone(ZoneOffset.UTC))),
                        status.name(),
                        channel.name(),
                        anonymous,
                        Timestamp.from(received),
                        Timestamp.from(received.minus(Duration.ofHours(1 + random.nextInt(30)))),
                        unit.id(),
                        officer,
                        random.nextInt(25) == 0,
                        story.online(),
                        account,
                        story.reason(),
                        perceivedBy,
                        outcome)
                .update();
        Set<String> strands = new LinkedHashSet<>(List.of(story.strands().split(",")));
        strands.forEach(strand -> jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                .params(id, strand)
                .update());
        if (strands.contains("RELIGION")) {
            jdbc.sql("INSERT INTO case_religion (case_id, category) VALUES (?, ?)")
                    .params(id, religionOf(story))
                    .update();
        }
        writeHistory(id, received, status, csuName(borough), outcome, clock.instant());
        record(random, id, story, status, received, outcome);
        if (!anonymous) {
            addVictim(random, id, borough, received);
        }
    }

    private void writeHistory(
            UUID id, Instant received, CaseStatus reached, String team, Integer outcome, Instant now) {
        List<Object[]> steps = new ArrayList<>();
        steps.add(new Object[] {received, "reassure", null, CaseStatus.REPORTED, "Report received", null});
        Instant at = received;
        CaseStatus previous = CaseStatus.REPORTED;
        for (CaseStatus next : CaseStatus.values()) {
            if (next.ordinal() <= CaseStatus.REPORTED.ordinal() || next.ordinal() > reached.ordinal()) {
                continue;
            }
            Instant step = at.plus(
                    Duration.ofHours(next == CaseStatus.RECORDED ? 20 : next == CaseStatus.ALLOCATED ? 30 : 24 * 6));
            // Never in the future: a recent case moved through its stages faster.
            at = step.isBefore(now) ? step : at.plus(Duration.between(at, now).dividedBy(2));
            String what = switch (next) {
                case RECORDED -> "Recorded as a crime with hate flags";
                case ALLOCATED -> "Allocated to " + team;
                case UNDER_INVESTIGATION -> "Investigation started";
                case FINALISED -> "Finalised with Home Office outcome " + outcome;
                case CLOSED -> "Closed";
                default -> next.label();
            };
            String actor = next == CaseStatus.RECORDED || next == CaseStatus.ALLOCATED ? "supervisor" : "investigator";
            steps.add(new Object[] {at, actor, previous, next, what, null});
            previous = next;
        }
        for (Object[] step : steps) {
            jdbc.sql(
                            "INSERT INTO case_history (case_id, at, actor, from_status, to_status, what, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            Timestamp.from((Instant) step[0]),
                            step[1],
                            step[2] == null ? null : ((CaseStatus) step[2]).name(),
                            ((CaseStatus) step[3]).name(),
                            step[4],
                            step[5])
                    .update();
        }
    }

    /** Recording decisions, key decisions and withdrawals that match how far each case has gone. */
    private void record(Random random, UUID id, Story story, CaseStatus status, Instant received, Integer outcome) {
        if (status == CaseStatus.REPORTED) {
            return;
        }
        boolean pending = status == CaseStatus.RECORDED;
        jdbc.sql("""
                UPDATE hate_case SET classification = 'CRIME', offence_code = ?, recording_reason = ?, recorded_by = 'supervisor',
                       recorded_at = ?, review_status = ?, reviewed_by = ?, reviewed_at = ?
                WHERE id = ?""")
                .params(
                        story.offence(),
                        "The victim perceived hostility and the account discloses the offence.",
                        Timestamp.from(received.plus(Duration.ofHours(2))),
                        pending ? "PENDING" : "APPROVED",
                        pending ? null : "supervisor",
                        pending ? null : Timestamp.from(received.plus(Duration.ofHours(6))),
                        id)
                .update();
        if (story.online()) {
            jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, 'ONLINE')")
                    .param(id)
                    .update();
        }
        if (status == CaseStatus.UNDER_INVESTIGATION || status.ordinal() >= CaseStatus.FINALISED.ordinal()) {
            Instant decided = received.plus(Duration.ofDays(2 + random.nextInt(5)));
            if (decided.isBefore(clock.instant())) {
                jdbc.sql(
                                "INSERT INTO case_decision (case_id, type, decided_at, recorded_by) VALUES (?, ?, ?, 'investigator')")
                        .params(
                                id,
                                pick(random, "ARREST", "INTERVIEW", "RELEASED_UNDER_INVESTIGATION"),
                                Timestamp.from(decided))
                        .update();
            }
        }
        if (outcome != null && (outcome == 14 || outcome == 16)) {
            jdbc.sql("UPDATE hate_case SET withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?")
                    .params(
                            Timestamp.from(received.plus(Duration.ofDays(9))),
                            pick(
                                    random,
                                    "Worried about reprisals from neighbours",
                                    "Wants to move on and put it behind them",
                                    "Does not think anything will happen"),
                            id)
                    .update();
        }
    }

    /** About a third of finalised hate crimes lose the victim's support (outcomes 14 and 16); about 7% are charged. */
    private static int outcomeFor(Random random) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return 1;
        }
        if (roll < 14) {
            return 8;
        }
        if (roll < 30) {
            return 14;
        }
        if (roll < 46) {
            return 16;
        }
        if (roll < 62) {
            return 15;
        }
        return 18;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
