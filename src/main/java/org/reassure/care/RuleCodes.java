package org.reassure.care;

import java.util.LinkedHashMap;
import java.util.Map;

/** The entitlements a rule set must give a limit for, with what each means (Code of Practice for Victims of Crime, 2020). */
public final class RuleCodes {

    public static final String FIRST_CONTACT = "VICTIMS_CODE_FIRST_CONTACT";
    public static final String NEEDS_ASSESSMENT = "VICTIMS_CODE_NEEDS_ASSESSMENT";
    public static final String REFERRAL = "VICTIMS_CODE_REFERRAL";
    public static final String DECISION_ENHANCED = "VICTIMS_CODE_DECISION_ENHANCED";
    public static final String DECISION_STANDARD = "VICTIMS_CODE_DECISION_STANDARD";
    public static final String UPDATE_FIRST = "VICTIMS_CODE_UPDATE_FIRST";
    public static final String UPDATE_REGULAR = "VICTIMS_CODE_UPDATE_REGULAR";
    public static final String SUBJECT_NOTIFICATION = "NCHI_SUBJECT_NOTIFICATION";
    public static final String UPDATE_AGREED = "VICTIMS_CODE_UPDATE_AGREED";
    public static final String HIGH_RISK_REVIEW = "FORCE_HIGH_RISK_REVIEW";
    public static final String SUPPORT_FOLLOW_UP = "FORCE_SUPPORT_FOLLOW_UP";
    public static final String SUPPORT_FOLLOW_UP_REGULAR = "FORCE_SUPPORT_FOLLOW_UP_REGULAR";

    /** Every code, in the order a supervisor reads them, with its meaning. */
    public static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put(FIRST_CONTACT, "First contact with the victim after the report");
        ALL.put(NEEDS_ASSESSMENT, "Needs assessment, at first contact");
        ALL.put(REFERRAL, "Referral to a support service, with consent (right 4)");
        ALL.put(DECISION_ENHANCED, "Telling the victim of a key decision, enhanced rights (right 6)");
        ALL.put(DECISION_STANDARD, "Telling the victim of a key decision, standard rights (right 6)");
        ALL.put(UPDATE_FIRST, "Contact again after the report (force standard)");
        ALL.put(UPDATE_REGULAR, "Regular updates until the crime is finalised (force standard)");
        ALL.put(
                UPDATE_AGREED,
                "Updates at the frequency agreed with the victim: the longest gap an agreement may set (right 6)");
        ALL.put(HIGH_RISK_REVIEW, "Supervisor review of a needs assessment that finds a high risk (force standard)");
        ALL.put(
                SUPPORT_FOLLOW_UP,
                "A hate crime support officer's first follow-up with the victim after being assigned (force standard)");
        ALL.put(
                SUPPORT_FOLLOW_UP_REGULAR,
                "A hate crime support officer's next follow-up after each one, until the support ends (force standard)");
        ALL.put("VICTIMS_CODE_SRC_OPENS", "Secondary reassurance contact window opens after the report");
        ALL.put("VICTIMS_CODE_SRC_CLOSES", "Secondary reassurance contact window closes after the report");
        ALL.put("VICTIMS_CODE_VRR_REQUEST", "Victims' Right to Review: time to ask for a review");
        ALL.put("VICTIMS_CODE_VRR_ACKNOWLEDGE", "Victims' Right to Review: acknowledging the request");
        ALL.put("VICTIMS_CODE_VRR_DECISION", "Victims' Right to Review: deciding the review");
        ALL.put(
                SUBJECT_NOTIFICATION,
                "Telling the subject of a non-crime hate incident that it was recorded (NCHI Code of Practice 2023)");
    }

    private RuleCodes() {}
}
