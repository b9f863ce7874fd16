package org.reassure.casework.internal;

import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;

/**
 * The rules of an allocation: a unit the supervisor works in or above, an active officer who handles cases and
 * works in that unit, and a reason when the case is allocated already.
 */
public final class AllocationChecks {

    /** The unit and officer an acceptable allocation names. */
    public record Allocation(Unit unit, StaffAccount officer) {}

    private final Units units;
    private final StaffAccounts accounts;

    public AllocationChecks(Units units, StaffAccounts accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    public Allocation check(
            StaffPrincipal person, String unitCode, String officerUsername, String reason, boolean reallocation) {
        FormErrors errors = new FormErrors();
        Unit unit = null;
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "casework.problem.unitMissing");
        } else {
            unit = units.findByCode(unitCode).orElse(null);
            if (unit == null) {
                errors.add(
                        "unit", "casework.problem.noSuchUnit", unitCode.trim().toUpperCase());
            } else if (!units.visibleTo(person).contains(unit.id())) {
                errors.add("unit", "casework.problem.unitNotYours");
            }
        }
        StaffAccount officer = null;
        if (officerUsername == null || officerUsername.isBlank()) {
            errors.add("officer", "casework.problem.officerMissing");
        } else {
            officer = accounts.findByUsername(officerUsername).orElse(null);
            if (officer == null || !officer.enabled()) {
                errors.add("officer", "casework.problem.noSuchOfficer", officerUsername.trim());
            } else if (officer.roles().stream().noneMatch(CaseRules.ALLOCATABLE::contains)) {
                errors.add("officer", "casework.problem.officerCannotHandle", officer.displayName());
            } else if (unit != null
                    && (officer.unitId() == null || !units.subtree(unit.id()).contains(officer.unitId()))) {
                errors.add("officer", "casework.problem.officerNotInUnit", officer.displayName(), unit.name());
            }
        }
        if (reallocation && CaseRules.blankToNull(reason) == null) {
            errors.add("reason", "casework.problem.reallocationReasonMissing");
        }
        errors.throwIfAny();
        return new Allocation(unit, officer);
    }
}
