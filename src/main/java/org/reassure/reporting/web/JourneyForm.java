package org.reassure.reporting.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page of the online journey sends: each page sends only its own answers (the rest are null), named as in
 * {@link JourneyAnswers}, and {@code change} when it was opened from "check your answers". Each page's checks are
 * its step's ({@link JourneyStep#check}).
 */
record JourneyForm(
        String reporterRole,
        String relationship,
        String description,
        String day,
        String month,
        String year,
        String time,
        String approximately,
        String whereKind,
        String postcode,
        String place,
        String platform,
        String link,
        List<String> strands,
        List<String> religion,
        String hostilityReason,
        String peopleInvolved,
        String witnesses,
        String harm,
        String giveDetails,
        String name,
        String pronouns,
        String email,
        String phone,
        String preferredContact,
        String safeTimes,
        String leaveMessage,
        List<String> days1,
        String from1,
        String to1,
        List<String> days2,
        String from2,
        String to2,
        List<String> days3,
        String from3,
        String to3,
        List<String> allowedChannels,
        String language,
        String interpreter,
        String adjustments,
        String spokesperson,
        String victimName,
        String victimEmail,
        String victimPhone,
        List<String> consent,
        String change) {

    boolean changing() {
        return change != null;
    }

    /** Keeps a page's answers as sent: a field left out of the form (an unticked box) is kept as empty. */
    void keepIn(JourneyAnswers a, JourneyStep step) {
        switch (step) {
            case WHO -> a.reporterRole = reporterRole;
            case RELATIONSHIP -> a.relationship = relationship;
            case WHAT_HAPPENED -> a.description = description;
            case WHEN -> {
                a.day = day;
                a.month = month;
                a.year = year;
                a.time = time;
                a.approximately = approximately;
            }
            case WHERE -> a.whereKind = whereKind;
            case PLACE -> {
                a.postcode = postcode;
                a.place = place;
            }
            case ONLINE -> {
                a.platform = platform;
                a.link = link;
            }
            case WHY -> {
                a.strands = list(strands);
                a.religion = list(religion);
                a.hostilityReason = hostilityReason;
            }
            case DETAILS -> {
                a.peopleInvolved = peopleInvolved;
                a.witnesses = witnesses;
                a.harm = harm;
            }
            case CONTACT_CHOICE -> a.giveDetails = giveDetails;
            case ABOUT_YOU -> {
                a.name = name;
                a.pronouns = pronouns;
            }
            case CONTACT -> {
                a.email = email;
                a.phone = phone;
                a.preferredContact = preferredContact;
            }
            case SAFE_CONTACT -> {
                a.safeTimes = safeTimes;
                a.leaveMessage = leaveMessage;
                a.days1 = list(days1);
                a.from1 = from1;
                a.to1 = to1;
                a.days2 = list(days2);
                a.from2 = from2;
                a.to2 = to2;
                a.days3 = list(days3);
                a.from3 = from3;
                a.to3 = to3;
                a.allowedChannels = list(allowedChannels);
            }
            case LANGUAGE -> {
                a.language = language;
                a.interpreter = interpreter;
                a.adjustments = adjustments;
                a.spokesperson = spokesperson;
            }
            case VICTIM -> {
                a.victimName = victimName;
                a.victimEmail = victimEmail;
                a.victimPhone = victimPhone;
            }
            case CONSENT -> a.consent = list(consent);
            case EVIDENCE, CHECK -> {
                // files are added one by one on their own form; the check page sends nothing to keep
            }
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
