package org.reassure.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * The use cases of case work, one method each, each one transaction: the access check, the guarded
 * transition on {@link CaseFile}, the change, its line in the case history and the event other modules
 * react to. Nothing is half-written: any refusal rolls the whole decision back.
 */
@Service
public class CaseWork {

    static final Set<Role> RECORDERS = EnumSet.of(Role.CALL_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR);
    static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR);
    static final Set<Role> INVESTIGATORS = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
    static final Set<Role> ALLOCATABLE = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.SUPPORT_OFFICER);

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final Strands strands;
    private final Catalogues catalogues;
    private final CaseworkProperties properties;
    private final CaseEventPublisher events;
    private final Clock clock;

    CaseWork(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            Strands strands,
            Catalogues catalogues,
            CaseworkProperties properties,
            CaseEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.strands = strands;
        this.catalogues = catalogues;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CaseStatus record(StaffPrincipal person, String reference, RecordingDecision decision) {
        CaseFile file = open(person, reference, RECORDERS, "record decisions");
        List<String> strandCodes = checkRecording(decision);
        List<String> religionCodes = checkReligions(decision, strandCodes);
        CaseStatus from = file.status();
        CaseStatus to = file.record(decision.classification());
        RecordingDecision.NchiAssessment nchi =
                decision.classification() == Classification.NCHI ? decision.nchi() : null;
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE hate_case SET status = ?, classification = ?, offence_code = ?, recording_reason = ?, recorded_by = ?,
                       recorded_at = ?, review_status = 'PENDING', review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL,
                       nchi_keep_subject_data = ?, nchi_subject_data_reason = ?, nchi_notify_subject = ?,
                       nchi_no_notification_reason = ?, online = online OR ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        to.name(),
                        decision.classification().name(),
                        decision.classification() == Classification.CRIME
                                ? decision.offenceCode().trim().toUpperCase()
                                : null,
                        decision.reason().strip(),
                        person.getUsername(),
                        ts(now),
                        nchi == null ? null : nchi.keepSubjectData(),
                        nchi == null ? null : blankToNull(nchi.subjectDataReason()),
                        nchi == null ? null : nchi.notifySubject(),
                        nchi == null ? null : blankToNull(nchi.noNotificationReason()),
                        decision.flags() != null && decision.flags().contains(CaseFlag.ONLINE),
                        ts(now),
                        file.id)
                .update();
        if (decision.classification() != Classification.NO_RECORD) {
            jdbc.sql("DELETE FROM case_strand WHERE case_id = ?").param(file.id).update();
            strandCodes.forEach(code -> jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                    .params(file.id, code)
                    .update());
            jdbc.sql("DELETE FROM case_religion WHERE case_id = ?")
                    .param(file.id)
                    .update();
            religionCodes.forEach(code -> jdbc.sql("INSERT INTO case_religion (case_id, category) VALUES (?, ?)")
                    .params(file.id, code)
                    .update());
            jdbc.sql("DELETE FROM case_flag WHERE case_id = ?").param(file.id).update();
            if (decision.flags() != null) {
                decision.flags()
                        .forEach(flag -> jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, ?)")
                                .params(file.id, flag.name())
                                .update());
            }
        }
        String what = switch (decision.classification()) {
            case CRIME ->
                "Recorded as a crime: "
                        + catalogues
                                .offence(decision.offenceCode())
                                .map(Catalogues.Offence::name)
                                .orElse(decision.offenceCode());
            case NCHI -> "Recorded as a non-crime hate incident";
            case NO_RECORD -> "Decided not to record";
        };
        history(file, person, from, to, what, decision.reason().strip());
        events.recorded(file.reference, decision.classification(), strandCodes, now);
        if (nchi != null && Boolean.TRUE.equals(nchi.notifySubject())) {
            events.subjectToBeNotified(file.reference, now);
        }
        return to;
    }

    @Transactional
    public void review(StaffPrincipal person, String reference, boolean approve, String comment) {
        CaseFile file = open(person, reference, SUPERVISORS, "review recording decisions");
        String cleanComment = blankToNull(comment);
        if (!approve && cleanComment == null) {
            throw new org.reassure.platform.InvalidInput(
                    "comment", "Say what needs to change before returning the decision");
        }
        CaseStatus from = file.status();
        if (approve) {
            file.approve();
        } else {
            file.returnForChange();
        }
        jdbc.sql(
                        "UPDATE hate_case SET status = ?, review_status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?")
                .params(
                        file.status().name(),
                        file.review().name(),
                        cleanComment,
                        person.getUsername(),
                        ts(clock.instant()),
                        ts(clock.instant()),
                        file.id)
                .update();
        history(
                file,
                person,
                from,
                file.status(),
                approve ? "Recording decision approved" : "Recording decision returned for change",
                cleanComment);
    }

    @Transactional
    public void allocate(
            StaffPrincipal person, String reference, String unitCode, String officerUsername, String reason) {
        CaseFile file = open(person, reference, SUPERVISORS, "allocate cases");
        FormErrors errors = new FormErrors();
        Unit unit = null;
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "Select the unit to allocate the case to");
        } else {
            unit = units.findByCode(unitCode).orElse(null);
            if (unit == null) {
                errors.add(
                        "unit",
                        "There is no unit with the code " + unitCode.trim().toUpperCase());
            } else if (!units.visibleTo(person).contains(unit.id())) {
                errors.add("unit", "You can only allocate to your own unit or a unit below it");
            }
        }
        StaffAccount officer = null;
        if (officerUsername == null || officerUsername.isBlank()) {
            errors.add("officer", "Select the officer who will handle the case");
        } else {
            officer = accounts.findByUsername(officerUsername).orElse(null);
            if (officer == null || !officer.enabled()) {
                errors.add("officer", "There is no active account " + officerUsername.trim());
            } else if (officer.roles().stream().noneMatch(ALLOCATABLE::contains)) {
                errors.add(
                        "officer",
                        officer.displayName() + " is not an investigator, supervisor or hate crime support officer");
            } else if (unit != null
                    && (officer.unitId() == null || !units.subtree(unit.id()).contains(officer.unitId()))) {
                errors.add("officer", officer.displayName() + " does not work in " + unit.name());
            }
        }
        boolean reallocation = file.isAllocated();
        if (reallocation && blankToNull(reason) == null) {
            errors.add("reason", "Give the reason for reallocating the case");
        }
        errors.throwIfAny();
        CaseStatus from = file.status();
        CaseStatus to = file.allocate();
        Instant now = clock.instant();
        jdbc.sql("UPDATE hate_case SET status = ?, unit_id = ?, officer_id = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), unit.id(), officer.id(), ts(now), file.id)
                .update();
        history(
                file,
                person,
                from,
                to,
                (reallocation ? "Reallocated to " : "Allocated to ") + officer.displayName() + ", " + unit.name(),
                blankToNull(reason));
        events.allocated(file.reference, unit.code(), unit.id(), officer.username(), now);
    }

    @Transactional
    public void startInvestigation(StaffPrincipal person, String reference) {
        CaseFile file = open(person, reference, INVESTIGATORS, "investigate cases");
        CaseStatus from = file.status();
        CaseStatus to = file.startInvestigation();
        update(file, to);
        history(file, person, from, to, "Investigation started", null);
    }

    @Transactional
    public void recordDecision(StaffPrincipal person, String reference, DecisionType type, Instant at, String note) {
        CaseFile file = open(person, reference, INVESTIGATORS, "record investigative decisions");
        if (type == null) {
            throw new org.reassure.platform.InvalidInput("type", "Select the decision");
        }
        Instant now = clock.instant();
        file.recordDecision(at, now);
        if (file.status() == CaseStatus.ALLOCATED && file.classification() == Classification.CRIME) {
            // The first investigative decision on an allocated crime means the investigation is under way.
            CaseStatus to = file.startInvestigation();
            update(file, to);
            history(file, person, CaseStatus.ALLOCATED, to, "Investigation started", null);
        }
        jdbc.sql(
                        "INSERT INTO case_decision (case_id, type, decided_at, recorded_by, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(file.id, type.name(), ts(at), person.getUsername(), ts(now), limit(blankToNull(note), 2000))
                .update();
        history(file, person, null, null, "Decision: " + type.label(), blankToNull(note));
        events.decisionRecorded(file.reference, type, at, now);
    }

    @Transactional
    public void recordWithdrawal(StaffPrincipal person, String reference, Instant at, String reason) {
        CaseFile file = open(person, reference, INVESTIGATORS, "record a withdrawal");
        if (blankToNull(reason) == null) {
            throw new org.reassure.platform.InvalidInput(
                    "reason", "Give the reason the victim gave for withdrawing support");
        }
        Instant now = clock.instant();
        file.recordWithdrawal(at, now);
        jdbc.sql("UPDATE hate_case SET withdrawn_at = ?, withdrawal_reason = ?, updated_at = ? WHERE id = ?")
                .params(ts(at), limit(reason.strip(), 5000), ts(now), file.id)
                .update();
        history(file, person, null, null, "Victim withdrew support for the investigation", reason.strip());
        events.victimWithdrew(file.reference, at, file.status().name());
    }

    @Transactional
    public void finalise(StaffPrincipal person, String reference, Integer outcomeCode, Instant at) {
        CaseFile file = open(person, reference, INVESTIGATORS, "finalise cases");
        if (outcomeCode == null) {
            throw new org.reassure.platform.InvalidInput("code", "Select the Home Office outcome");
        }
        Catalogues.Outcome outcome = catalogues
                .outcome(outcomeCode)
                .orElseThrow(() -> new org.reassure.platform.InvalidInput(
                        "code",
                        "There is no Home Office outcome " + outcomeCode
                                + ". Use one of the codes 1 to 23 in the outcomes list"));
        Instant now = clock.instant();
        CaseStatus from = file.status();
        CaseStatus to = file.finalise(at, now);
        jdbc.sql("UPDATE hate_case SET status = ?, outcome_code = ?, finalised_at = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), outcome.code(), ts(at), ts(now), file.id)
                .update();
        history(file, person, from, to, "Finalised: outcome " + outcome.code() + ", " + outcome.name(), null);
        events.finalised(file.reference, outcome.code(), at);
    }

    @Transactional
    public void close(StaffPrincipal person, String reference, String reason) {
        CaseFile file = open(person, reference, INVESTIGATORS, "close cases");
        CaseStatus from = file.status();
        CaseStatus to = file.close();
        update(file, to);
        history(file, person, from, to, "Closed", blankToNull(reason));
    }

    @Transactional
    public void reopen(StaffPrincipal person, String reference, String reason) {
        CaseFile file = open(person, reference, SUPERVISORS, "reopen cases");
        if (blankToNull(reason) == null) {
            throw new org.reassure.platform.InvalidInput("reason", "Give the reason for reopening the case");
        }
        CaseStatus from = file.status();
        CaseStatus to = file.reopen();
        jdbc.sql("""
                UPDATE hate_case SET status = ?, outcome_code = NULL, finalised_at = NULL, classification = ?, review_status = ?,
                       updated_at = ? WHERE id = ?""")
                .params(
                        to.name(),
                        file.classification() == null
                                ? null
                                : file.classification().name(),
                        file.review() == null ? null : file.review().name(),
                        ts(clock.instant()),
                        file.id)
                .update();
        history(file, person, from, to, "Reopened", reason.strip());
        events.reopened(file.reference, clock.instant());
    }

    /** Loads the case for change (row locked), refusing roles and units that may not change it. */
    private CaseFile open(StaffPrincipal person, String reference, Set<Role> allowed, String doing) {
        if (person.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException("Your role does not " + doing + ".");
        }
        CaseFile file = jdbc.sql("""
                SELECT id, reference, unit_id, received_at, status, classification, review_status, withdrawn_at
                FROM hate_case WHERE reference = ? FOR UPDATE""")
                .param(Cases.normalise(reference))
                .query((rs, n) -> new CaseFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getLong("unit_id"),
                        rs.getTimestamp("received_at").toInstant(),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("classification") == null
                                ? null
                                : Classification.valueOf(rs.getString("classification")),
                        rs.getString("review_status") == null
                                ? null
                                : ReviewStatus.valueOf(rs.getString("review_status")),
                        rs.getTimestamp("withdrawn_at") == null
                                ? null
                                : rs.getTimestamp("withdrawn_at").toInstant()))
                .optional()
                .orElseThrow(
                        () -> new NotFound("There is no case with the reference " + Cases.normalise(reference) + "."));
        if (!units.visibleTo(person).contains(file.unitId)) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
        return file;
    }

    private List<String> checkRecording(RecordingDecision decision) {
        FormErrors errors = new FormErrors();
        List<String> codes = new ArrayList<>();
        if (decision.classification() == null) {
            errors.add(
                    "classification",
                    "Select whether this is a crime, a non-crime hate incident or not to be recorded");
        } else if (decision.classification() == Classification.NCHI && !properties.nchiEnabled()) {
            errors.add(
                    "classification",
                    "This force does not record non-crime hate incidents. Record a crime, or decide not to record");
        }
        if (decision.classification() == Classification.CRIME) {
            if (decision.offenceCode() == null || decision.offenceCode().isBlank()) {
                errors.add("offence", "Select the offence");
            } else if (catalogues.offence(decision.offenceCode()).isEmpty()) {
                errors.add(
                        "offence",
                        "There is no offence " + decision.offenceCode().trim() + " in the catalogue");
            }
        }
        if (decision.classification() == Classification.CRIME || decision.classification() == Classification.NCHI) {
            Set<String> known = new LinkedHashSet<>();
            strands.active().forEach(strand -> known.add(strand.code()));
            List<String> given = decision.strands() == null ? List.of() : decision.strands();
            if (given.isEmpty()) {
                errors.add("strands", "Select the hostility perceived: at least one strand");
            }
            for (String code : given) {
                String clean = code == null ? "" : code.trim().toUpperCase();
                if (!known.contains(clean)) {
                    errors.add("strands", "There is no strand " + code);
                } else if (!codes.contains(clean)) {
                    codes.add(clean);
                }
            }
        }
        if (decision.classification() == Classification.NCHI && properties.nchiEnabled()) {
            RecordingDecision.NchiAssessment nchi = decision.nchi();
            if (nchi == null || !nchi.meetsThreshold()) {
                errors.add(
                        "nchi",
                        "Record a non-crime hate incident only when it is not trivial, irrational or malicious and there is "
                                + "a basis for intentional hostility. Otherwise decide not to record it, with your reason");
            } else {
                if (nchi.keepSubjectData() == null) {
                    errors.add("keepSubjectData", "Say whether the subject's personal data will be kept");
                } else if (nchi.keepSubjectData() && blankToNull(nchi.subjectDataReason()) == null) {
                    errors.add(
                            "subjectDataReason",
                            "Give the real risk of significant harm or of a future offence that justifies keeping the subject's data");
                }
                if (nchi.notifySubject() == null) {
                    errors.add("notifySubject", "Say whether the subject will be told the incident was recorded");
                } else if (!nchi.notifySubject() && blankToNull(nchi.noNotificationReason()) == null) {
                    errors.add(
                            "noNotificationReason",
                            "Give the safeguarding risk that means the subject will not be told");
                }
            }
        }
        if (blankToNull(decision.reason()) == null) {
            errors.add("reason", "Give the reasons for your decision");
        } else if (decision.reason().length() > 5000) {
            errors.add("reason", "The reasons must be 5,000 characters or fewer");
        }
        errors.throwIfAny();
        return codes;
    }

    /** With the religion strand, the perceived religion of the victim is recorded too (Home Office sub-categories). */
    private List<String> checkReligions(RecordingDecision decision, List<String> strandCodes) {
        List<String> given = decision.religions() == null ? List.of() : decision.religions();
        if (decision.classification() == Classification.NO_RECORD) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        strands.religionCategories().forEach(category -> known.add(category.code()));
        FormErrors errors = new FormErrors();
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            String clean = code == null ? "" : code.trim().toUpperCase();
            if (!known.contains(clean)) {
                errors.add("religions", "There is no religion category " + code);
            } else if (!codes.contains(clean)) {
                codes.add(clean);
            }
        }
        if (strandCodes.contains("RELIGION") && codes.isEmpty()) {
            errors.add("religions", "Select the perceived religion of the victim, or Not known");
        } else if (!strandCodes.contains("RELIGION") && !codes.isEmpty()) {
            errors.add(
                    "religions", "A religion category goes with the religion or belief strand: select that strand too");
        }
        errors.throwIfAny();
        return codes;
    }

    private void update(CaseFile file, CaseStatus to) {
        jdbc.sql("UPDATE hate_case SET status = ?, updated_at = ? WHERE id = ?")
                .params(to.name(), ts(clock.instant()), file.id)
                .update();
    }

    private void history(
            CaseFile file, StaffPrincipal person, CaseStatus from, CaseStatus to, String what, String reason) {
        jdbc.sql(
                        "INSERT INTO case_history (case_id, at, actor, from_status, to_status, what, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        file.id,
                        ts(clock.instant()),
                        person.getUsername(),
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        what,
                        limit(reason, 5000))
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
