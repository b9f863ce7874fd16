package org.reassure.care.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.reporting.DemoTracking;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;

/**
 * Satisfaction survey answers on about half the finished demo cases in Hounslow and Newham, taken in survey calls by
 * the force contact centre (the call handler) a few weeks after the case finished: most victims satisfied, some not,
 * a few with comments. Ealing's finished cases are answered by the trial's demo data, by arm. The {@link DemoTracking} case is left
 * unanswered so that "track my report" asks.
 */
@Component
class SatisfactionDemoData implements DemoData {

    static final List<String> COMMENTS = List.of(
            "The officer rang back when she said she would, and explained everything.",
            "I waited a long time to hear anything after I first reported it.",
            "Being kept up to date made me feel it was worth reporting.",
            "Nobody explained why nothing more could be done.",
            "The neighbourhood officer who visited made me feel safer going out.");

    private final Cases cases;
    private final VictimSatisfaction satisfaction;
    private final Units units;
    private final Clock clock;

    SatisfactionDemoData(Cases cases, VictimSatisfaction satisfaction, Units units, Clock clock) {
        this.cases = cases;
        this.satisfaction = satisfaction;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 42;
    }

    @Override
    public void load() {
        Random random = new Random(42);
        Set<Long> ealing = units.subtree(units.findByCode("EAL").orElseThrow().id());
        Instant now = clock.instant();
        for (CaseFacts facts : cases.allFacts()) {
            boolean finished = facts.status() == CaseStatus.FINALISED || facts.status() == CaseStatus.CLOSED;
            if (!finished
                    || ealing.contains(facts.unitId())
                    || DemoTracking.REFERENCE.equals(facts.reference())
                    || random.nextInt(2) == 0) {
                continue;
            }
            answer(
                    satisfaction,
                    facts.reference(),
                    random.nextDouble() < 0.7,
                    random,
                    "callhandler",
                    latest(facts.receivedAt().plus(Duration.ofDays(30 + random.nextInt(20))), now));
        }
    }

    private static Instant latest(Instant wanted, Instant now) {
        return wanted.isBefore(now) ? wanted : now.minus(Duration.ofHours(1));
    }

    /** One set of survey answers: satisfied or not overall, the other questions close to it, a comment now and then. */
    static void answer(
            VictimSatisfaction satisfaction,
            String reference,
            boolean satisfied,
            Random random,
            String by,
            Instant at) {
        Satisfaction overall = satisfied
                ? pick(
                        random,
                        Satisfaction.COMPLETELY_SATISFIED,
                        Satisfaction.VERY_SATISFIED,
                        Satisfaction.FAIRLY_SATISFIED)
                : pick(
                        random,
                        Satisfaction.NEITHER,
                        Satisfaction.FAIRLY_DISSATISFIED,
                        Satisfaction.VERY_DISSATISFIED,
                        Satisfaction.COMPLETELY_DISSATISFIED);
        Satisfaction informed = random.nextInt(5) == 0 ? null : near(overall, random);
        Satisfaction treated = random.nextInt(5) == 0 ? null : near(overall, random);
        String comment = random.nextInt(3) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
        VictimSatisfaction.Respondent respondent = random.nextInt(10) == 0
                ? VictimSatisfaction.Respondent.ON_BEHALF
                : VictimSatisfaction.Respondent.VICTIM;
        satisfaction.recordBySurvey(
                reference,
                new VictimSatisfaction.Given(
                        overall.name(),
                        informed == null ? null : informed.name(),
                        treated == null ? null : treated.name(),
                        comment),
                respondent,
                random.nextInt(6) == 0 ? VictimSatisfaction.Channel.IN_PERSON : VictimSatisfaction.Channel.TELEPHONE,
                by,
                at);
    }

    private static Satisfaction near(Satisfaction answer, Random random) {
        Satisfaction[] scale = Satisfaction.values();
        int index = Math.max(0, Math.min(scale.length - 1, answer.ordinal() + random.nextInt(3) - 1));
        return scale[index];
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
