package org.reassure.trials.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.reassure.audit.AuditAction;
import org.reassure.audit.Audited;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.NotFound;
import org.reassure.trials.internal.Arm;
import org.reassure.trials.internal.Enrolments;

/**
 * The trial enrolments on the staff API. An arm is given only for a case already enrolled: a case not (yet)
 * enrolled is 404, whatever the sequence holds for the next case of its stratum.
 */
@RestController
@RequestMapping("/api/v1/trials")
@PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
@Tag(name = "Trials", description = "Enrolled cases and their arms. Analysts and supervisors only.")
class TrialsApiController {

    private final Enrolments enrolments;

    TrialsApiController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    record EnrolmentJson(String reference, String arm, Instant enrolledAt, String stratum) {
        static EnrolmentJson of(Enrolments.Enrolment enrolment) {
            return new EnrolmentJson(
                    enrolment.caseReference(), enrolment.arm().name(), enrolment.enrolledAt(), enrolment.stratum());
        }
    }

    record ArmJson(String reference, String arm) {}

    @GetMapping("/{id}/enrolments")
    @Operation(summary = "The cases enrolled in a trial, with their arms")
    @Audited(action = AuditAction.CONSULTATION, record = "trial-enrolments", id = "id")
    List<EnrolmentJson> enrolled(@PathVariable long id) {
        return enrolments.forTrial(CurrentStaff.require(), id).stream()
                .map(EnrolmentJson::of)
                .toList();
    }

    @GetMapping("/{id}/enrolments/{reference}")
    @Operation(summary = "The arm of one enrolled case; 404 when the case is not enrolled")
    @Audited(action = AuditAction.CONSULTATION, record = "trial-enrolment", id = "reference")
    ArmJson arm(@PathVariable long id, @PathVariable String reference) {
        Arm arm = enrolments
                .armOf(CurrentStaff.require(), id, reference)
                .orElseThrow(() ->
                        new NotFound("trials.api.notEnrolled", reference.trim().toUpperCase(), String.valueOf(id)));
        return new ArmJson(reference.trim().toUpperCase(), arm.name());
    }
}
