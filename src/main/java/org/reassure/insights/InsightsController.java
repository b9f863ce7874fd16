package org.reassure.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** The analyst's and supervisor's statistics pages, the Home Office return, open data publishing, data quality and exports. */
@Controller
class InsightsController {

    private final Scope scope;
    private final Figures figures;
    private final ReadModel readModel;
    private final HomeOfficeReturn homeOfficeReturn;
    private final CaseExport caseExport;
    private final OpenData openData;
    private final Quality quality;
    private final Units units;
    private final AuditLog auditLog;

    InsightsController(
            Scope scope,
            Figures figures,
            ReadModel readModel,
            HomeOfficeReturn homeOfficeReturn,
            CaseExport caseExport,
            OpenData openData,
            Quality quality,
            Units units,
            AuditLog auditLog) {
        this.auditLog = auditLog;
        this.scope = scope;
        this.figures = figures;
        this.readModel = readModel;
        this.homeOfficeReturn = homeOfficeReturn;
        this.caseExport = caseExport;
        this.openData = openData;
        this.quality = quality;
        this.units = units;
    }

    private Scope.Request filter(Map<String, String> query) {
        YearMonth now = scope.thisMonth();
        Scope.Request request = scope.read(CurrentStaff.require(), query, now.minusMonths(11), now);
        if (!request.errors().has("from") && !request.errors().has("to")) {
            // An empty period shows the default; a wrong one keeps what was typed.
            Scope.fill(request.form(), "from", request.filter().from());
            Scope.fill(request.form(), "to", request.filter().to());
        }
        request.form()
                .put(
                        "strand",
                        request.filter().strand() == null
                                ? ""
                                : request.filter().strand());
        return request;
    }

    private void common(Model model, Scope.Request request) {
        model.addAttribute("form", request.form());
        model.addAttribute("errors", request.errors());
        model.addAttribute("units", request.units());
        model.addAttribute("strands", request.strands());
        model.addAttribute("filter", request.filter());
        model.addAttribute("asAt", readModel.asAt().orElse(null));
        model.addAttribute("analyst", CurrentStaff.require().hasRole(Role.ANALYST));
        model.addAttribute("query", queryString(request.form()));
    }

    private static String queryString(Map<String, String> form) {
        StringBuilder q = new StringBuilder();
        for (String key : List.of("unit", "strand", "from-month", "from-year", "to-month", "to-year")) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(key)
                    .append('=')
                    .append(java.net.URLEncoder.encode(form.getOrDefault(key, ""), StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    @GetMapping("/insights")
    @Audited(action = AuditAction.CONSULTATION, record = "statistics")
    String dashboard(@RequestParam Map<String, String> query, Model model) {
        Scope.Request request = filter(query);
        common(model, request);
        model.addAttribute("dashboard", figures.dashboard(request.filter()));
        model.addAttribute(
                "strandName",
                request.strands().stream()
                        .filter(s -> s.code().equals(request.filter().strand()))
                        .map(s -> s.name().toLowerCase(java.util.Locale.UK))
                        .findFirst()
                        .orElse("all strands"));
        return "insights/dashboard";
    }

    @PostMapping("/insights/refresh")
    @Audited(action = AuditAction.CONSULTATION, record = "statistics")
    String refresh(RedirectAttributes redirect) {
        StaffPrincipal me = scope.require(CurrentStaff.require());
        if (!me.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts rebuild the figures.");
        }
        readModel.refresh();
        redirect.addFlashAttribute("success", "The figures have been brought up to date.");
        return "redirect:/insights";
    }

    @GetMapping("/insights/return")
    @Audited(action = AuditAction.CONSULTATION, record = "home-office-return")
    String returnPage(@RequestParam Map<String, String> query, Model model) {
        Scope.Request request = filter(query);
        FormErrors errors = request.errors();
        int year = financialYear(request.form(), errors);
        common(model, request);
        model.addAttribute("table", homeOfficeReturn.forYear(request.filter().unit(), year));
        model.addAttribute("years", financialYears());
        model.addAttribute("returnQuery", "unit=" + request.filter().unit().code() + "&year=" + year);
        return "insights/return";
    }

    @GetMapping("/insights/return.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "home-office-return", id = "query")
    void returnCsv(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = returnTable(query);
        download(
                response,
                "text/csv; charset=UTF-8",
                "hate-crime-return-" + table.unit().code() + "-" + table.year() + ".csv");
        StringBuilder csv = new StringBuilder();
        homeOfficeReturn.rows(table).forEach(row -> csv.append(Csv.line(row)));
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/insights/return.ods")
    @Audited(action = AuditAction.DISCLOSURE, record = "home-office-return", id = "query")
    void returnOds(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = returnTable(query);
        download(response, OdsWriter.MIME, "hate-crime-return-" + table.unit().code() + "-" + table.year() + ".ods");
        OdsWriter.write(response.getOutputStream(), "Return " + table.year(), homeOfficeReturn.rows(table));
    }

    @GetMapping("/insights/bias-mapping.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "bias-mapping", id = "query")
    void biasMapping(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
        HomeOfficeReturn.Table table = returnTable(query);
        download(
                response,
                "text/csv; charset=UTF-8",
                "bias-mapping-" + table.unit().code() + "-" + table.year() + ".csv");
        StringBuilder csv = new StringBuilder(Csv.line(List.of(
                "strand",
                "religion_category",
                "nibrs_bias_code",
                "nibrs_group",
                "nibrs_bias",
                "osce_odihr_category",
                "note",
                "recorded_offences")));
        for (HomeOfficeReturn.Mapping m : homeOfficeReturn.biasMapping(table.unit(), table.year())) {
            csv.append(Csv.line(java.util.Arrays.asList(
                    m.strand(),
                    m.religion(),
                    m.nibrsCode(),
                    m.nibrsGroup(),
                    m.nibrsName(),
                    m.osce(),
                    m.note(),
                    m.offences())));
        }
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/insights/export/cases.csv")
    @Audited(action = AuditAction.DISCLOSURE, record = "statistics-export", id = "query")
    void exportCases(@RequestParam Map<String, String> query, HttpServletResponse response) throws IOException {
        Scope.Request request = filter(query);
        if (request.errors().any()) {
            throw new InvalidInput(request.errors().all());
        }
        download(
                response,
                "text/csv; charset=UTF-8",
                "hate-crime-cases-" + request.filter().unit().code() + ".csv");
        try {
            caseExport.write(request.filter(), response.getOutputStream());
        } catch (RuntimeException | IOException interrupted) {
            // Part of the file may have gone out: that is a disclosure too.
            auditLog.record(
                    AuditAction.DISCLOSURE,
                    "statistics-export",
                    query.toString(),
                    null,
                    AuditOutcome.ALLOWED,
                    "interrupted before the end of the file");
            throw interrupted;
        }
    }

    private HomeOfficeReturn.Table returnTable(Map<String, String> query) {
        Scope.Request request = filter(query);
        FormErrors errors = request.errors();
        int year = financialYear(request.form(), errors);
        if (errors.any()) {
            throw new InvalidInput(errors.all());
        }
        return homeOfficeReturn.forYear(request.filter().unit(), year);
    }

    private int financialYear(Map<String, String> form, FormErrors errors) {
        YearMonth now = scope.thisMonth();
        int current = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        String value = form.getOrDefault("year", "").trim();
        if (value.isEmpty()) {
            form.put("year", String.valueOf(current));
            return current;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= 1990 && year <= current) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add("year", "Select a financial year from the list");
        form.put("year", String.valueOf(current));
        return current;
    }

    private List<Integer> financialYears() {
        YearMonth now = scope.thisMonth();
        int current = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        return java.util.stream.IntStream.rangeClosed(0, 9)
                .mapToObj(i -> current - i)
                .toList();
    }

    private static void download(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
    }

    // Open data

    @GetMapping("/insights/open-data")
    @Audited(action = AuditAction.CONSULTATION, record = "open-data")
    String openDataPage(@RequestParam Map<String, String> query, Model model) {
        StaffPrincipal me = analyst();
        YearMonth last = scope.thisMonth().minusMonths(1);
        Map<String, String> q = new HashMap<>(query);
        q.put("unit", scope.home(me).code());
        Scope.Request request = scope.read(me, q, last.minusMonths(11), last);
        if (!request.errors().has("from") && !request.errors().has("to")) {
            Scope.fill(request.form(), "from", request.filter().from());
            Scope.fill(request.form(), "to", request.filter().to());
        }
        if (!request.errors().any() && request.filter().months() > 36) {
            request.errors().add("from", "Publish at most 36 months at a time");
        }
        common(model, request);
        model.addAttribute(
                "tables",
                request.errors().any()
                        ? List.of()
                        : openData.prepare(
                                request.filter().unit(),
                                request.filter().from(),
                                request.filter().to()));
        model.addAttribute("latest", openData.latest().orElse(null));
        return "insights/open-data";
    }

    @PostMapping("/insights/open-data")
    @Audited(action = AuditAction.DISCLOSURE, record = "open-data")
    String publish(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = analyst();
        YearMonth last = scope.thisMonth().minusMonths(1);
        Map<String, String> q = new HashMap<>(form);
        q.put("unit", scope.home(me).code());
        Scope.Request request = scope.read(me, q, last.minusMonths(11), last);
        if (!request.errors().any() && request.filter().months() > 36) {
            request.errors().add("from", "Publish at most 36 months at a time");
        }
        if (request.errors().any()) {
            return openDataPage(form, model);
        }
        openData.publish(
                request.filter().unit(),
                request.filter().from(),
                request.filter().to(),
                me.getUsername());
        redirect.addFlashAttribute("success", "Published. The tables are on the public statistics page.");
        return "redirect:/insights/open-data";
    }

    private StaffPrincipal analyst() {
        StaffPrincipal me = scope.require(CurrentStaff.require());
        if (!me.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts publish open data.");
        }
        return me;
    }

    // Data quality

    @GetMapping("/insights/quality")
    @Audited(action = AuditAction.CONSULTATION, record = "data-quality")
    String qualityPage(@RequestParam Map<String, String> query, Model model) {
        Scope.Request request = filter(query);
        common(model, request);
        model.addAttribute("audit", quality.audit(request.filter()));
        model.addAttribute("checks", quality.checks(units.visibleTo(CurrentStaff.require())));
        return "insights/quality";
    }

    @PostMapping("/insights/quality/dip-checks")
    @Audited(action = AuditAction.COLLECTION, record = "dip-check")
    String drawSample(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Scope.Request request = filter(form);
        if (request.errors().any()) {
            return qualityPage(form, model);
        }
        return quality.draw(request.filter(), CurrentStaff.require().getUsername())
                .map(id -> "redirect:/insights/quality/dip-checks/" + id)
                .orElseGet(() -> {
                    redirect.addFlashAttribute(
                            "success", "There are no recorded crimes to sample in that unit and period.");
                    return "redirect:/insights/quality?" + queryString(request.form());
                });
    }

    @GetMapping("/insights/quality/dip-checks/{id}")
    @Audited(action = AuditAction.CONSULTATION, record = "dip-check", id = "id")
    String dipCheck(@PathVariable long id, Model model) {
        StaffPrincipal me = scope.require(CurrentStaff.require());
        Set<Long> visible = units.visibleTo(me);
        Quality.DipCheck check =
                quality.check(id, visible).orElseThrow(() -> new org.reassure.platform.NotFound("No such dip check"));
        model.addAttribute("check", check);
        model.addAttribute("sample", quality.sample(id));
        model.addAttribute("verdicts", Quality.VERDICTS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("asAt", readModel.asAt().orElse(null));
        return "insights/dip-check";
    }

    @PostMapping("/insights/quality/dip-checks/{id}")
    @Audited(action = AuditAction.ALTERATION, record = "dip-check", id = "id")
    String recordVerdict(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        StaffPrincipal me = scope.require(CurrentStaff.require());
        quality.check(id, units.visibleTo(me))
                .orElseThrow(() -> new org.reassure.platform.NotFound("No such dip check"));
        String reference = form.getOrDefault("reference", "");
        try {
            quality.verdict(id, reference, form.get("verdict"), form.get("note"), me.getUsername());
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", FormErrors.of(invalid));
            model.addAttribute("failedReference", reference);
            model.addAttribute("failedNote", form.getOrDefault("note", ""));
            return dipCheck(id, model);
        }
        redirect.addFlashAttribute("success", "Verdict recorded for " + reference + ".");
        return "redirect:/insights/quality/dip-checks/" + id;
    }
}
