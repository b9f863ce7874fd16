package org.reassure.casework.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.internal.CaseQueues;
import org.reassure.identity.CurrentStaff;
import org.reassure.reporting.ReportMessages;

/** The work waiting in a person's units: new reports to triage, decisions to review, and the workload by team. */
@Controller
@RequestMapping("/cases")
class QueuesController {

    private final CaseQueues queues;
    private final ReportMessages reportMessages;
    private final Clock clock;

    QueuesController(CaseQueues queues, ReportMessages reportMessages, Clock clock) {
        this.queues = queues;
        this.reportMessages = reportMessages;
        this.clock = clock;
    }

    @GetMapping("/triage")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list", id = "")
    String triage(Model model) {
        var queue = queues.triage(CurrentStaff.require());
        model.addAttribute("queue", queue);
        model.addAttribute(
                "newMessages",
                reportMessages.withUnreadFromReporter(
                        queue.stream().map(c -> c.summary().reference()).toList()));
        model.addAttribute("now", clock.instant());
        return "cases/triage";
    }

    @GetMapping("/review")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    String reviewQueue(Model model) {
        model.addAttribute("queue", queues.awaitingReview(CurrentStaff.require()));
        return "cases/review";
    }

    @GetMapping("/workload")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    String workload(Model model) {
        model.addAttribute("rows", queues.workload(CurrentStaff.require()));
        return "cases/workload";
    }
}
