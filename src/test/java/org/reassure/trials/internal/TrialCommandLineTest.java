package org.reassure.trials.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.platform.CommandFailure;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code trial analyse --csv FILE} as an analyst runs it: a separate process, JSON out, plain refusals. */
@ReassureTest
class TrialCommandLineTest {

    @TempDir
    Path folder;

    @Autowired
    JsonMapper json;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void analyses_a_csv_and_prints_the_statistics_as_json() throws IOException {
        Path aml = folder.resolve("aml.csv");
        Files.copy(Objects.requireNonNull(getClass().getResourceAsStream("/trials/aml.csv")), aml);

        ReassureProcess.Result result =
                ReassureProcess.run(ReassureProcess.sameDatabase(), null, "trial", "analyse", "--csv", aml.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode out = json.readTree(result.stdout());
        assertThat(out.get("n_control").asInt()).isEqualTo(12);
        assertThat(out.get("n_treatment").asInt()).isEqualTo(11);
        assertThat(out.get("events_control").asInt()).isEqualTo(11);
        assertThat(out.get("events_treatment").asInt()).isEqualTo(7);
        // R: coxph(Surv(time, event) ~ arm, data = d) on survival::aml, see TrialStatisticsTest
        assertThat(out.get("cox_hr").asDouble()).isBetween(0.40030, 0.40031);
        assertThat(out.get("cox_lower").asDouble()).isBetween(0.14676, 0.14677);
        assertThat(out.get("cox_upper").asDouble()).isBetween(1.0918, 1.0919);
        assertThat(out.get("cox_p").asDouble()).isBetween(0.073714, 0.073715);
        assertThat(out.get("risk_ratio").asDouble()).isBetween(0.69421, 0.69422);
        assertThat(out.get("rr_lower").asDouble()).isBetween(0.43035, 0.43036);
        assertThat(out.get("rr_upper").asDouble()).isBetween(1.1198, 1.1199);
        assertThat(out.get("logrank_chisq").asDouble()).isBetween(3.3963, 3.3964);
        assertThat(out.get("logrank_p").asDouble()).isBetween(0.065339, 0.06534);
        assertThat(out.get("km_median_control").asDouble()).isEqualTo(23.0);
        assertThat(out.get("km_median_treatment").asDouble()).isEqualTo(31.0);
    }

    @Test
    void a_median_not_reached_is_null() throws IOException {
        Path few = file(
                "few.csv",
                "time,event,arm\n3,1,control\n5,1,control\n9,0,control\n4,1,treatment\n8,0,treatment\n10,0,treatment\n");

        ReassureProcess.Result result =
                ReassureProcess.run(ReassureProcess.sameDatabase(), null, "trial", "analyse", "--csv", few.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode out = json.readTree(result.stdout());
        assertThat(out.get("km_median_control").asDouble()).isEqualTo(5.0);
        assertThat(out.get("km_median_treatment").isNull()).isTrue();
    }

    @Test
    void bad_files_are_refused_on_standard_error_with_the_reason_and_no_stack_trace() throws IOException {
        Path missingColumn = file("no-event.csv", "time,arm\n3,control\n4,treatment\n");
        ReassureProcess.Result result = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "trial", "analyse", "--csv", missingColumn.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .contains("The header row has no column event")
                .doesNotContain("Exception", "\tat ");

        ReassureProcess.Result unreadable = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                null,
                "trial",
                "analyse",
                "--csv",
                folder.resolve("not-there.csv").toString());
        assertThat(unreadable.exitCode()).isEqualTo(1);
        assertThat(unreadable.stderr()).contains("there is no file").doesNotContain("Exception", "\tat ");
    }

    @Test
    void each_kind_of_unusable_data_names_the_row_or_the_reason() throws IOException {
        assertThat(refusal("negative.csv", "time,event,arm\n3,1,control\n-4,0,treatment\n"))
                .contains("Row 3: time is negative (-4)");
        assertThat(refusal("arm.csv", "time,event,arm\n3,1,control\n4,0,placebo\n"))
                .contains("Row 3: arm must be control or treatment, not 'placebo'");
        assertThat(refusal("one-arm.csv", "time,event,arm\n3,1,control\n4,0,control\n"))
                .contains("the treatment arm has no cases");
        assertThat(refusal("no-events.csv", "time,event,arm\n3,0,control\n4,0,treatment\n"))
                .contains("there are no events in either arm");
        assertThat(refusal("text.csv", "time,event,arm\nsoon,1,control\n"))
                .contains("Row 2: time must be a number of days, not 'soon'");
        assertThat(refusal("empty.csv", "")).contains("The file is empty");
    }

    private String refusal(String name, String content) throws IOException {
        TrialCommands.Analyse command = new TrialCommands.Analyse(json);
        command.csv = file(name, content);
        try {
            command.call();
        } catch (CommandFailure failure) {
            return failure.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
