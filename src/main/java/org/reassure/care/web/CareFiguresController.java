package org.reassure.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.care.internal.Compliance;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.VictimFeedback;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;

/** The figures of a unit for a period: how well it keeps the Victims' Code promises, and what victims told us. */
@Controller
class CareFiguresController {

    private final Compliance compliance;
    private final VictimFeedback feedback;
    private final Units units;
    private final Clock clock;

    CareFiguresController(Compliance compliance, VictimFeedback feedback, Units units, Clock clock) {
        this.compliance = compliance;
        this.feedback = feedback;
        this.units = units;
        this.clock = clock;
    }

    /** What victims told us in the satisfaction survey, for a unit and a period (the last 90 days unless chosen). */
    @GetMapping("/care/satisfaction")
    @Audited(action = AuditAction.CONSULTATION, record = "satisfaction-answers")
    String satisfaction(PeriodForm query, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        PeriodForm.Period period = period(query, 90, model);
        model.addAttribute(
                "feedback",
                feedback.forUnit(me, knownUnit(query, period), period.from(), period.to(), query.onlyNotSatisfied()));
        model.addAttribute("units", unitsOf(me));
        return "care/satisfaction";
    }

    @GetMapping("/care/compliance")
    @Audited(action = AuditAction.CONSULTATION, record = "care-compliance")
    String compliance(PeriodForm query, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        PeriodForm.Period period = period(query, 28, model);
        model.addAttribute("report", compliance.forUnit(me, knownUnit(query, period), period.from(), period.to()));
        model.addAttribute("units", unitsOf(me));
        model.addAttribute("meanings", RuleCodes.ALL);
        return "care/compliance";
    }

    /** The period asked for, or the last {@code days} days; the form (filled with the period shown) and any errors go in the model. */
    private PeriodForm.Period period(PeriodForm query, int days, Model model) {
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        PeriodForm.Period period = query.period(today, days);
        model.addAttribute("form", period.form());
        model.addAttribute("errors", period.errors());
        return period;
    }

    /** The unit asked for when it exists; an unknown code is an error on the form and the person's own unit is shown. */
    private String knownUnit(PeriodForm query, PeriodForm.Period period) {
        String code = query.unit() == null || query.unit().isBlank()
                ? null
                : query.unit().trim();
        if (code != null && units.findByCode(code).isEmpty()) {
            period.errors().add("unit", "care.problem.noUnit", code);
            return null;
        }
        return code;
    }

    private List<Unit> unitsOf(StaffPrincipal me) {
        return units.all().stream()
                .filter(u -> units.visibleTo(me).contains(u.id()))
                .toList();
    }
}
