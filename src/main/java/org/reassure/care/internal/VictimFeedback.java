package org.reassure.care.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.VictimSatisfaction;

/**
 * What victims told us: the satisfaction survey's answers on the cases of a unit and the units below it, for
 * supervisors and analysts to learn from and to call back victims who were not satisfied. Witnesses' answers are
 * shown and marked, but not counted as victims' satisfaction.
 */
@Service
public class VictimFeedback {

    /** At most this many answers are listed for one period: enough for a borough's quarter. */
    static final int LIMIT = 500;

    public record Row(VictimSatisfaction.Answers answers, String unitName) {}

    /** The answers listed, and how many of the victims' own answers were satisfied. */
    public record Feedback(
            Unit unit,
            LocalDate from,
            LocalDate to,
            boolean onlyNotSatisfied,
            List<Row> rows,
            long victimsAnswered,
            long victimsSatisfied,
            boolean limited) {

        public long percentSatisfied() {
            return victimsAnswered == 0 ? 0 : Math.round(100.0 * victimsSatisfied / victimsAnswered);
        }
    }

    private final VictimSatisfaction satisfaction;
    private final CaseProfiles profiles;
    private final Units units;

    VictimFeedback(VictimSatisfaction satisfaction, CaseProfiles profiles, Units units) {
        this.satisfaction = satisfaction;
        this.profiles = profiles;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Feedback forUnit(
            StaffPrincipal person, String unitCode, LocalDate from, LocalDate to, boolean onlyNotSatisfied) {
        if (!person.hasRole(Role.SUPERVISOR) && !person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("What victims told us is for supervisors and analysts.");
        }
        Unit unit = unitCode == null || unitCode.isBlank()
                ? units.findById(person.unitId()).orElseThrow()
                : units.findByCode(unitCode)
                        .orElseThrow(() -> new InvalidInput("unit", "care.problem.noUnit", unitCode));
        if (!units.visibleTo(person).contains(unit.id())) {
            throw new AccessDeniedException("You do not work in unit " + unit.code());
        }
        Set<Long> scope = units.subtree(unit.id());
        // The units in scope by code, and each answered case's unit in one query.
        Map<String, String> namesInScope = units.all().stream()
                .filter(u -> scope.contains(u.id()))
                .collect(Collectors.toMap(Unit::code, Unit::name));
        List<VictimSatisfaction.Answers> given = satisfaction.answeredBetween(
                from.atStartOfDay(Formats.UK).toInstant(),
                to.plusDays(1).atStartOfDay(Formats.UK).toInstant().minusNanos(1000),
                LIMIT);
        Map<String, String> unitOfCase =
                profiles
                        .of(given.stream()
                                .map(VictimSatisfaction.Answers::caseReference)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CaseProfile::reference, CaseProfile::unitCode));
        List<Row> inScope = given.stream()
                .filter(answers -> namesInScope.containsKey(unitOfCase.get(answers.caseReference())))
                .map(answers -> new Row(answers, namesInScope.get(unitOfCase.get(answers.caseReference()))))
                .toList();
        List<Row> victims = inScope.stream()
                .filter(row -> row.answers().respondent().speaksForVictim())
                .toList();
        long satisfied =
                victims.stream().filter(row -> row.answers().satisfied()).count();
        List<Row> shown = onlyNotSatisfied
                ? inScope.stream().filter(row -> !row.answers().satisfied()).toList()
                : inScope;
        return new Feedback(unit, from, to, onlyNotSatisfied, shown, victims.size(), satisfied, given.size() == LIMIT);
    }
}
