package org.reassure.care.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.platform.Message;

/** The entitlements a rule set must give a limit for, with what each means (Code of Practice for Victims of Crime, 2020). */
public final class RuleCodes {

    public static final String FIRST_CONTACT = "VICTIMS_CODE_FIRST_CONTACT";
    /** The first reply in the message thread of a report that left no way to contact the reporter (force standard). */
    public static final String FIRST_REPLY = "FORCE_FIRST_REPLY";

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
    /** An officer fixes a notification that could not be delivered (force standard). */
    public static final String NOTIFICATION_FAILED = "FORCE_NOTIFICATION_FAILED";

    /**
     * The messages Reassure sends through GOV.UK Notify, each a rule a force can switch off. The limit of
     * NOTIFY_SURVEY is the time after the investigation finished when the survey invitation goes, that of
     * NOTIFY_TASKS_DUE how soon a task must fall due to be in an officer's daily digest; the others' limits mean
     * nothing.
     */
    public static final List<String> NOTIFY = List.of(
            "NOTIFY_REPORT_RECEIVED",
            "NOTIFY_OFFICER_ASSIGNED",
            "NOTIFY_DECISION",
            "NOTIFY_NEW_MESSAGE",
            "NOTIFY_SURVEY",
            "NOTIFY_REPORTER_WROTE",
            "NOTIFY_REFERRAL_ANSWERED",
            "NOTIFY_TASKS_DUE",
            "NOTIFY_REFERRAL_RECEIVED",
            "NOTIFY_CONSENT_WITHDRAWN");

    /**
     * Every code, in the order a supervisor reads them, with its meaning as people read it (the message
     * {@code care.field.meaning.CODE}).
     */
    public static final Map<String, Message> ALL = new LinkedHashMap<>();

    static {
        put(FIRST_CONTACT);
        put(FIRST_REPLY);
        put(NEEDS_ASSESSMENT);
        put(REFERRAL);
        put(DECISION_ENHANCED);
        put(DECISION_STANDARD);
        put(UPDATE_FIRST);
        put(UPDATE_REGULAR);
        put(UPDATE_AGREED);
        put(HIGH_RISK_REVIEW);
        put(SUPPORT_FOLLOW_UP);
        put(SUPPORT_FOLLOW_UP_REGULAR);
        put("VICTIMS_CODE_SRC_OPENS");
        put("VICTIMS_CODE_SRC_CLOSES");
        put("VICTIMS_CODE_VRR_REQUEST");
        put("VICTIMS_CODE_VRR_ACKNOWLEDGE");
        put("VICTIMS_CODE_VRR_DECISION");
        put(SUBJECT_NOTIFICATION);
        put(NOTIFICATION_FAILED);
        NOTIFY.forEach(RuleCodes::put);
    }

    private static void put(String code) {
        String meaning = "care.field.meaning." + code;
        ALL.put(code, Message.of(meaning));
    }

    private RuleCodes() {}
}
