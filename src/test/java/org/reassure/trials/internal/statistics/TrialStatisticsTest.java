package org.reassure.trials.internal.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every statistic against R 4 and survival 3 (Debian r-base-core, r-cran-survival), to six significant
 * figures. The data sets are survival's public {@code aml}, {@code veteran} and {@code lung}, written out by
 * <pre>
 * library(survival); options(digits = 12)
 * write.csv(data.frame(time = aml$time, event = aml$status,
 *     arm = ifelse(aml$x == "Maintained", "treatment", "control")), "aml.csv", row.names = FALSE, quote = FALSE)
 * write.csv(data.frame(time = veteran$time, event = veteran$status,
 *     arm = ifelse(veteran$trt == 2, "treatment", "control")), "veteran.csv", row.names = FALSE, quote = FALSE)
 * write.csv(data.frame(time = lung$time, event = lung$status - 1,
 *     arm = ifelse(lung$sex == 2, "treatment", "control")), "lung.csv", row.names = FALSE, quote = FALSE)
 * </pre>
 * and each read back with {@code d <- read.csv(f); d$arm <- factor(d$arm, levels = c("control", "treatment"))}.
 * aml and veteran have tied event times, so the Cox figures test Efron's method.
 */
class TrialStatisticsTest {

    /** Six significant figures: R printed twelve. */
    private static void same(double actual, double r) {
        assertThat(actual).isCloseTo(r, within(Math.abs(r) * 1e-6));
    }

    private static void same(Double actual, double r) {
        assertThat(actual).isNotNull();
        same(actual.doubleValue(), r);
    }

    static List<Observation> dataSet(String name) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TrialStatisticsTest.class.getResourceAsStream("/trials/" + name + ".csv")),
                StandardCharsets.UTF_8))) {
            return ObservationsCsv.read(reader);
        }
    }

    @Test
    void aml_cox_with_efron_ties_equals_coxph() throws IOException {
        // fit <- coxph(Surv(time, event) ~ arm, data = d); s <- summary(fit)
        // coef(fit); sqrt(vcov(fit)); exp(coef(fit)); s$conf.int[1, 3:4]; s$coefficients[1, 5]; fit$loglik[2]
        CoxModel cox = TrialAnalysis.of(dataSet("aml")).cox();
        same(cox.beta(), -0.915532575015);
        same(cox.standardError(), 0.511934275172);
        same(cox.hazardRatio(), 0.400303377733);
        same(cox.lower(), 0.146767538182);
        same(cox.upper(), 1.09181359999);
        same(cox.p(), 0.073714860639);
        same(cox.logLikelihood(), -41.0326155965);
    }

    @Test
    void veteran_and_lung_cox_equal_coxph() throws IOException {
        CoxModel veteran = TrialAnalysis.of(dataSet("veteran")).cox();
        same(veteran.beta(), 0.0177425695187);
        same(veteran.standardError(), 0.180661012288);
        same(veteran.hazardRatio(), 1.01790090394);
        same(veteran.lower(), 0.714375526107);
        same(veteran.upper(), 1.45038878345);
        same(veteran.p(), 0.921766194685);
        same(veteran.logLikelihood(), -505.444233229);

        CoxModel lung = TrialAnalysis.of(dataSet("lung")).cox();
        same(lung.hazardRatio(), 0.588002818564);
        same(lung.lower(), 0.423717830354);
        same(lung.upper(), 0.815984813171);
        same(lung.p(), 0.00149122920488);
        same(lung.logLikelihood(), -744.592999025);
    }

    @Test
    void log_rank_equals_survdiff() throws IOException {
        // sd <- survdiff(Surv(time, event) ~ arm, data = d); sd$chisq; pchisq(sd$chisq, 1, lower.tail = FALSE); sd$exp
        LogRank aml = TrialAnalysis.of(dataSet("aml")).logRank();
        same(aml.chiSquare(), 3.39638869898);
        same(aml.p(), 0.0653393220405);
        same(aml.expectedControl(), 7.3106640077);
        same(aml.expectedTreatment(), 10.6893359923);
        assertThat(aml.observedControl()).isEqualTo(11);
        assertThat(aml.observedTreatment()).isEqualTo(7);

        LogRank veteran = TrialAnalysis.of(dataSet("veteran")).logRank();
        same(veteran.chiSquare(), 0.00822734320235);
        same(veteran.p(), 0.92772723334);
        same(veteran.expectedControl(), 64.5001966636);

        LogRank lung = TrialAnalysis.of(dataSet("lung")).logRank();
        same(lung.chiSquare(), 10.3267419549);
        same(lung.p(), 0.00131116452036);
        same(lung.expectedTreatment(), 73.4182609704);
    }

    @Test
    void kaplan_meier_with_greenwood_log_intervals_equals_survfit() throws IOException {
        // k1 <- survfit(Surv(time, event) ~ 1, data = d[d$arm == "control", ])
        // cbind(k1$time, k1$surv, k1$std.err, k1$lower, k1$upper)
        KaplanMeier control = TrialAnalysis.of(dataSet("aml")).control();
        assertThat(control.steps())
                .extracting(KaplanMeier.Step::time)
                .containsExactly(5.0, 8.0, 12.0, 16.0, 23.0, 27.0, 30.0, 33.0, 43.0, 45.0);
        KaplanMeier.Step third = control.steps().get(2);
        assertThat(third.atRisk()).isEqualTo(8);
        same(third.survival(), 0.5833333333333);
        same(third.standardError(), 0.243975018237);
        same(third.lower(), 0.3616137052104);
        same(third.upper(), 0.940998012174);
        KaplanMeier.Step first = control.steps().get(0);
        same(first.lower(), 0.6470369870134);
        assertThat(first.upper()).isEqualTo(1.0); // survfit caps the log interval at 1
        KaplanMeier.Step ninth = control.steps().get(8);
        same(ninth.survival(), 0.0972222222222);
        same(ninth.standardError(), 0.944911182523);
        same(ninth.lower(), 0.0152565271709);
        same(ninth.upper(), 0.619548629119);
        KaplanMeier.Step last = control.steps().get(9);
        assertThat(last.survival()).isZero();
        assertThat(last.lower()).isNull(); // R: NA
        assertThat(last.upper()).isNull();

        // k2 <- survfit(Surv(time, event) ~ 1, data = d[d$arm == "treatment", ]) on veteran; the 12th row
        KaplanMeier.Step twelfth =
                TrialAnalysis.of(dataSet("veteran")).treatment().steps().get(11);
        assertThat(twelfth.time()).isEqualTo(25.0);
        same(twelfth.survival(), 0.705882352941);
        same(twelfth.standardError(), 0.0782780363856);
        same(twelfth.lower(), 0.605482979407);
        same(twelfth.upper(), 0.822929649785);
    }

    @Test
    void medians_follow_r_including_the_midpoint_of_a_flat_half() throws IOException {
        // km <- survfit(Surv(time, event) ~ arm, data = d); summary(km)$table[, "median"]
        TrialAnalysis aml = TrialAnalysis.of(dataSet("aml"));
        assertThat(aml.control().median()).isEqualTo(23.0);
        assertThat(aml.treatment().median()).isEqualTo(31.0);
        TrialAnalysis veteran = TrialAnalysis.of(dataSet("veteran"));
        assertThat(veteran.control().median()).isEqualTo(103.0);
        assertThat(veteran.treatment().median()).isEqualTo(52.5); // S(t) = 0.5 exactly between 51 and 54
        TrialAnalysis lung = TrialAnalysis.of(dataSet("lung"));
        assertThat(lung.control().median()).isEqualTo(270.0);
        assertThat(lung.treatment().median()).isEqualTo(426.0);
    }

    @Test
    void median_not_reached_is_null() {
        // survfit(Surv(c(1, 2, 3, 4), c(1, 0, 0, 0)) ~ 1): median NA
        KaplanMeier curve = KaplanMeier.of(List.of(
                new Observation(1, true, false),
                new Observation(2, false, false),
                new Observation(3, false, false),
                new Observation(4, false, false)));
        assertThat(curve.median()).isNull();
    }

    @Test
    void risks_compare_by_the_log_method_as_computed_in_r() throws IOException {
        // n <- table(d$arm); e <- tapply(d$event, d$arm, sum); r0 <- e[1]/n[1]; r1 <- e[2]/n[2]; rr <- r1/r0
        // se <- sqrt(1/e[2] - 1/n[2] + 1/e[1] - 1/n[1]); exp(log(rr) + c(-1, 1) * qnorm(0.975) * se)
        // rd <- r1 - r0; rd + c(-1, 1) * qnorm(0.975) * sqrt(r1*(1-r1)/n[2] + r0*(1-r0)/n[1]); 1 - rr; 1/abs(rd)
        RiskComparison aml = TrialAnalysis.of(dataSet("aml")).risks();
        assertThat(List.of(aml.controlCases(), aml.controlEvents(), aml.treatmentCases(), aml.treatmentEvents()))
                .containsExactly(12, 11, 11, 7);
        same(aml.riskRatio(), 0.694214876033);
        same(aml.riskRatioLower(), 0.430350194631);
        same(aml.riskRatioUpper(), 1.11986540292);
        same(aml.riskDifference(), -0.280303030303);
        same(aml.riskDifferenceLower(), -0.604749924651);
        same(aml.riskDifferenceUpper(), 0.0441438640448);
        same(aml.relativeRiskReduction(), 0.305785123967);
        same(aml.numberNeededToTreat(), 3.56756756757);

        RiskComparison lung = TrialAnalysis.of(dataSet("lung")).risks();
        same(lung.riskRatio(), 0.725595238095);
        same(lung.riskRatioLower(), 0.59978598656);
        same(lung.riskRatioUpper(), 0.877793848712);
        same(lung.riskDifferenceLower(), -0.343494173417);
        same(lung.riskDifferenceUpper(), -0.101916454602);
        same(lung.numberNeededToTreat(), 4.49023861171);

        RiskComparison veteran = TrialAnalysis.of(dataSet("veteran")).risks();
        same(veteran.riskRatio(), 1.01470588235);
        same(veteran.relativeRiskReduction(), -0.0147058823529);
        same(veteran.numberNeededToTreat(), 73.3125);
    }

    @Test
    void power_and_sample_size_equal_power_prop_test() {
        // power.prop.test(p1 = 0.31, p2 = 0.24, power = 0.8)$n  (uniroot: R's n is good to about 1e-4)
        assertThat(TwoProportionsPower.casesPerArm(0.31, 0.24, 0.05, 0.8)).isCloseTo(637.542406647, within(1e-3));
        // power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9, sig.level = 0.01)$n
        assertThat(TwoProportionsPower.casesPerArm(0.5, 0.75, 0.01, 0.9)).isCloseTo(109.095229014, within(1e-3));
        // power.prop.test(n = 125, p1 = 0.31, p2 = 0.24)$power
        same(TwoProportionsPower.power(125, 0.31, 0.24, 0.05), 0.234897372952);
        // power.prop.test(n = 50, p1 = 0.5, p2 = 0.75)$power
        same(TwoProportionsPower.power(50, 0.5, 0.75, 0.05), 0.740165901331);
    }

    @Test
    void power_with_an_unequal_allocation_ratio_reduces_to_power_prop_test_and_matches_the_z_test_it_describes() {
        // Equal arms: exactly power.prop.test (values above).
        same(TwoProportionsPower.power(125, 125, 0.31, 0.24, 0.05), 0.234897372952);
        same(TwoProportionsPower.power(50, 50, 0.5, 0.75, 0.05), 0.740165901331);
        // 1 : 1 in blocks: ceiling(power.prop.test(p1 = 0.31, p2 = 0.24, power = 0.8)$n) = 638 a side.
        assertThat(TwoProportionsPower.blocksFor(1, 1, 0.31, 0.24, 0.05, 0.8)).isEqualTo(638);
        // 2 : 1 needs more cases in all than 1 : 1 for the same power, and the blocks found are the fewest that reach
        // it.
        long blocks = TwoProportionsPower.blocksFor(2, 1, 0.31, 0.24, 0.05, 0.8);
        assertThat(3 * blocks).isGreaterThan(2 * 638);
        assertThat(TwoProportionsPower.power(2.0 * blocks, blocks, 0.31, 0.24, 0.05))
                .isGreaterThanOrEqualTo(0.8);
        assertThat(TwoProportionsPower.power(2.0 * (blocks - 1), blocks - 1, 0.31, 0.24, 0.05))
                .isLessThan(0.8);
        // The share of simulated trials (400 with usual care at 31%, 200 with SRC at 22%) in which the two-sided pooled
        // z-test rejects at 0.05 is the power the formula gives, within simulation and approximation error.
        Random random = new Random(2026);
        int trials = 20_000;
        int rejected = 0;
        for (int t = 0; t < trials; t++) {
            int a = 0;
            int b = 0;
            for (int i = 0; i < 400; i++) {
                a += random.nextDouble() < 0.31 ? 1 : 0;
            }
            for (int i = 0; i < 200; i++) {
                b += random.nextDouble() < 0.22 ? 1 : 0;
            }
            double pooled = (a + b) / 600.0;
            double z = (a / 400.0 - b / 200.0) / Math.sqrt(pooled * (1 - pooled) * (1 / 400.0 + 1 / 200.0));
            rejected += Math.abs(z) > 1.959963984540054 ? 1 : 0;
        }
        assertThat((double) rejected / trials)
                .isCloseTo(TwoProportionsPower.power(400, 200, 0.31, 0.22, 0.05), within(0.02));
    }

    @Test
    void all_events_in_one_arm_leaves_the_hazard_ratio_unestimated() {
        // coxph warns "Loglik converged before variable 1; coefficient may be infinite"
        List<Observation> data = List.of(
                new Observation(1, true, false),
                new Observation(2, true, false),
                new Observation(3, false, true),
                new Observation(4, false, true));
        TrialAnalysis analysis = TrialAnalysis.of(data);
        assertThat(analysis.cox()).isNull();
        assertThat(analysis.risks().riskRatio()).isZero();
        assertThat(analysis.risks().riskRatioLower()).isNull();
    }

    @Test
    void unusable_data_is_refused_with_the_row_and_reason() {
        assertThatThrownBy(() -> read("time,arm\n1,control\n")).hasMessageContaining("no column event");
        assertThatThrownBy(() -> read("time,event,arm\n1,1,control\n-2,0,treatment\n"))
                .hasMessageContaining("Row 3")
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> read("time,event,arm\n1,1,placebo\n"))
                .hasMessageContaining("Row 2")
                .hasMessageContaining("placebo");
        assertThatThrownBy(() -> TrialAnalysis.of(List.of(new Observation(1, true, false))))
                .hasMessageContaining("treatment arm has no cases");
        assertThatThrownBy(() ->
                        TrialAnalysis.of(List.of(new Observation(1, false, false), new Observation(1, false, true))))
                .hasMessageContaining("no events");
    }

    private static List<Observation> read(String csv) throws IOException {
        return ObservationsCsv.read(new BufferedReader(new StringReader(csv)));
    }
}
