package org.reassure.trials.internal;

import java.util.List;

/** The analysis data as CSV: time, event, arm and the non-personal covariates; no reference, no person. */
public final class AnalysisCsv {

    private AnalysisCsv() {}

    public static String of(List<TrialResults.AnalysedCase> cases) {
        StringBuilder csv = new StringBuilder(
                "time,event,arm,stratum,unit,channel,strands,repeat_victim,follow_up_complete,positive_outcome,received_src,satisfied\n");
        for (TrialResults.AnalysedCase c : cases) {
            csv.append(c.time())
                    .append(',')
                    .append(c.event() ? 1 : 0)
                    .append(',')
                    .append(c.arm().name().toLowerCase())
                    .append(',')
                    .append(quote(c.stratum()))
                    .append(',')
                    .append(c.unitCode())
                    .append(',')
                    .append(c.channel())
                    .append(',')
                    .append(c.strands())
                    .append(',')
                    .append(c.repeatVictim() ? 1 : 0)
                    .append(',')
                    .append(c.followUpComplete() ? 1 : 0)
                    .append(',')
                    .append(c.positiveOutcome() ? 1 : 0)
                    .append(',')
                    .append(c.receivedSrc() ? 1 : 0)
                    .append(',')
                    .append(c.satisfied() == null ? "" : c.satisfied() ? "1" : "0")
                    .append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
