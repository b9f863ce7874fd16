package org.reassure.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.ContactChannel;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;

/**
 * Needs assessments as versions. Recording one completes the needs assessment task, records the update
 * frequency and channel agreed with the victim, and, when it finds a high risk, asks the unit's supervisors
 * for a review within the rule's limit.
 */
@Service
public class NeedsAssessments {

    private final JdbcClient jdbc;
    private final CareAccess access;
    private final Cases cases;
    private final CareTasks tasks;
    private final ContactAgreements agreements;
    private final Clock clock;

    NeedsAssessments(
            JdbcClient jdbc,
            CareAccess access,
            Cases cases,
            CareTasks tasks,
            ContactAgreements agreements,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.tasks = tasks;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Transactional
    public NeedsAssessment assess(StaffPrincipal person, String reference, NeedsAssessment.Draft draft) {
        String ref = access.contactingVictim(person, reference);
        NeedsAssessmentValidator.problems(draft).throwIfAny();
        CaseFacts facts = cases.facts(ref).orElseThrow();
        return record(facts, draft, person.getUsername(), clock.instant());
    }

    /** Records a validated assessment as the next version. The caller has checked access. */
    public NeedsAssessment record(CaseFacts facts, NeedsAssessment.Draft draft, String by, Instant at) {
        String ref = facts.reference();
        // One version number per assessment even when two officers save at once.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('care_needs_assessment:' || ?))")
                .param(ref)
                .query()
                .singleRow();
        int version = jdbc.sql(
                        "SELECT coalesce(max(version), 0) + 1 FROM care_needs_assessment WHERE case_reference = ?")
                .param(ref)
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        boolean interpreter = Boolean.TRUE.equals(draft.interpreterNeeded());
        jdbc.sql("""
                INSERT INTO care_needs_assessment (id, case_reference, version, interpreter_needed, language, adjustments, risk, risk_reasons,
                    vulnerable, intimidated, persistently_targeted, support_wanted, safe_times, refused_channels, no_messages, assessed_by, assessed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ref,
                        version,
                        interpreter,
                        interpreter ? clean(draft.language()) : null,
                        clean(draft.adjustments()),
                        draft.risk().name(),
                        clean(draft.riskReasons()),
                        draft.vulnerable(),
                        draft.intimidated(),
                        draft.persistentlyTargeted(),
                        clean(draft.supportWanted()),
                        clean(draft.safeTimes()),
                        channels(draft.refusedChannels()),
                        draft.noMessages(),
                        by,
                        Timestamp.from(at))
                .update();
        Optional<ContactAgreement> agreed = agreements.current(ref);
        if (agreed.isEmpty()
                || agreed.get().channel() != draft.preferredChannel()
                || agreed.get().everyDays() != draft.updateEveryDays()) {
            agreements.agree(
                    ref,
                    draft.preferredChannel(),
                    draft.updateEveryDays(),
                    "Agreed at needs assessment version " + version,
                    id,
                    by);
        }
        tasks.completeMatching(ref, TaskKind.NEEDS_ASSESSMENT, at, by);
        if (draft.risk() == RiskLevel.HIGH) {
            tasks.start(
                    facts,
                    TaskKind.SUPERVISOR_REVIEW,
                    "assessment:" + id,
                    RuleCodes.HIGH_RISK_REVIEW,
                    at,
                    null,
                    CareTasks.Holder.SUPERVISOR,
                    null);
        }
        return find(id);
    }

    /** The newest version, if the victim has been assessed. The caller has checked access. */
    Optional<NeedsAssessment> latest(String reference) {
        return jdbc.sql("SELECT * FROM care_needs_assessment WHERE case_reference = ? ORDER BY version DESC LIMIT 1")
                .param(reference.trim().toUpperCase())
                .query(NeedsAssessments::assessment)
                .optional();
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<NeedsAssessment> history(StaffPrincipal person, String reference) {
        String ref = access.seeing(person, reference);
        return jdbc.sql("SELECT * FROM care_needs_assessment WHERE case_reference = ? ORDER BY version DESC")
                .param(ref)
                .query(NeedsAssessments::assessment)
                .list();
    }

    private NeedsAssessment find(UUID id) {
        return jdbc.sql("SELECT * FROM care_needs_assessment WHERE id = ?")
                .param(id)
                .query(NeedsAssessments::assessment)
                .single();
    }

    private static NeedsAssessment assessment(ResultSet rs, int row) throws SQLException {
        Set<ContactChannel> refused = EnumSet.noneOf(ContactChannel.class);
        Arrays.stream((String[]) rs.getArray("refused_channels").getArray())
                .map(ContactChannel::valueOf)
                .forEach(refused::add);
        return new NeedsAssessment(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                rs.getInt("version"),
                rs.getBoolean("interpreter_needed"),
                rs.getString("language"),
                rs.getString("adjustments"),
                RiskLevel.valueOf(rs.getString("risk")),
                rs.getString("risk_reasons"),
                rs.getBoolean("vulnerable"),
                rs.getBoolean("intimidated"),
                rs.getBoolean("persistently_targeted"),
                rs.getString("support_wanted"),
                rs.getString("safe_times"),
                refused,
                rs.getBoolean("no_messages"),
                rs.getString("assessed_by"),
                rs.getTimestamp("assessed_at").toInstant());
    }

    private static String[] channels(Set<ContactChannel> channels) {
        return channels == null
                ? new String[0]
                : channels.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clean(String value) {
        return blank(value) ? null : value.strip();
    }
}
