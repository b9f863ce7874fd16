package org.reassure.insights.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.identity.Units;
import org.reassure.insights.internal.DipChecks;
import org.reassure.insights.internal.Filter;
import org.reassure.insights.internal.Publications;
import org.reassure.insights.internal.ReadModel;
import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;

/**
 * Statistics for the demo: the read model built over the demo cases, a published open data table for the
 * public page (the last twelve complete months of the demo force), and a dip check with the analyst's verdicts
 * on most of its sample.
 */
@Component
class InsightsDemoData implements DemoData {

    private static final List<String[]> VERDICTS = List.of(
            new String[] {"CORRECT", null},
            new String[] {"CORRECT", null},
            new String[] {
                "WRONG_STRAND", "The account describes anti-Muslim abuse: religion should be flagged as well as race."
            },
            new String[] {"CORRECT", null},
            new String[] {
                "WRONG_OFFENCE", "Threats were repeated over weeks: harassment rather than a public order offence."
            },
            new String[] {"CORRECT", null});

    private final ReadModel readModel;
    private final Publications publications;
    private final DipChecks dipChecks;
    private final Units units;
    private final JdbcClient jdbc;
    private final Clock clock;

    InsightsDemoData(
            ReadModel readModel,
            Publications publications,
            DipChecks dipChecks,
            Units units,
            JdbcClient jdbc,
            Clock clock) {
        this.readModel = readModel;
        this.publications = publications;
        this.dipChecks = dipChecks;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        readModel.rebuildInCurrentTransaction();
        units.findByCode("MET").ifPresent(force -> {
            YearMonth last = YearMonth.from(clock.instant().atZone(Formats.UK)).minusMonths(1);
            publications.publish(force, last.minusMonths(11), last, "analyst");
            YearMonth now = YearMonth.from(clock.instant().atZone(Formats.UK));
            dipChecks
                    .draw(new Filter(force, null, now.minusMonths(23), now), "analyst")
                    .ifPresent(id -> {
                        List<String> sample = jdbc.sql(
                                        "SELECT case_reference FROM insights_dip_check_case WHERE dip_check_id = ? ORDER BY case_reference")
                                .param(id)
                                .query(String.class)
                                .list();
                        for (int i = 0; i < Math.min(sample.size(), VERDICTS.size()); i++) {
                            dipChecks.verdict(id, sample.get(i), VERDICTS.get(i)[0], VERDICTS.get(i)[1], "supervisor");
                            jdbc.sql(
                                            "UPDATE insights_dip_check_case SET checked_at = ? WHERE dip_check_id = ? AND case_reference = ?")
                                    .params(
                                            Timestamp.from(clock.instant().minus(Duration.ofHours(6 - i))),
                                            id,
                                            sample.get(i))
                                    .update();
                        }
                    });
        });
    }
}
