package org.reassure.casework.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseFilter;
import org.reassure.casework.CasePage;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.ReportAnswers;
import org.reassure.reporting.Reports;

/** {@code /api/v1/cases}: the cases the caller may see, and one case in full. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Cases the caller's units may see. Every call is audited.")
class CasesApiController {

    static final int API_PAGE_SIZE = 200;

    private final Cases cases;
    private final Reports reports;

    CasesApiController(Cases cases, @Lazy Reports reports) {
        this.cases = cases;
        this.reports = reports;
    }

    record CaseListItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reference,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant receivedAt,

            String unit,
            List<String> strands) {}

    @GetMapping
    @Operation(
            summary = "Cases the caller may see, newest first, 200 a page; X-Total-Count gives the number that matched")
    @Audited(action = AuditAction.CONSULTATION, record = "case-list")
    ResponseEntity<List<CaseListItem>> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "1") int page) {
        CaseStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            try {
                statusFilter = CaseStatus.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput("status", "casework.problem.statusValue", Arrays.toString(CaseStatus.values()));
            }
        }
        if (page < 1) {
            throw new InvalidInput("page", "casework.problem.pageValue");
        }
        CasePage result =
                cases.visibleTo(CurrentStaff.require(), new CaseFilter(statusFilter, unit, null), page, API_PAGE_SIZE);
        List<CaseListItem> items = result.cases().stream()
                .map(c -> new CaseListItem(c.reference(), c.status().name(), c.receivedAt(), c.unitCode(), c.strands()))
                .toList();
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(result.total()))
                .body(items);
    }

    /** A case in full with every answer of the report it came from ({@code report}: null for a case not reported). */
    record CaseInFull(@JsonUnwrapped CaseDetail detail, ReportAnswers report) {}

    @GetMapping("/{reference}")
    @Operation(
            summary = "One case in full, with every answer of the report as given; a restricted case needs"
                    + " X-Justification")
    @Audited(action = AuditAction.CONSULTATION, record = "case", id = "reference")
    CaseInFull one(
            @PathVariable String reference,
            @Parameter(description = "Why you are looking at this case; required for restricted cases")
                    @RequestHeader(name = "X-Justification", required = false)
                    String justification) {
        CaseDetail detail = cases.view(CurrentStaff.require(), reference, justification);
        return new CaseInFull(detail, reports.answers(detail.reference()).orElse(null));
    }
}
