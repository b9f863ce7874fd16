package org.reassure.synthetic.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reassure.care.CareImport;
import org.reassure.casework.CaseImport;
import org.reassure.platform.CopyRows;

/**
 * A load's hand-over: rows go to case work's and victim care's imports, and this run's record of its cases into
 * {@code synthetic_case}; {@link #write()} hands each batch to the database in that order (a case before its care
 * and its record), counting the rows and the time each table took.
 */
final class DatabaseHandover implements Handover {

    private final CaseImport.Batch cases;
    private final CareImport.Batch care;
    private final CopyRows generated = new CopyRows("synthetic_case", "case_id, run_id, src_arm, randomised_at");
    private final CopyRows.Sink database;
    private final long runId;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long rows;

    DatabaseHandover(CaseImport.Batch cases, CareImport.Batch care, CopyRows.Sink database, long runId) {
        this.cases = cases;
        this.care = care;
        this.database = database;
        this.runId = runId;
    }

    @Override
    public void add(CaseImport.Row row) {
        cases.add(row);
    }

    @Override
    public void add(CareImport.Row row) {
        care.add(row);
    }

    @Override
    public void generated(UUID caseId, String arm, Instant randomisedAt) {
        generated.uuid(caseId).num(runId).text(arm).ts(randomisedAt).end();
    }

    /** Writes the batch: case work's rows, victim care's, then the run's record of the cases. */
    void write() throws IOException {
        count(cases.write());
        count(care.write());
        count(List.of(generated.copyTo(database)));
    }

    private void count(List<CopyRows.Copied> copied) {
        for (CopyRows.Copied each : copied) {
            rows += each.rows();
            millis.merge(each.what(), each.millis(), Long::sum);
        }
    }

    long rows() {
        return rows;
    }

    /** Milliseconds spent writing, by what was written ({@code COPY hate_case}, ...), in the order first written. */
    Map<String, Long> millis() {
        return millis;
    }
}
