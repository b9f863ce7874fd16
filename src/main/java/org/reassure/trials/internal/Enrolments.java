package org.reassure.trials.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.ReassuranceContacts;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.Classification;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;

/**
 * Enrols recorded cases in the running trials they are eligible for, each in the next slot of its stratum's
 * concealed sequence, and lets the arm drive victim care: a secondary reassurance contact in the treatment
 * arm, none in usual care. Enrolling the same case twice (an event handled again) changes nothing.
 */
@Service
public class Enrolments {

    /** A case in a trial with its arm and baseline characteristics (no personal data). */
    public record Enrolment(
            String caseReference,
            Arm arm,
            String stratum,
            Instant enrolledAt,
            String unitCode,
            String channel,
            String strands,
            boolean repeatVictim) {}

    /** A case's place in one trial, for its case page. */
    public record CaseEnrolment(long trialId, String trialName, Arm arm, Instant enrolledAt) {}

    /** How many cases a trial looked at, found eligible and enrolled (the top of the CONSORT flow). */
    public record Screening(int screened, int eligible, int enrolled) {}

    private final JdbcClient jdbc;
    private final Trials trials;
    private final AllocationSequence sequence;
    private final ReassuranceContacts contacts;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Enrolments(
            JdbcClient jdbc,
            Trials trials,
            AllocationSequence sequence,
            ReassuranceContacts contacts,
            Units units,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.trials = trials;
        this.sequence = sequence;
        this.contacts = contacts;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Screens a recorded case for every running trial and enrols it where it is eligible. */
    @Transactional
    public void screen(CaseProfile profile) {
        for (Trial trial : trials.runningForUpdate()) {
            enrol(trial, profile);
        }
    }

    /** Enrols the case in this trial if eligible (the trial row must be locked); returns the arm it is in, if any. */
    public Optional<Arm> enrol(Trial trial, CaseProfile profile) {
        Optional<Arm> existing = armOf(trial.id(), profile.reference());
        if (existing.isPresent()) {
            return existing;
        }
        String ineligible = ineligibility(trial, profile);
        int enrolled = jdbc.sql("SELECT count(*) FROM trial_enrolment WHERE trial_id = ?")
                .param(trial.id())
                .query(Integer.class)
                .single();
        if (ineligible == null && enrolled >= trial.targetSize()) {
            screened(trial, profile, true, "Eligible, but the trial had reached its target size");
            return Optional.empty();
        }
        screened(trial, profile, ineligible == null, ineligible == null ? "Eligible" : ineligible);
        if (ineligible != null) {
            return Optional.empty();
        }
        String stratum = stratum(trial, profile);
        AllocationSequence.Slot slot = sequence.take(trial, stratum);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO trial_enrolment (trial_id, case_reference, stratum, position, arm, enrolled_at, unit_code, channel, strands, repeat_victim)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        trial.id(),
                        profile.reference(),
                        stratum,
                        slot.position(),
                        slot.arm().name(),
                        Timestamp.from(now),
                        profile.unitCode(),
                        profile.channel().name(),
                        String.join("+", profile.strands()),
                        profile.repeatVictim())
                .update();
        audit.recordAs(
                "system",
                "",
                AuditAction.COMBINATION,
                "trial-enrolment",
                trial.id() + "/" + profile.reference(),
                "Enrolled in trial " + trial.name(),
                AuditOutcome.ALLOWED,
                "Allocated to " + (slot.arm() == Arm.TREATMENT ? "Secondary reassurance contact" : "Usual care")
                        + " (stratum " + stratum + ")");
        if (slot.arm() == Arm.TREATMENT) {
            contacts.require(
                    profile.reference(), "Trial " + trial.name() + ": allocated to secondary reassurance contact");
        } else {
            contacts.withhold(profile.reference(), "Trial " + trial.name() + ": allocated to usual care");
        }
        return Optional.of(slot.arm());
    }

    /** Why the case is not eligible, or null when it is. */
    String ineligibility(Trial trial, CaseProfile profile) {
        if (profile.classification() != Classification.CRIME) {
            return "Not recorded as a crime";
        }
        LocalDate day = (profile.recordedAt() == null ? clock.instant() : profile.recordedAt())
                .atZone(Formats.UK)
                .toLocalDate();
        if (day.isBefore(trial.periodFrom()) || day.isAfter(trial.periodTo())) {
            return "Recorded outside the enrolment period";
        }
        if (!trial.strands().isEmpty() && profile.strands().stream().noneMatch(trial.strands()::contains)) {
            return "No eligible strand";
        }
        if (!trial.channels().isEmpty()
                && !trial.channels().contains(profile.channel().name())) {
            return "Reported in a way the trial does not include";
        }
        if (!trial.unitCodes().isEmpty()) {
            long unitId = units.findByCode(profile.unitCode()).orElseThrow().id();
            boolean inUnit = trial.unitCodes().stream()
                    .map(units::findByCode)
                    .flatMap(Optional::stream)
                    .anyMatch(unit -> units.subtree(unit.id()).contains(unitId));
            if (!inUnit) {
                return "Handled by a unit outside the trial";
            }
        }
        return null;
    }

    static String stratum(Trial trial, CaseProfile profile) {
        StringBuilder stratum = new StringBuilder();
        if (trial.stratifyUnit()) {
            stratum.append(profile.unitCode());
        }
        if (trial.stratifyStrand()) {
            stratum.append(stratum.isEmpty() ? "" : " / ").append(String.join("+", profile.strands()));
        }
        return stratum.isEmpty() ? "all" : stratum.toString();
    }

    private void screened(Trial trial, CaseProfile profile, boolean eligible, String reason) {
        jdbc.sql("""
                INSERT INTO trial_screening (trial_id, case_reference, screened_at, eligible, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (trial_id, case_reference) DO UPDATE SET eligible = EXCLUDED.eligible, reason = EXCLUDED.reason,
                    screened_at = EXCLUDED.screened_at""")
                .params(trial.id(), profile.reference(), Timestamp.from(clock.instant()), eligible, reason)
                .update();
    }

    private Optional<Arm> armOf(long trialId, String reference) {
        return jdbc.sql("SELECT arm FROM trial_enrolment WHERE trial_id = ? AND case_reference = ?")
                .params(trialId, reference.trim().toUpperCase())
                .query(String.class)
                .optional()
                .map(Arm::valueOf);
    }

    /** The arm of an enrolled case; empty for a case not (yet) enrolled: the sequence itself is never shown. */
    @Transactional(readOnly = true)
    public Optional<Arm> armOf(StaffPrincipal person, long trialId, String reference) {
        TrialAccess.requireReader(person);
        trials.find(trialId);
        return armOf(trialId, reference);
    }

    @Transactional(readOnly = true)
    public List<Enrolment> forTrial(StaffPrincipal person, long trialId) {
        TrialAccess.requireReader(person);
        return forTrial(trialId);
    }

    List<Enrolment> forTrial(long trialId) {
        return jdbc.sql("""
                SELECT case_reference, arm, stratum, enrolled_at, unit_code, channel, strands, repeat_victim FROM trial_enrolment
                WHERE trial_id = ? ORDER BY enrolled_at, case_reference""")
                .param(trialId)
                .query((rs, row) -> new Enrolment(
                        rs.getString(1),
                        Arm.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8)))
                .list();
    }

    public Screening screening(long trialId) {
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE eligible), (SELECT count(*) FROM trial_enrolment e WHERE e.trial_id = ?)
                FROM trial_screening WHERE trial_id = ?""")
                .params(trialId, trialId)
                .query((rs, row) -> new Screening(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /** The trials a case is enrolled in, with its arm in each; the caller has checked the person may see the case. */
    public List<CaseEnrolment> forCase(String reference) {
        return jdbc.sql("""
                SELECT t.id, t.name, e.arm, e.enrolled_at FROM trial_enrolment e JOIN trial t ON t.id = e.trial_id
                WHERE e.case_reference = ? ORDER BY e.enrolled_at""")
                .param(reference.trim().toUpperCase())
                .query((rs, n) -> new CaseEnrolment(
                        rs.getLong(1),
                        rs.getString(2),
                        Arm.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
