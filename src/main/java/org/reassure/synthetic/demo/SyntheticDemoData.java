package org.reassure.synthetic.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;
import org.reassure.synthetic.internal.Settings;
import org.reassure.synthetic.internal.SyntheticData;

/**
 * Three years of generated history for the dashboards: {@value #CASES} cases with a fixed seed, ending where
 * the hand-written demo cases begin (four months ago), so that the working queues of the demo stay as they are.
 */
@Component
public class SyntheticDemoData implements DemoData {

    /** How many cases the demo history has. */
    public static final int CASES = 2_000;

    static final long SEED = 20_261_127L;
    private static final Logger log = LoggerFactory.getLogger(SyntheticDemoData.class);

    private final SyntheticData data;
    private final Clock clock;

    SyntheticDemoData(SyntheticData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /**
     * After the spike alerts' demo history (85), which is imported for the days before the first case and so must
     * see the hand-written demo cases as the first ones; the generated history then adds to those same days.
     */
    @Override
    public int order() {
        return 88;
    }

    @Override
    public void load() {
        LocalDate to = LocalDate.now(clock.withZone(Formats.UK)).minusMonths(4);
        Settings settings = new Settings(CASES, SEED, to.minusYears(3), to, 0.25, Settings.publishedEvents(), null);
        SyntheticData.Result result = data.generate(settings, "demo-data", done -> {});
        log.info("Demo data: {} synthetic cases in {} ms", result.cases(), result.millis());
    }
}
