package org.reassure.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.Strands;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.Reports;

/**
 * A report taken by a member of staff, by phone, at a front counter or on a home visit. It goes through
 * the same domain service as the online journey, so it is checked, routed and becomes a case the same way;
 * the perception question is asked here too.
 */
@Controller
@RequestMapping("/cases/new")
class TakeReportController {

    static final Set<Role> TAKERS = EnumSet.of(
            Role.CALL_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR, Role.SUPPORT_OFFICER, Role.NEIGHBOURHOOD_OFFICER);

    private final Reports reports;
    private final Strands strands;

    TakeReportController(Reports reports, Strands strands) {
        this.reports = reports;
        this.strands = strands;
    }

    record TakenReport(
            String channel,
            String reporterRole,
            String description,
            List<String> perceivedHostility,
            String hostilityReason,
            String occurredAt,
            String postcode,
            String place,
            String name,
            String phone,
            String email,
            String consentContact,
            String consentReferral) {

        static TakenReport empty() {
            return new TakenReport("", "", "", List.of(), "", "", "", "", "", "", "", "", "");
        }

        public boolean perceives(String code) {
            return perceivedHostility != null && perceivedHostility.contains(code);
        }

        NewReport toNewReport() {
            boolean named = !blank(name) || !blank(phone) || !blank(email);
            NewReport.Person person = named
                    ? new NewReport.Person(
                            blankToNull(name),
                            null,
                            blankToNull(email),
                            blankToNull(phone),
                            blank(phone) ? (blank(email) ? "IN_PERSON" : "EMAIL") : "PHONE",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)
                    : null;
            boolean onBehalf = "ON_BEHALF".equals(reporterRole);
            return new NewReport(
                    blankToNull(reporterRole),
                    Boolean.FALSE,
                    description,
                    perceivedHostility == null ? List.of() : perceivedHostility,
                    blankToNull(hostilityReason),
                    blankToNull(occurredAt),
                    new NewReport.Location(blankToNull(place), blankToNull(postcode)),
                    null,
                    onBehalf ? null : person,
                    onBehalf ? person : null,
                    new NewReport.Consent("yes".equals(consentContact), "yes".equals(consentReferral)),
                    onBehalf ? "OTHER" : null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static String blankToNull(String value) {
            return blank(value) ? null : value.strip();
        }
    }

    @GetMapping
    String form(Model model) {
        requireTaker();
        return page(TakenReport.empty(), FormErrors.none(), model);
    }

    @PostMapping
    @Audited(action = AuditAction.COLLECTION, record = "report")
    String take(TakenReport form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = requireTaker();
        FormErrors errors = new FormErrors();
        Reports.Channel channel = null;
        for (Reports.Channel candidate : Reports.Channel.values()) {
            if (candidate.takenByStaff() && candidate.name().equals(form.channel())) {
                channel = candidate;
            }
        }
        if (channel == null) {
            errors.add("channel", "casework.problem.channelMissing");
        }
        try {
            if (channel == null) {
                reports.check(form.toNewReport());
                errors.throwIfAny();
            }
            Reports.Receipt receipt = reports.submitTakenBy(form.toNewReport(), channel, me.getUsername());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/cases/new/taken";
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> errors.add(fieldOf(error.field()), error.message()));
            return page(form, errors, model);
        }
    }

    @GetMapping("/taken")
    String taken(Model model) {
        requireTaker();
        if (!model.containsAttribute("receipt")) {
            return "redirect:/cases/triage";
        }
        return "cases/taken";
    }

    /** The domain service names fields as the API does; this page's fields have their own names. */
    private static String fieldOf(String apiField) {
        return switch (apiField) {
            case "location.postcode" -> "postcode";
            case "location.description" -> "place";
            case "reporter.name", "victim.name" -> "name";
            case "reporter.email", "victim.email" -> "email";
            case "reporter.phone", "victim.phone" -> "phone";
            case "consent.contact" -> "consentContact";
            case "consent.referral" -> "consentReferral";
            default -> apiField.contains(".") ? apiField.substring(0, apiField.indexOf('.')) : apiField;
        };
    }

    private String page(TakenReport form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("strands", strands.active());
        return "cases/take-report";
    }

    private static StaffPrincipal requireTaker() {
        StaffPrincipal me = CurrentStaff.require();
        if (me.roles().stream().noneMatch(TAKERS::contains)) {
            throw new AccessDeniedException("Your role does not take reports.");
        }
        return me;
    }
}
