package org.reassure.care.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.ContactAgreement;
import org.reassure.care.internal.ContactAgreements;
import org.reassure.care.internal.NeedsAssessment;
import org.reassure.care.internal.NeedsAssessments;
import org.reassure.care.internal.Statement;
import org.reassure.care.internal.Statements;
import org.reassure.care.internal.SupportOfficers;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.reporting.ReportMessages;

/**
 * What the pages show of the victim's needs: the case's care section and the contact form call it as
 * {@code @careNeedsView}, and "My work" lists the high-risk reviews waiting for a supervisor.
 */
@Component("careNeedsView")
public class CareNeedsView {

    private final NeedsAssessments assessments;
    private final ContactAgreements agreements;
    private final CareTasks tasks;
    private final Units units;
    private final SupportOfficers supportOfficers;
    private final Statements statements;
    private final Cases cases;
    private final ReportMessages reportMessages;

    CareNeedsView(
            NeedsAssessments assessments,
            ContactAgreements agreements,
            CareTasks tasks,
            Units units,
            SupportOfficers supportOfficers,
            Statements statements,
            Cases cases,
            ReportMessages reportMessages) {
        this.statements = statements;
        this.cases = cases;
        this.reportMessages = reportMessages;
        this.supportOfficers = supportOfficers;
        this.assessments = assessments;
        this.agreements = agreements;
        this.tasks = tasks;
        this.units = units;
    }

    /**
     * The newest assessment (null before the first), the earlier ones, the agreement and its changes, and the
     * open high-risk reviews, which supervisors may mark done.
     */
    public record CaseNeeds(
            NeedsAssessment latest,
            List<NeedsAssessment> earlier,
            ContactAgreement agreement,
            List<ContactAgreement> changes,
            List<CareTask> reviews,
            boolean supervisor,
            SupportOfficers.Assignment supportOfficer,
            List<Statement> personalStatements,
            List<Statement> communityStatements) {}

    @Transactional(readOnly = true)
    public CaseNeeds forCase(String reference) {
        StaffPrincipal me = CurrentStaff.require();
        List<NeedsAssessment> history = assessments.history(me, reference);
        String ref = history.isEmpty()
                ? reference.trim().toUpperCase()
                : history.get(0).caseReference();
        List<ContactAgreement> changes = agreements.history(ref);
        List<Statement> statements = this.statements.forCase(me, reference);
        List<CareTask> reviews = tasks.forCaseUnchecked(ref).stream()
                .filter(t ->
                        t.kind() == TaskKind.SUPERVISOR_REVIEW && t.status().isOpen())
                .toList();
        return new CaseNeeds(
                history.isEmpty() ? null : history.get(0),
                history.size() > 1 ? history.subList(1, history.size()) : List.of(),
                changes.isEmpty() ? null : changes.get(0),
                changes,
                reviews,
                me.hasRole(Role.SUPERVISOR),
                supportOfficers.current(ref).orElse(null),
                statements.stream()
                        .filter(st -> st.kind() == Statement.Kind.VICTIM_PERSONAL)
                        .toList(),
                statements.stream()
                        .filter(st -> st.kind() == Statement.Kind.COMMUNITY_IMPACT)
                        .toList());
    }

    /** Open reviews held by the supervisors of this person's units: empty unless they are a supervisor. */
    @Transactional(readOnly = true)
    public List<CareTask> reviewsFor(StaffPrincipal me) {
        return me.hasRole(Role.SUPERVISOR) ? tasks.forSupervisorsOf(List.copyOf(units.visibleTo(me))) : List.of();
    }

    /** The officer's open cases with a message from the reporter that no one on the case has read yet. */
    public List<String> newMessagesFor(StaffPrincipal me) {
        List<String> mine = cases.openAllocatedTo(me);
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<String> unread = reportMessages.withUnreadFromReporter(mine);
        return mine.stream().filter(unread::contains).toList();
    }

    /** The secondary reassurance contacts a neighbourhood officer's team holds. */
    public List<CareTask> teamTasksFor(StaffPrincipal me) {
        return me.hasRole(Role.NEIGHBOURHOOD_OFFICER)
                ? tasks.forNeighbourhoodTeamsOf(List.copyOf(units.visibleTo(me)))
                : List.of();
    }
}
