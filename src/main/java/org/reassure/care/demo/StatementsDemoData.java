package org.reassure.care.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.care.internal.Statement;
import org.reassure.care.internal.Statements;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;

/**
 * Statements for a demo case in Hounslow whose needs were assessed: a personal statement in two versions and a
 * community impact statement. Runs after the needs assessments (order 41).
 */
@Component
class StatementsDemoData implements DemoData {

    private final Cases cases;
    private final Units units;
    private final Statements statements;
    private final Clock clock;

    StatementsDemoData(Cases cases, Units units, Statements statements, Clock clock) {
        this.cases = cases;
        this.units = units;
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 43;
    }

    @Override
    public void load() {
        Set<Long> hounslow = units.subtree(units.findByCode("HNS").orElseThrow().id());
        List<CaseFacts> assessed = cases.allFacts().stream()
                .filter(f -> f.status() != CaseStatus.REPORTED && f.status() != CaseStatus.CLOSED)
                .toList();
        if (assessed.isEmpty()) {
            return;
        }
        statementsFor(assessed.stream()
                .filter(f -> hounslow.contains(f.unitId()))
                .findFirst()
                .orElse(assessed.get(0)));
    }

    /** A personal statement taken soon after the report and added to later, and a community impact statement. */
    private void statementsFor(CaseFacts facts) {
        LocalDate received = facts.receivedAt().atZone(Formats.UK).toLocalDate();
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        LocalDate first = received.plusDays(2).isAfter(today) ? today : received.plusDays(2);
        LocalDate second = received.plusDays(20).isAfter(today) ? today : received.plusDays(20);
        String words =
                "Since the abuse outside the shop I no longer walk home on my own. I feel watched in my own street.";
        statements.record(
                facts.reference(),
                new Statement.Draft(
                        Statement.Kind.VICTIM_PERSONAL,
                        words,
                        "PC Tom Okafor",
                        first,
                        Statement.ReadAloud.READ_FOR_VICTIM),
                "investigator");
        statements.record(
                facts.reference(),
                new Statement.Draft(
                        Statement.Kind.VICTIM_PERSONAL,
                        words
                                + " My children have started to ask why we take a taxi to school. I would like to read this to the court myself.",
                        "PC Tom Okafor",
                        second,
                        Statement.ReadAloud.VICTIM_READS),
                "investigator");
        statements.record(
                facts.reference(),
                new Statement.Draft(
                        Statement.Kind.COMMUNITY_IMPACT,
                        "Members of the local Polish community centre say families now avoid the high street in the evening.",
                        "PS Dana Whitfield",
                        second,
                        null),
                "supervisor");
    }
}
