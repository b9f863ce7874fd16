package org.reassure.synthetic;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.reassure.care.RuleSet;
import org.reassure.platform.Formats;
import org.reassure.synthetic.CopyRows.Table;

/**
 * Generates hate crime cases day by day, oldest first, calibrated to the published figures (domain.md
 * section 7), and writes them as COPY rows. Everything comes from one random stream seeded by the run's
 * seed, so the same settings give the same cases. See {@link Calibration} for the figures.
 */
final class CaseGenerator {

    /** Cases per batch: rows are handed to the database after each. */
    static final int BATCH = 5_000;

    static final String ACTOR = "synthetic-data";
    private static final long HOUR = 3_600L;
    private static final long DAY = 86_400L;
    private static final long NONE = Long.MIN_VALUE;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int REPEAT_POOL = 50_000;

    interface Progress {
        void batchDone(int casesSoFar) throws IOException;
    }

    private final Settings settings;
    private final World world;
    private final CopyRows rows;
    private final SplittableRandom random;
    /** Identifiers come from their own stream, which also depends on the run: the same seed run twice gives new ids. */
    private final SplittableRandom ids;

    private final long asOf;
    private final double lambda;
    private final double[] targetCumulative;
    private final List<Pooled> pool = new ArrayList<>();
    private int sequence;
    private long currentReceived;

    /** A repeat victim: the same person reported again, in the same area. */
    private static final class Pooled {
        final String name;
        final LocalDate born;
        final String phone;
        final String email;
        final String address;
        final String postcode;
        final int target;
        UUID lastPerson;
        UUID lastCase;
        int cases = 1;

        Pooled(String name, LocalDate born, String phone, String email, String address, String postcode, int target) {
            this.name = name;
            this.born = born;
            this.phone = phone;
            this.email = email;
            this.address = address;
            this.postcode = postcode;
            this.target = target;
        }
    }

    CaseGenerator(Settings settings, World world, CopyRows rows) {
        this.settings = settings;
        this.world = world;
        this.rows = rows;
        this.random = new SplittableRandom(settings.seed());
        this.ids = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + world.runId());
        this.asOf = world.asOf().getEpochSecond();
        this.lambda = Calibration.withdrawalHazardPerDay();
        double total =
                world.targets().stream().mapToDouble(World.Target::weight).sum();
        targetCumulative = new double[world.targets().size()];
        double running = 0;
        for (int i = 0; i < targetCumulative.length; i++) {
            running += world.targets().get(i).weight() / total;
            targetCumulative[i] = running;
        }
    }

    /** Writes all the cases, calling {@code progress} after each batch (and once at the end). */
    void run(Progress progress) throws IOException {
        LocalDate from = settings.from();
        int days = (int) (settings.to().toEpochDay() - from.toEpochDay());
        double[][] categoryWeights = new double[days][];
        double[] dayWeights = new double[days];
        double totalWeight = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            double[] weights = new double[Calibration.CATEGORIES.length];
            double sum = 0;
            for (int c = 0; c < weights.length; c++) {
                double multiplier = 1.0;
                for (String strand : Calibration.CATEGORIES[c]) {
                    for (Settings.Spike spike : settings.spikes()) {
                        if (spike.strand().equals(strand)) {
                            multiplier = Math.max(multiplier, spike.on(day));
                        }
                    }
                }
                weights[c] = Calibration.CATEGORY_SHARE[c] * multiplier;
                sum += weights[c];
            }
            categoryWeights[d] = weights;
            dayWeights[d] = Calibration.MONTH[day.getMonthValue() - 1]
                    * Calibration.WEEKDAY[day.getDayOfWeek().getValue() - 1]
                    * sum;
            totalWeight += dayWeights[d];
        }
        int remaining = settings.cases();
        double remainingWeight = totalWeight;
        for (int d = 0; d < days && remaining > 0; d++) {
            int count = d == days - 1 ? remaining : binomial(remaining, dayWeights[d] / remainingWeight);
            remaining -= count;
            remainingWeight -= dayWeights[d];
            LocalDate day = from.plusDays(d);
            long midnight = day.atStartOfDay(Formats.UK).toEpochSecond();
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                times[i] = midnight + pick(Calibration.HOUR) * HOUR + random.nextInt(3600);
            }
            Arrays.sort(times);
            for (long received : times) {
                oneCase(received, pick(categoryWeights[d]));
                if (sequence % BATCH == 0) {
                    progress.batchDone(sequence);
                }
            }
        }
        if (sequence % BATCH != 0) {
            progress.batchDone(sequence);
        }
    }

    private void oneCase(long received, int category) {
        sequence++;
        currentReceived = received;
        UUID id = uuid();
        String reference = reference(received);
        String[] strands = Calibration.CATEGORIES[category];
        boolean nchi = random.nextDouble() < Calibration.NCHI_SHARE;
        String channel = Calibration.CHANNELS[pick(Calibration.CHANNEL_SHARE)];
        boolean anonymous = random.nextDouble()
                < switch (channel) {
                    case "ONLINE" -> 0.12;
                    case "THIRD_PARTY" -> 0.25;
                    case "KIOSK" -> 0.30;
                    default -> 0.0;
                };
        boolean online = random.nextDouble() < ("ONLINE".equals(channel) ? 0.35 : 0.07);

        // Who: a new person, or someone already targeted before (a repeat victim, in the same area).
        Pooled repeat = !anonymous && !pool.isEmpty() && random.nextDouble() < Calibration.REPEAT_SHARE
                ? pool.get(random.nextInt(pool.size()))
                : null;
        int targetIndex = repeat != null ? repeat.target : pickTarget();
        World.Target target = world.targets().get(targetIndex);

        // When: recording, review, allocation and investigation, then an outcome or the victim's withdrawal.
        long recordedAt = received + hours(1, 30);
        long reviewedAt = recordedAt + hours(1, 24);
        long allocatedAt = reviewedAt + hours(1, 48);
        long investigatingAt = allocatedAt + hours(1, 72);
        long withdrawnAt = NONE;
        long endedAt;
        String arm = null;
        long randomisedAt = NONE;
        int outcome = 0;
        boolean suspectKnown;
        if (nchi) {
            endedAt = reviewedAt + (long) ((2 + 18 * random.nextDouble()) * DAY);
            suspectKnown = false;
        } else {
            double outcomeDays = Math.max(
                    3.0, Calibration.OUTCOME_MEDIAN_DAYS * Math.exp(Calibration.OUTCOME_SIGMA * random.nextGaussian()));
            double exposure = -Math.log(1.0 - random.nextDouble());
            double opens = Calibration.SRC_OPENS_DAYS;
            double withdrawalDays = exposure / lambda;
            boolean eligible = !anonymous
                    && withdrawalDays > opens
                    && outcomeDays > opens
                    && received + (long) (opens * DAY) <= asOf;
            if (eligible) {
                randomisedAt = received + (long) (opens * DAY);
                arm = random.nextBoolean() ? "TREATMENT" : "CONTROL";
                if ("TREATMENT".equals(arm)) {
                    // From the day the window opens, the treated victim's hazard of withdrawing is lowered by the
                    // effect.
                    withdrawalDays = opens + (exposure - opens * lambda) / (lambda * (1.0 - settings.srcEffect()));
                }
            }
            if (withdrawalDays < outcomeDays) {
                withdrawnAt = Math.max(received + (long) (withdrawalDays * DAY), investigatingAt + HOUR);
                endedAt = withdrawnAt + Math.max(HOUR, (long) (-Math.log(1.0 - random.nextDouble()) * 5 * DAY));
                suspectKnown = random.nextDouble() < 0.45;
                outcome = suspectKnown ? 16 : 14;
            } else {
                endedAt = Math.max(received + (long) (outcomeDays * DAY), investigatingAt + hours(1, 24));
                outcome = Calibration.OUTCOMES[pick(Calibration.OUTCOME_SHARE)];
                suspectKnown = outcome != 18 && outcome != 14;
            }
        }

        // Where the case stands now.
        String status;
        if (asOf < recordedAt) {
            status = "REPORTED";
        } else if (nchi) {
            status = asOf < endedAt ? "RECORDED" : "CLOSED";
        } else if (asOf < allocatedAt) {
            status = "RECORDED";
        } else if (asOf < investigatingAt) {
            status = "ALLOCATED";
        } else if (asOf < endedAt) {
            status = "UNDER_INVESTIGATION";
        } else {
            status = "FINALISED";
        }
        boolean recorded = !"REPORTED".equals(status);
        boolean reviewed = recorded && asOf >= reviewedAt;
        boolean allocated = !nchi && asOf >= allocatedAt;
        boolean finalised = "FINALISED".equals(status);
        boolean withdrawn = withdrawnAt != NONE && withdrawnAt <= asOf;
        long unitId = allocated ? target.teamId() : target.boroughId();
        String officer = allocated && target.officer() != null ? target.officer() : ACTOR;
        String supervisor = target.supervisor() == null ? ACTOR : target.supervisor();
        World.Offence offence = nchi ? null : offence(strands);
        String withdrawalReason = withdrawn
                ? Calibration.WITHDRAWAL_REASONS[random.nextInt(Calibration.WITHDRAWAL_REASONS.length)]
                : null;
        int story = random.nextInt(2);

        rows.start(Table.HATE_CASE)
                .uuid(id)
                .text(reference)
                .text(status)
                .text(channel)
                .bool(anonymous)
                .ts(received)
                .ts(received - (long) (-Math.log(1.0 - random.nextDouble()) * 12 * HOUR))
                .num(unitId)
                .num(allocated ? target.officerId() : null)
                .bool(random.nextDouble() < 0.01)
                .bool(online)
                .text(Calibration.account(strands[0], story))
                .text(Calibration.reason(strands[0], story))
                .text("THIRD_PARTY".equals(channel) ? "THIRD_PARTY" : random.nextDouble() < 0.1 ? "WITNESS" : "VICTIM")
                .num(finalised ? Long.valueOf(outcome) : null)
                .ts(received)
                .ts(Math.min(
                        asOf,
                        lastChange(
                                received, recordedAt, reviewedAt, allocatedAt, investigatingAt, withdrawnAt, endedAt)))
                .text(recorded ? (nchi ? "NCHI" : "CRIME") : null)
                .text(recorded && offence != null ? offence.code() : null)
                .text(recorded ? "The victim perceived hostility; synthetic record." : null)
                .text(recorded ? supervisor : null)
                .ts(recorded ? recordedAt : NONE)
                .text(recorded ? (reviewed ? "APPROVED" : "PENDING") : null)
                .text(reviewed ? supervisor : null)
                .ts(reviewed ? reviewedAt : NONE)
                .ts(withdrawn ? withdrawnAt : NONE)
                .text(withdrawalReason)
                .ts(finalised ? endedAt : NONE)
                .end();
        for (String strand : strands) {
            rows.start(Table.CASE_STRAND).uuid(id).text(strand).end();
        }
        if (contains(strands, "RELIGION")) {
            String religion = strands.length > 1 && "RACE".equals(strands[0]) && random.nextDouble() < 0.7
                    ? (random.nextDouble() < 0.6 ? "ANTI_JEWISH" : "ANTI_MUSLIM")
                    : Calibration.RELIGIONS[pick(Calibration.RELIGION_SHARE)];
            rows.start(Table.CASE_RELIGION).uuid(id).text(religion).end();
        }

        history(id, received, "reassure", null, "REPORTED", "Report received", null);
        if (recorded) {
            history(
                    id,
                    recordedAt,
                    supervisor,
                    "REPORTED",
                    "RECORDED",
                    nchi ? "Recorded as a non-crime hate incident" : "Recorded as a crime: " + offence.name(),
                    "The victim perceived hostility; synthetic record.");
            if (online) {
                flag(id, "ONLINE");
            }
            if (random.nextDouble() < 0.12) {
                flag(id, "VULNERABLE_OR_INTIMIDATED");
            }
            if (contains(strands, "DISABILITY") && random.nextDouble() < 0.15) {
                flag(id, "MATE_CRIME");
            }
            if (random.nextDouble() < 0.03) {
                flag(id, "DOMESTIC_ABUSE");
            }
        }
        if (reviewed) {
            history(id, reviewedAt, supervisor, "RECORDED", "RECORDED", "Recording decision approved", null);
        }
        if (allocated) {
            history(
                    id,
                    allocatedAt,
                    supervisor,
                    "RECORDED",
                    "ALLOCATED",
                    "Allocated to " + (target.officerName() == null ? "" : target.officerName() + ", ")
                            + target.teamName(),
                    null);
        }
        if (!nchi && asOf >= investigatingAt) {
            history(id, investigatingAt, officer, "ALLOCATED", "UNDER_INVESTIGATION", "Investigation started", null);
        }

        // People: the victim (or complainant) unless anonymous, and the suspect once known.
        if (!anonymous) {
            victim(id, nchi, received, recordedAt, repeat, targetIndex, target, supervisor, recorded);
        }
        long stop = withdrawnAt != NONE ? Math.min(withdrawnAt, endedAt) : endedAt;
        long decided = investigatingAt + (long) (-Math.log(1.0 - random.nextDouble()) * 7 * DAY);
        boolean decision = !nchi && suspectKnown && decided < stop && decided <= asOf;
        if (!nchi && suspectKnown && asOf >= investigatingAt) {
            rows.start(Table.PERSON)
                    .uuid(uuid())
                    .uuid(id)
                    .text("SUSPECT")
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .nul()
                    .text(Calibration.SUSPECTS[random.nextInt(Calibration.SUSPECTS.length)])
                    .text(officer)
                    .ts(investigatingAt)
                    .end();
        }
        String type = decision ? (random.nextDouble() < 0.6 ? "ARREST" : "INTERVIEW") : null;
        if (decision) {
            rows.start(Table.CASE_DECISION)
                    .uuid(id)
                    .text(type)
                    .ts(decided)
                    .text(officer)
                    .ts(decided)
                    .end();
            history(
                    id,
                    decided,
                    officer,
                    null,
                    null,
                    "Decision: " + (type.equals("ARREST") ? "Arrest" : "Interview under caution"),
                    null);
        }
        if (withdrawn) {
            history(
                    id,
                    withdrawnAt,
                    officer,
                    null,
                    null,
                    "Victim withdrew support for the investigation",
                    withdrawalReason);
        }
        if (finalised) {
            history(
                    id,
                    endedAt,
                    officer,
                    "UNDER_INVESTIGATION",
                    "FINALISED",
                    "Finalised: outcome " + outcome + ", "
                            + world.outcomeNames().getOrDefault(outcome, "Home Office outcome"),
                    null);
        }
        if (nchi && "CLOSED".equals(status)) {
            history(
                    id,
                    endedAt,
                    supervisor,
                    "RECORDED",
                    "CLOSED",
                    "Closed",
                    "No further action is needed on the incident.");
        }

        if (recorded) {
            care(
                    id,
                    reference,
                    nchi,
                    anonymous,
                    received,
                    recordedAt,
                    unitId,
                    allocated ? target.officer() : null,
                    officer,
                    stop,
                    withdrawn && withdrawnAt <= endedAt,
                    finalised || "CLOSED".equals(status),
                    endedAt,
                    decision ? decided : NONE,
                    type,
                    arm,
                    randomisedAt);
        }
        rows.start(Table.SYNTHETIC_CASE)
                .uuid(id)
                .num(world.runId())
                .text(arm)
                .ts(randomisedAt)
                .end();
    }

    private static long lastChange(long... times) {
        long last = times[0];
        for (long time : times) {
            if (time != NONE) {
                last = Math.max(last, time);
            }
        }
        return last;
    }

    private void victim(
            UUID caseId,
            boolean nchi,
            long received,
            long recordedAt,
            Pooled repeat,
            int targetIndex,
            World.Target target,
            String supervisor,
            boolean recorded) {
        UUID personId = uuid();
        Pooled who = repeat;
        if (who == null) {
            String first = Calibration.FIRST_NAMES[random.nextInt(Calibration.FIRST_NAMES.length)];
            int number = 1000 + random.nextInt(9000);
            String name = first + " Example-" + number;
            LocalDate born = LocalDate.ofEpochDay(received / DAY)
                    .minusYears(16 + random.nextInt(70))
                    .minusDays(random.nextInt(365));
            String phone = String.format(Locale.UK, "01632 960%03d", random.nextInt(1000));
            String email = first.toLowerCase(Locale.UK) + ".example" + number + "@example.invalid";
            String address =
                    (1 + random.nextInt(200)) + " " + Calibration.STREETS[random.nextInt(Calibration.STREETS.length)];
            String district =
                    target.districts().get(random.nextInt(target.districts().size()));
            who = new Pooled(name, born, phone, email, address, district + "9ZZ", targetIndex);
            if (random.nextDouble() < Calibration.JOINS_REPEAT_POOL) {
                if (pool.size() < REPEAT_POOL) {
                    pool.add(who);
                } else {
                    pool.set(random.nextInt(REPEAT_POOL), who);
                }
            }
        }
        rows.start(Table.PERSON)
                .uuid(personId)
                .uuid(caseId)
                .text(nchi ? "COMPLAINANT" : "VICTIM")
                .text(who.name)
                .text(org.reassure.casework.People.nameKey(who.name))
                .day(who.born)
                .text(who.phone)
                .text(org.reassure.casework.People.phoneKey(who.phone))
                .text(who.email)
                .text(who.email.toLowerCase(Locale.UK))
                .text(who.address)
                .text(org.reassure.casework.People.addressKey(who.address))
                .text(who.postcode)
                .nul()
                .text(ACTOR)
                .ts(received)
                .end();
        if (repeat != null && recorded) {
            repeat.cases++;
            rows.start(Table.REPEAT_MATCH)
                    .uuid(personId)
                    .uuid(repeat.lastPerson)
                    .text("same name, date of birth and phone number")
                    .real(1.0)
                    .text("CONFIRMED")
                    .text(supervisor)
                    .ts(recordedAt)
                    .end();
            rows.start(Table.CASE_LINK)
                    .uuid(caseId)
                    .uuid(repeat.lastCase)
                    .text("Same victim")
                    .text(supervisor)
                    .ts(recordedAt)
                    .end();
            flag(caseId, "REPEAT_VICTIM");
            if (repeat.cases >= 3) {
                flag(caseId, "PERSISTENTLY_TARGETED");
            }
        }
        who.lastPerson = personId;
        who.lastCase = caseId;
    }

    /** The victim's care: tasks on the Victims' Code clocks, the contacts that kept them, and clocks still running. */
    private void care(
            UUID caseId,
            String reference,
            boolean nchi,
            boolean anonymous,
            long received,
            long recordedAt,
            long unitId,
            String assignee,
            String by,
            long stop,
            boolean withdrew,
            boolean ended,
            long endedAt,
            long decided,
            String decisionType,
            String arm,
            long randomisedAt) {
        Care care = new Care(reference, unitId, assignee, by, recordedAt);
        if (anonymous) {
            String reason = "Anonymous report: there is no way to contact the victim";
            care.task(
                    "FIRST_CONTACT", "report", "VICTIMS_CODE_FIRST_CONTACT", received, NONE, null, recordedAt, reason);
            care.task(
                    "NEEDS_ASSESSMENT",
                    "report",
                    "VICTIMS_CODE_NEEDS_ASSESSMENT",
                    received,
                    NONE,
                    null,
                    recordedAt,
                    reason);
            care.task("REFERRAL", "report", "VICTIMS_CODE_REFERRAL", received, NONE, null, recordedAt, reason);
            return;
        }
        long closes = ended ? endedAt : NONE;
        String closedWhy = nchi ? "The incident was closed" : "The case was finalised";
        long first = received
                + Math.max(600L, (long) (Calibration.FIRST_CONTACT_MEDIAN_HOURS
                        * HOUR
                        * Math.exp(Calibration.FIRST_CONTACT_SIGMA * random.nextGaussian())));
        care.task(
                "FIRST_CONTACT",
                "report",
                "VICTIMS_CODE_FIRST_CONTACT",
                received,
                first,
                "FIRST_CONTACT",
                closes,
                closedWhy);
        care.task(
                "NEEDS_ASSESSMENT",
                "report",
                "VICTIMS_CODE_NEEDS_ASSESSMENT",
                received,
                first + 1200,
                "NEEDS_ASSESSMENT",
                closes,
                closedWhy);
        if (random.nextDouble() < 0.55) {
            care.task(
                    "REFERRAL",
                    "report",
                    "VICTIMS_CODE_REFERRAL",
                    received,
                    first + hours(2, 40),
                    null,
                    closes,
                    closedWhy);
        } else {
            care.task(
                    "REFERRAL",
                    "report",
                    "VICTIMS_CODE_REFERRAL",
                    received,
                    NONE,
                    null,
                    first,
                    "The victim did not want a referral to a support service");
        }
        if (nchi) {
            return;
        }
        String stopWhy = withdrew ? "The victim withdrew support for the investigation" : "The case was finalised";
        String trigger = "report";
        String rule = "VICTIMS_CODE_UPDATE_FIRST";
        long start = received;
        for (int i = 0; i < 40; i++) {
            long due = care.due(rule, start);
            long done = random.nextDouble() < 0.12 ? due + hours(2, 30) : due - hours(24, 72);
            done = Math.max(done, start + HOUR);
            if (done >= stop) {
                care.task("UPDATE", trigger, rule, start, NONE, null, stop, stopWhy);
                break;
            }
            UUID taskId = care.task("UPDATE", trigger, rule, start, done, "UPDATE", NONE, null);
            if (done > asOf) {
                break;
            }
            trigger = "after:" + taskId;
            rule = "VICTIMS_CODE_UPDATE_REGULAR";
            start = done;
        }
        if ("TREATMENT".equals(arm)) {
            long contact = randomisedAt + hours(1, 48);
            care.task(
                    "SECONDARY_REASSURANCE",
                    "src",
                    "VICTIMS_CODE_SRC_CLOSES",
                    received,
                    contact,
                    "SECONDARY_REASSURANCE",
                    NONE,
                    null);
        }
        if (decided != NONE) {
            care.task(
                    "DECISION_NOTICE",
                    decisionType + "@" + Instant.ofEpochSecond(decided),
                    "VICTIMS_CODE_DECISION_ENHANCED",
                    decided,
                    decided + hours(1, 20),
                    "DECISION_NOTICE",
                    NONE,
                    null);
        }
        if (ended) {
            care.task(
                    "DECISION_NOTICE",
                    "outcome@" + Instant.ofEpochSecond(endedAt),
                    "VICTIMS_CODE_DECISION_ENHANCED",
                    endedAt,
                    endedAt + hours(1, 30),
                    "DECISION_NOTICE",
                    NONE,
                    null);
        }
    }

    /** The care tasks of one case. */
    private final class Care {
        private final String reference;
        private final long unitId;
        private final String assignee;
        private final String by;
        private final long createdAt;

        Care(String reference, long unitId, String assignee, String by, long createdAt) {
            this.reference = reference;
            this.unitId = unitId;
            this.assignee = assignee;
            this.by = by;
            this.createdAt = createdAt;
        }

        long due(String ruleCode, long start) {
            return Calibration.due(ruleSet(start).rule(ruleCode), start, world.holidays());
        }

        /**
         * One task: done at {@code doneAt} (with a contact of {@code contactKind}) if that has happened, else closed at
         * {@code closeAt} if that has, else still open with its clocks running.
         */
        UUID task(
                String kind,
                String trigger,
                String ruleCode,
                long start,
                long doneAt,
                String contactKind,
                long closeAt,
                String closeReason) {
            UUID id = uuid();
            RuleSet set = ruleSet(start);
            long due = Calibration.due(set.rule(ruleCode), start, world.holidays());
            boolean done = doneAt != NONE && doneAt <= asOf && (closeAt == NONE || doneAt <= closeAt);
            boolean closed = !done && closeAt != NONE && closeAt <= asOf;
            rows.start(Table.CARE_TASK)
                    .uuid(id)
                    .text(reference)
                    .text(kind)
                    .text(trigger)
                    .num(unitId)
                    .text(assignee)
                    .num(set.id())
                    .text(ruleCode)
                    .ts(start)
                    .ts(due)
                    .text(done ? "DONE" : closed ? "CLOSED" : "OPEN")
                    .ts(done ? doneAt : NONE)
                    .text(done ? by : null)
                    .text(closed ? closeReason : null)
                    .ts(Math.max(start, createdAt))
                    .end();
            if (done && contactKind != null) {
                if (random.nextDouble() < 0.2 && doneAt - 2 * HOUR > start) {
                    contact(contactKind, "PHONE", "NO_ANSWER", doneAt - 2 * HOUR, null);
                }
                contact(
                        contactKind,
                        Calibration.CONTACT_CHANNELS[pick(Calibration.CONTACT_CHANNEL_SHARE)],
                        "MADE",
                        doneAt,
                        id);
            }
            if (!done && !closed) {
                long reminder = due - Calibration.REMINDER_BEFORE_SECONDS;
                if (due > asOf) {
                    clock(id + "/reminder", Math.max(reminder, asOf));
                }
                clock(id + "/breach", due);
            }
            return id;
        }

        private void contact(String kind, String channel, String outcome, long at, UUID task) {
            rows.start(Table.CARE_CONTACT)
                    .uuid(uuid())
                    .text(reference)
                    .text(kind)
                    .text(channel)
                    .text(outcome)
                    .ts(at)
                    .text(random.nextInt(3) == 0 ? Calibration.NOTES[random.nextInt(Calibration.NOTES.length)] : null)
                    .text(by)
                    .ts(at)
                    .uuid(task)
                    .end();
        }

        private void clock(String instance, long at) {
            rows.start(Table.SCHEDULED_TASKS)
                    .text("care-clock")
                    .text(instance)
                    .ts(at)
                    .bool(false)
                    .num(0)
                    .num(1)
                    .end();
        }
    }

    private RuleSet ruleSet(long at) {
        LocalDate day = Instant.ofEpochSecond(at).atZone(Formats.UK).toLocalDate();
        RuleSet earliest = null;
        for (RuleSet set : world.ruleSets()) {
            if (!day.isBefore(set.effectiveFrom()) && (set.effectiveTo() == null || day.isBefore(set.effectiveTo()))) {
                return set;
            }
            if (earliest == null || set.effectiveFrom().isBefore(earliest.effectiveFrom())) {
                earliest = set;
            }
        }
        return earliest;
    }

    private void history(UUID caseId, long at, String actor, String from, String to, String what, String reason) {
        rows.start(Table.CASE_HISTORY)
                .uuid(caseId)
                .ts(at)
                .text(actor)
                .text(from)
                .text(to)
                .text(what)
                .text(reason)
                .end();
    }

    private void flag(UUID caseId, String flag) {
        rows.start(Table.CASE_FLAG).uuid(caseId).text(flag).end();
    }

    private World.Offence offence(String[] strands) {
        String group = Calibration.OFFENCE_GROUPS[pick(Calibration.OFFENCE_GROUP_SHARE)];
        List<World.Offence> offences = world.offencesByGroup().get(group);
        if (offences == null || offences.isEmpty()) {
            offences = world.offencesByGroup().values().iterator().next();
        }
        boolean raceOrReligion = contains(strands, "RACE") || contains(strands, "RELIGION");
        boolean wantAggravated = raceOrReligion && random.nextDouble() < 0.8;
        double total = 0;
        double[] weights = new double[offences.size()];
        for (int i = 0; i < weights.length; i++) {
            World.Offence offence = offences.get(i);
            boolean fits = offence.aggravated() == wantAggravated
                    || !offences.stream().anyMatch(o -> o.aggravated() == wantAggravated);
            weights[i] = fits ? Calibration.offenceWeight(offence.code()) : 0;
            total += weights[i];
        }
        if (total == 0) {
            return offences.get(random.nextInt(offences.size()));
        }
        return offences.get(pick(weights));
    }

    private static boolean contains(String[] values, String value) {
        for (String each : values) {
            if (each.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** SY, the year, then eight characters from the run number and sequence: never a live reference (those start HC). */
    private String reference(long received) {
        int year = Instant.ofEpochSecond(received).atZone(ZoneOffset.UTC).getYear() % 100;
        long value = world.runId() * (1L << 24) + sequence;
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = ALPHABET[(int) (value % ALPHABET.length)];
            value /= ALPHABET.length;
        }
        return "SY" + (year < 10 ? "0" : "") + year + "-" + new String(code, 0, 4) + "-" + new String(code, 4, 4);
    }

    /**
     * A time-ordered identifier (UUID version 7, RFC 9562) from the time the current case was received: cases are
     * generated oldest first, so new keys land at the end of their indexes rather than all over them.
     */
    private UUID uuid() {
        long millis = currentReceived * 1000L + (sequence & 0x3FF);
        long most = (millis << 16) | 0x7000L | (ids.nextLong() & 0x0FFFL);
        long least = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private long hours(int from, int to) {
        return (long) ((from + (to - from) * random.nextDouble()) * HOUR);
    }

    private int pickTarget() {
        double roll = random.nextDouble();
        for (int i = 0; i < targetCumulative.length; i++) {
            if (roll < targetCumulative[i]) {
                return i;
            }
        }
        return targetCumulative.length - 1;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A binomial draw: waiting times for small means, the normal approximation for large ones. */
    private int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double q = flip ? 1 - p : p;
        double mean = n * q;
        int k;
        if (mean < 30) {
            double logMiss = Math.log(1 - q);
            k = 0;
            long position = 0;
            while (true) {
                position += Math.max(1L, (long) Math.ceil(Math.log(1.0 - random.nextDouble()) / logMiss));
                if (position > n) {
                    break;
                }
                k++;
            }
        } else {
            k = (int) Math.round(mean + Math.sqrt(mean * (1 - q)) * random.nextGaussian());
            k = Math.max(0, Math.min(n, k));
        }
        return flip ? n - k : k;
    }
}
