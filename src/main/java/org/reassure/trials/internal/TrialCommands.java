package org.reassure.trials.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.trials.internal.statistics.Observation;
import org.reassure.trials.internal.statistics.ObservationsCsv;
import org.reassure.trials.internal.statistics.TrialAnalysis;

/** The {@code trial} commands of the command line. */
final class TrialCommands {

    private TrialCommands() {}

    @Component
    @Command(
            name = "analyse",
            mixinStandardHelpOptions = true,
            description =
                    "Analyses a two-arm trial from a CSV file of time,event,arm rows and prints the statistics as JSON.")
    static class Analyse implements CliCommand {

        @Option(
                names = "--csv",
                required = true,
                description = "CSV file with a header row time,event,arm; arm is control or treatment")
        Path csv;

        private final JsonMapper json;

        Analyse(JsonMapper json) {
            this.json = json;
        }

        @Override
        public String group() {
            return "trial";
        }

        @Override
        public Integer call() {
            List<Observation> observations = read(csv);
            TrialAnalysis analysis;
            try {
                analysis = TrialAnalysis.of(observations);
            } catch (IllegalArgumentException unusable) {
                throw new CommandFailure("--csv: cannot analyse " + csv + ": " + unusable.getMessage());
            }
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(AnalysisJson.of(analysis)));
            return 0;
        }

        private static List<Observation> read(Path file) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return ObservationsCsv.read(reader);
            } catch (ObservationsCsv.Unusable unusable) {
                throw new CommandFailure("--csv: " + file + ": " + unusable.getMessage());
            } catch (NoSuchFileException missing) {
                throw new CommandFailure("--csv: there is no file " + file);
            } catch (MalformedInputException notText) {
                throw new CommandFailure("--csv: " + file + " is not a UTF-8 text file");
            } catch (IOException unreadable) {
                throw new CommandFailure("--csv: cannot read " + file + " ("
                        + unreadable.getClass().getSimpleName() + ")");
            }
        }
    }

    /** The analysis as the flat JSON object of api.md; a figure that cannot be estimated is null. */
    static final class AnalysisJson {

        private AnalysisJson() {}

        static Map<String, Object> of(TrialAnalysis analysis) {
            var risks = analysis.risks();
            var cox = analysis.cox();
            var logRank = analysis.logRank();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("n_control", risks.controlCases());
            out.put("n_treatment", risks.treatmentCases());
            out.put("events_control", risks.controlEvents());
            out.put("events_treatment", risks.treatmentEvents());
            out.put("risk_control", risks.controlRisk());
            out.put("risk_treatment", risks.treatmentRisk());
            out.put("risk_ratio", risks.riskRatio());
            out.put("rr_lower", risks.riskRatioLower());
            out.put("rr_upper", risks.riskRatioUpper());
            out.put("risk_difference", risks.riskDifference());
            out.put("rd_lower", risks.riskDifferenceLower());
            out.put("rd_upper", risks.riskDifferenceUpper());
            out.put("relative_risk_reduction", risks.relativeRiskReduction());
            out.put("nnt", risks.numberNeededToTreat());
            out.put("cox_hr", cox == null ? null : cox.hazardRatio());
            out.put("cox_lower", cox == null ? null : cox.lower());
            out.put("cox_upper", cox == null ? null : cox.upper());
            out.put("cox_p", cox == null ? null : cox.p());
            out.put("logrank_chisq", logRank.chiSquare());
            out.put("logrank_p", logRank.p());
            out.put("km_median_control", analysis.control().median());
            out.put("km_median_treatment", analysis.treatment().median());
            out.put(
                    "methods",
                    Map.of(
                            "risk_ratio", "95% CI by the log method",
                            "risk_difference", "95% Wald CI",
                            "cox", "Cox proportional hazards, Efron ties, Wald CI and p (R coxph default)",
                            "logrank", "log-rank test, 1 df (R survdiff)",
                            "kaplan_meier",
                                    "Kaplan-Meier, Greenwood variance, log-scale CI, R median (survfit default)"));
            return out;
        }
    }
}
