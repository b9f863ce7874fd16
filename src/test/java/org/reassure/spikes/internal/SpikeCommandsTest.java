package org.reassure.spikes.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The spikes commands, run as a separate process against the same database, as an administrator would. */
@ReassureTest
class SpikeCommandsTest {

    @Test
    void history_is_imported_from_a_file_a_bad_line_is_named_and_a_check_runs_now() throws Exception {
        Path bad = Files.createTempFile("spike-history", ".csv");
        Files.writeString(bad, "day,unit,strand,cases\n2001-01-01,HNS,RACE,two\n");
        ReassureProcess.Result refused = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "spikes", "import-history", "--file", bad.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("--file: Line 2: the number of cases must be a whole number");

        Path good = Files.createTempFile("spike-history", ".csv");
        Files.writeString(good, "day,unit,strand,cases\n2001-01-01,HNS,RACE,2\n2001-01-02,HNS,RACE,0\n");
        ReassureProcess.Result imported = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "spikes", "import-history", "--file", good.toString());
        assertThat(imported.exitCode()).as(imported.stderr()).isZero();
        assertThat(imported.stdout()).contains("Imported 2 daily counts");

        ReassureProcess.Result checked = ReassureProcess.run(ReassureProcess.sameDatabase(), null, "spikes", "check");
        assertThat(checked.exitCode()).as(checked.stderr()).isZero();
        assertThat(checked.stdout()).contains("Checked ", " series on ");
    }
}
