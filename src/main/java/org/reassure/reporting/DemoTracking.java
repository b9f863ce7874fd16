package org.reassure.reporting;

import java.time.Duration;

/**
 * The one demo report a newcomer can open on "track my report" with a reference and tracking code printed in the
 * README: an anonymous online report of racist harassment in Hounslow whose investigation has finished, so its page
 * asks how satisfied the reporter is. Case work's demo data makes its finished case under the same reference.
 * Loaded only with the demo data set, never into a real deployment.
 */
public final class DemoTracking {

    public static final String REFERENCE = "HC26-DEMO-TRAK";
    public static final String TRACKING_CODE = "DEMO-DEMO-DEMO-DEMO-DEMO-DEMO";
    /** What happened, as the report and its case both tell it. */
    public static final String ACCOUNT =
            "For two months a neighbour has shouted racist abuse at me whenever I leave my flat, and he has "
                    + "put notes through my door telling me to go back where I came from.";

    public static final String REASON = "He uses racist words about my family being Black.";
    /** How long before the demo is loaded the report was made. */
    public static final Duration AGE = Duration.ofDays(75);

    private DemoTracking() {}
}
