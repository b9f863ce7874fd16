package org.reassure.casework.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.Channel;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.reporting.DemoTracking;

/**
 * 120 synthetic cases over the last four months, spread across the three demo boroughs and every stage
 * of a case's life, made of {@link DemoStories}, with {@link DemoVictims} and the history and decisions of
 * {@link DemoCaseStages}. Every account, place and person is invented; the same seed gives the same cases.
 */
@Component
class CaseworkDemoData implements DemoData {

    static final int CASES = 120;

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final DemoVictims victims;
    private final DemoCaseStages stages;

    CaseworkDemoData(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            Clock clock,
            DemoVictims victims,
            DemoCaseStages stages) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.clock = clock;
        this.victims = victims;
        this.stages = stages;
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
            DemoStories.Story story = DemoStories.pick(random);
            Instant received = now.minus(Duration.ofMinutes(30 + random.nextInt(120 * 24 * 60)));
            CaseStatus status = stageFor(random, Duration.between(received, now));
            Unit boroughUnit = units.findByCode(borough).orElseThrow();
            Unit csu = units.findByCode(borough + "-CSU").orElseThrow();
            boolean allocated = status.ordinal() >= CaseStatus.ALLOCATED.ordinal();
            Long officer = allocated ? officerFor(borough) : null;
            insert(random, story, borough, received, status, allocated ? csu : boroughUnit, officer);
        }
        victims.repeatVictim();
        trackedCase();
        notifiedCases();
        triageDeadlines();
    }

    /**
     * Two reports waiting in triage against their 24-hour first clock: one received 21 hours ago (3 hours left) and one
     * 30 hours ago (overdue by 6 hours). Victim care's demo data starts their clocks from when they were received.
     */
    private void triageDeadlines() {
        Random random = new Random(2124L);
        Instant now = clock.instant();
        Unit hounslow = units.findByCode("HNS").orElseThrow();
        for (int hours : new int[] {21, 30}) {
            insert(
                    random,
                    DemoStories.pick(random),
                    "HNS",
                    now.minus(Duration.ofHours(hours)),
                    CaseStatus.REPORTED,
                    hounslow,
                    null);
        }
    }

    /**
     * The finished case of the anonymous demo report that the README's reference and tracking code open
     * ({@link DemoTracking}); reporting's demo data adds the report itself.
     */
    private void trackedCase() {
        Random random = new Random(75L);
        Instant received = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(DemoTracking.AGE);
        DemoStories.Story story =
                new DemoStories.Story("RACE", "RA_HARASSMENT", DemoTracking.ACCOUNT, DemoTracking.REASON, false);
        UUID id = UUID.nameUUIDFromBytes(DemoTracking.REFERENCE.getBytes(StandardCharsets.UTF_8));
        int charged = 1;
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, officer_id,
                                       restricted, online, account, hostility_reason, perceived_by, outcome_code)
                VALUES (?, ?, 'FINALISED', 'ONLINE', TRUE, ?, ?, ?, ?, FALSE, FALSE, ?, ?, 'VICTIM', ?)""")
                .params(
                        id,
                        DemoTracking.REFERENCE,
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
        stages.writeHistory(id, received, CaseStatus.FINALISED, csuName("HNS"), charged, clock.instant());
        stages.record(random, id, story, CaseStatus.FINALISED, received, charged);
    }

    /**
     * The cases of the three demo victims told through GOV.UK Notify ({@link DemoTracking#NOTIFIED_BY_EMAIL} and the
     * others), recorded in Hounslow and waiting to be allocated; reporting's demo data adds their reports (how each
     * wishes to be contacted) and notifications' demo data allocates them and records a decision.
     */
    private void notifiedCases() {
        Random random = new Random(16L);
        Instant received = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(DemoTracking.NOTIFIED_AGE);
        Unit hounslow = units.findByCode("HNS").orElseThrow();
        String[][] notified = {
            {DemoTracking.NOTIFIED_BY_EMAIL, "RELIGION", "Hannah Levy", "07700 900611", "hannah.levy@example.com", null
            },
            {DemoTracking.NOTIFIED_BY_TEXT, "SEXUAL_ORIENTATION", "Siân Pritchard", "07700 900612", null, null},
            {DemoTracking.NOTIFIED_BY_LETTER, "RACE", "Marek Nowak", "07700 900613", null, "27 Lampton Road, Hounslow"}
        };
        for (String[] victim : notified) {
            String reference = victim[0];
            UUID id = UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
            DemoStories.Story story = new DemoStories.Story(
                    victim[1],
                    "RACE".equals(victim[1]) ? "RA_HAD" : "CRIMINAL_DAMAGE",
                    DemoTracking.NOTIFIED_ACCOUNTS.get(reference),
                    "The words they used.",
                    false);
            jdbc.sql("""
                    INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id,
                                           restricted, online, account, hostility_reason, perceived_by)
                    VALUES (?, ?, 'RECORDED', 'ONLINE', FALSE, ?, ?, ?, FALSE, FALSE, ?, ?, 'VICTIM')""")
                    .params(
                            id,
                            reference,
                            Timestamp.from(received),
                            Timestamp.from(received.minus(Duration.ofHours(5))),
                            hounslow.id(),
                            story.account(),
                            story.reason())
                    .update();
            jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                    .params(id, story.strands())
                    .update();
            stages.writeHistory(id, received, CaseStatus.RECORDED, csuName("HNS"), null, clock.instant());
            stages.record(random, id, story, CaseStatus.RECORDED, received, null);
            victims.addNamedVictim(
                    id, victim[2], victim[3], victim[4], victim[5], victim[5] == null ? null : "TW3 1ES", received);
        }
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
            Random random,
            DemoStories.Story story,
            String borough,
            Instant received,
            CaseStatus status,
            Unit unit,
            Long officer) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String account = story.account()
                .replace("{street}", DemoStories.STREETS.get(random.nextInt(DemoStories.STREETS.size())));
        Channel channel = story.online()
                ? Channel.ONLINE
                : DemoStories.oneOf(
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
        Integer outcome = status.ordinal() >= CaseStatus.FINALISED.ordinal() ? DemoCaseStages.outcomeFor(random) : null;
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
                    .params(id, DemoStories.religionOf(story))
                    .update();
        }
        stages.writeHistory(id, received, status, csuName(borough), outcome, clock.instant());
        stages.record(random, id, story, status, received, outcome);
        if (!anonymous) {
            victims.addVictim(random, id, borough, received);
        }
    }
}
