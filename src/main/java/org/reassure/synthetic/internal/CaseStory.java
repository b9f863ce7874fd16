package org.reassure.synthetic.internal;

import java.util.List;
import java.util.UUID;

import org.reassure.casework.CaseImport;

import static org.reassure.synthetic.internal.Draws.DAY;
import static org.reassure.synthetic.internal.Draws.HOUR;
import static org.reassure.synthetic.internal.Draws.NONE;
import static org.reassure.synthetic.internal.Draws.at;

/**
 * One generated case from report to where it stands now: who reported it and how, where it went, its timeline, the
 * case work rows of that story (the case, strands, history, flags, people and decisions) and the victim's care.
 * The draws are made in a fixed order, so the same seed tells the same stories.
 */
final class CaseStory {

    static final String ACTOR = "synthetic-data";

    private final Settings settings;
    private final World world;
    private final Draws draws;
    private final Handover handover;
    private final Victims victims;
    private final CareHistory care;
    private final Catalogue catalogue;
    private final double[] targetCumulative;
    private final long asOf;
    private final double hazard;

    CaseStory(Settings settings, World world, Draws draws, Handover handover) {
        this.settings = settings;
        this.world = world;
        this.draws = draws;
        this.handover = handover;
        this.asOf = world.asOf().getEpochSecond();
        this.hazard = Calibration.withdrawalHazardPerDay();
        this.victims = new Victims(draws, handover);
        this.care = new CareHistory(draws, new RuleClock(world.ruleSets(), world.holidays()), handover, asOf);
        this.catalogue = new Catalogue(draws, world);
        double total =
                world.targets().stream().mapToDouble(World.Target::weight).sum();
        targetCumulative = new double[world.targets().size()];
        double running = 0;
        for (int i = 0; i < targetCumulative.length; i++) {
            running += world.targets().get(i).weight() / total;
            targetCumulative[i] = running;
        }
    }

    /** Tells the story of a case received at {@code received} with the strands of {@code category}. */
    void tell(long received, int category) {
        draws.nextCase(received);
        UUID id = draws.uuid();
        String reference = draws.reference();
        String[] strands = Calibration.CATEGORIES[category];
        boolean incident = draws.chance(Calibration.NCHI_SHARE);
        String channel = Calibration.CHANNELS[draws.pick(Calibration.CHANNEL_SHARE)];
        boolean anonymous = draws.chance(
                switch (channel) {
                    case "ONLINE" -> 0.12;
                    case "THIRD_PARTY" -> 0.25;
                    case "KIOSK" -> 0.30;
                    default -> 0.0;
                });
        boolean online = draws.chance("ONLINE".equals(channel) ? 0.35 : 0.07);

        // Who: a new person, or someone already targeted before (a repeat victim, in the same area).
        Victims.Pooled repeat = victims.repeat(anonymous);
        int targetIndex = repeat != null ? repeat.target : pickTarget();
        World.Target target = world.targets().get(targetIndex);
        Timeline t = Timeline.draw(draws, received, incident, anonymous, hazard, settings.srcEffect(), asOf);

        // Where the case stands now.
        String status = t.status(asOf);
        boolean recorded = !"REPORTED".equals(status);
        boolean reviewed = recorded && asOf >= t.reviewedAt();
        boolean allocated = !incident && asOf >= t.allocatedAt();
        boolean finalised = "FINALISED".equals(status);
        boolean withdrawn = t.withdrawnAt() != NONE && t.withdrawnAt() <= asOf;
        long unitId = allocated ? target.teamId() : target.boroughId();
        String officer = allocated && target.officer() != null ? target.officer() : ACTOR;
        String supervisor = target.supervisor() == null ? ACTOR : target.supervisor();
        World.Offence offence = incident ? null : catalogue.offence(strands);
        String withdrawalReason =
                withdrawn ? Wording.WITHDRAWAL_REASONS[draws.below(Wording.WITHDRAWAL_REASONS.length)] : null;
        int story = draws.below(2);
        String recordingReason = "The victim perceived hostility; synthetic record.";

        handover.add(new CaseImport.Case(
                id,
                reference,
                status,
                channel,
                anonymous,
                at(received),
                at(received - (long) (draws.exponential() * 12 * HOUR)),
                unitId,
                allocated ? target.officerId() : null,
                draws.chance(0.01),
                online,
                Wording.account(strands[0], story),
                Wording.reason(strands[0], story),
                "THIRD_PARTY".equals(channel) ? "THIRD_PARTY" : draws.chance(0.1) ? "WITNESS" : "VICTIM",
                finalised ? t.outcome() : null,
                at(received),
                at(t.updatedAt(asOf)),
                recorded ? (incident ? "NCHI" : "CRIME") : null,
                recorded && offence != null ? offence.code() : null,
                recorded ? recordingReason : null,
                recorded ? supervisor : null,
                at(recorded ? t.recordedAt() : NONE),
                recorded ? (reviewed ? "APPROVED" : "PENDING") : null,
                reviewed ? supervisor : null,
                at(reviewed ? t.reviewedAt() : NONE),
                at(withdrawn ? t.withdrawnAt() : NONE),
                withdrawalReason,
                at(finalised ? t.endedAt() : NONE)));
        for (String strand : strands) {
            handover.add(new CaseImport.Strand(id, strand));
        }
        if (List.of(strands).contains("RELIGION")) {
            handover.add(new CaseImport.Religion(id, catalogue.religion(strands)));
        }

        history(id, received, "reassure", null, "REPORTED", "Report received", null);
        if (recorded) {
            String what = incident ? "Recorded as a non-crime hate incident" : "Recorded as a crime: " + offence.name();
            history(id, t.recordedAt(), supervisor, "REPORTED", "RECORDED", what, recordingReason);
            flags(id, strands, online);
        }
        if (reviewed) {
            history(id, t.reviewedAt(), supervisor, "RECORDED", "RECORDED", "Recording decision approved", null);
        }
        if (allocated) {
            String to = (target.officerName() == null ? "" : target.officerName() + ", ") + target.teamName();
            history(id, t.allocatedAt(), supervisor, "RECORDED", "ALLOCATED", "Allocated to " + to, null);
        }
        if (!incident && asOf >= t.investigatingAt()) {
            history(
                    id,
                    t.investigatingAt(),
                    officer,
                    "ALLOCATED",
                    "UNDER_INVESTIGATION",
                    "Investigation started",
                    null);
        }

        // People: the victim (or complainant) unless anonymous, and the suspect once known.
        if (!anonymous) {
            victims.add(id, incident, received, t.recordedAt(), repeat, targetIndex, target, supervisor, recorded);
        }
        long decided = t.investigatingAt() + (long) (draws.exponential() * 7 * DAY);
        boolean decision = !incident && t.suspectKnown() && decided < t.stop() && decided <= asOf;
        if (!incident && t.suspectKnown() && asOf >= t.investigatingAt()) {
            handover.add(new CaseImport.Person(
                    draws.uuid(),
                    id,
                    "SUSPECT",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Wording.SUSPECTS[draws.below(Wording.SUSPECTS.length)],
                    officer,
                    at(t.investigatingAt())));
        }
        String type = decision ? (draws.chance(0.6) ? "ARREST" : "INTERVIEW") : null;
        if (decision) {
            handover.add(new CaseImport.Decision(id, type, at(decided), officer, at(decided)));
            String what = "Decision: " + (type.equals("ARREST") ? "Arrest" : "Interview under caution");
            history(id, decided, officer, null, null, what, null);
        }
        if (withdrawn) {
            String what = "Victim withdrew support for the investigation";
            history(id, t.withdrawnAt(), officer, null, null, what, withdrawalReason);
        }
        if (finalised) {
            String what = "Finalised: outcome " + t.outcome() + ", "
                    + world.outcomeNames().getOrDefault(t.outcome(), "Home Office outcome");
            history(id, t.endedAt(), officer, "UNDER_INVESTIGATION", "FINALISED", what, null);
        }
        if (incident && "CLOSED".equals(status)) {
            String why = "No further action is needed on the incident.";
            history(id, t.endedAt(), supervisor, "RECORDED", "CLOSED", "Closed", why);
        }

        if (recorded) {
            care.add(new CareHistory.Case(
                    reference,
                    t,
                    anonymous,
                    unitId,
                    allocated ? target.officer() : null,
                    officer,
                    withdrawn && t.withdrawnAt() <= t.endedAt(),
                    finalised || "CLOSED".equals(status),
                    decision ? decided : NONE,
                    type));
        }
        handover.generated(id, t.arm(), at(t.randomisedAt()));
    }

    /** A borough, in proportion to its size. */
    private int pickTarget() {
        double roll = draws.uniform();
        for (int i = 0; i < targetCumulative.length; i++) {
            if (roll < targetCumulative[i]) {
                return i;
            }
        }
        return targetCumulative.length - 1;
    }

    private void flags(UUID id, String[] strands, boolean online) {
        if (online) {
            handover.add(new CaseImport.Flag(id, "ONLINE"));
        }
        if (draws.chance(0.12)) {
            handover.add(new CaseImport.Flag(id, "VULNERABLE_OR_INTIMIDATED"));
        }
        if (List.of(strands).contains("DISABILITY") && draws.chance(0.15)) {
            handover.add(new CaseImport.Flag(id, "MATE_CRIME"));
        }
        if (draws.chance(0.03)) {
            handover.add(new CaseImport.Flag(id, "DOMESTIC_ABUSE"));
        }
    }

    private void history(UUID caseId, long at, String actor, String from, String to, String what, String reason) {
        handover.add(new CaseImport.History(caseId, at(at), actor, from, to, what, reason));
    }
}
