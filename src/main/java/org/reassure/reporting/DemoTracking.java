package org.reassure.reporting;

import java.time.Duration;
import java.util.Map;

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

    /**
     * Three demo reports whose victims are told of their case through GOV.UK Notify, one on each channel: by e-mail in
     * English, by text message in Welsh, and by letter (post was their choice, and the case has their address). Case
     * work's demo data makes their cases, recorded and waiting to be allocated; notifications' demo data allocates them
     * and records a decision, so that the messages are queued as they would be.
     */
    public static final String NOTIFIED_BY_EMAIL = "HC26-DEMO-MAIL";

    public static final String NOTIFIED_BY_TEXT = "HC26-DEMO-TEXT";
    public static final String NOTIFIED_BY_LETTER = "HC26-DEMO-POST";

    /** What happened to each notified victim, as their report and their case both tell it. */
    public static final Map<String, String> NOTIFIED_ACCOUNTS = Map.of(
            NOTIFIED_BY_EMAIL,
            "Two men followed me off the bus shouting antisemitic abuse and knocked my hat off.",
            NOTIFIED_BY_TEXT,
            "Someone sprayed a homophobic word on my car outside my house overnight.",
            NOTIFIED_BY_LETTER,
            "A neighbour keeps calling me racist names and has kicked my door.");

    /** How long before the demo is loaded the notified victims reported. */
    public static final Duration NOTIFIED_AGE = Duration.ofDays(20);

    private DemoTracking() {}
}
