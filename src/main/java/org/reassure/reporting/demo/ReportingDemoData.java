package org.reassure.reporting.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.reassure.platform.DemoData;
import org.reassure.platform.Formats;
import org.reassure.reporting.DemoTracking;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.Reports;
import org.reassure.reporting.Routing;
import org.reassure.reporting.internal.MessageThreads;
import org.reassure.reporting.internal.Origin;
import org.reassure.reporting.internal.ReportIntake;

/**
 * The postcode districts of the three demo boroughs, and a few online reports waiting in triage: one
 * from a victim, one anonymous (with messages to and from the officers), one made for someone else, and
 * one the Hounslow Community Centre (the {@code thirdparty} account) made for a victim; and the finished
 * {@link DemoTracking} report a newcomer can open on "track my report". Every person and place is invented.
 */
@Component
class ReportingDemoData implements DemoData {

    /** Every report here is made online. */
    private static final Origin ONLINE = Origin.of(Reports.Channel.ONLINE);

    static final Map<String, List<String>> DISTRICTS = Map.of(
            "HNS", List.of("TW3", "TW4", "TW5", "TW7", "TW13", "TW14"),
            "EAL", List.of("W5", "W7", "W13", "UB1", "UB2", "UB5", "UB6"),
            "NWM", List.of("E6", "E7", "E12", "E13", "E15", "E16"));

    private final Routing routing;
    private final ReportIntake reports;
    private final MessageThreads messages;
    private final Clock clock;

    ReportingDemoData(Routing routing, ReportIntake reports, MessageThreads messages, Clock clock) {
        this.routing = routing;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        DISTRICTS.forEach((unit, districts) -> districts.forEach(district -> routing.map(district, unit)));
        reports.submit(
                new NewReport(
                        "VICTIM",
                        false,
                        "A man in a van shouted racist abuse at me while I was waiting to cross the road on Bath Road, then threw a drink at me.",
                        List.of("RACE"),
                        "He shouted about my colour and told me to go home.",
                        LocalDate.now(Formats.UK).minusDays(1) + "T17:40:00Z",
                        new NewReport.Location("Near the crossing by the petrol station", "TW3 1AB"),
                        null,
                        new NewReport.Person(
                                "Amara Okoye",
                                "she/her",
                                "amara.okoye@example.com",
                                "07700 900 123",
                                "PHONE",
                                "en",
                                false,
                                "I have dyslexia: please call rather than send long letters.",
                                "After my shift; please do not leave a message, my flatmate answers the landline",
                                false,
                                "My cousin, Grace Okoye, if I am too upset to talk",
                                List.of(new NewReport.SafeWindow(
                                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                                        "18:00",
                                        "20:00")),
                                List.of("PHONE", "EMAIL", "MESSAGE")),
                        null,
                        new NewReport.Consent(true, true),
                        null,
                        null,
                        null,
                        "A white man in his forties with a shaved head, driving a white van with a ladder on the roof.",
                        "A woman with a pushchair at the crossing saw it and asked if I was all right.",
                        "My coat was stained and my arm was bruised where the cup hit it."),
                ONLINE);
        Reports.Receipt witnessed = reports.submit(
                new NewReport(
                        "WITNESS",
                        true,
                        "I saw two people pull off a woman's headscarf outside the library and laugh at her. She was very upset.",
                        List.of("RELIGION"),
                        "They said Muslims were not welcome here.",
                        null,
                        new NewReport.Location("Outside the library on the Broadway", "W5 2XY"),
                        null,
                        null,
                        null,
                        new NewReport.Consent(false, false),
                        null,
                        List.of("ANTI_MUSLIM"),
                        null,
                        "Two teenagers in school uniform.",
                        null,
                        null),
                ONLINE);
        messages.fromReporter(
                witnessed.reference(),
                null,
                "I think one of them dropped a bus pass. I handed it in at the library desk.");
        messages.fromOfficer(
                witnessed.reference(),
                "supervisor",
                "Helen Marsh",
                "Thank you for letting us know. We will collect the bus pass from the library. Did you see which way they went?");
        reports.submit(
                new NewReport(
                        "ON_BEHALF",
                        false,
                        "My brother, who has a learning disability, keeps being asked for money by people who call themselves his friends. "
                                + "They laugh at him and post videos of him online.",
                        List.of("DISABILITY"),
                        "They pick on him because of his disability.",
                        null,
                        null,
                        new NewReport.Online("A video sharing app", "https://example.com/videos/123"),
                        new NewReport.Person(
                                "Rhys Evans",
                                null,
                                "rhys.evans@example.com",
                                null,
                                "EMAIL",
                                "cy",
                                false,
                                null,
                                null,
                                false,
                                null),
                        new NewReport.Person(
                                "Owen Evans",
                                "he/him",
                                null,
                                null,
                                "NONE",
                                null,
                                false,
                                "Easy Read letters, please",
                                null,
                                null,
                                "Rhys Evans, his brother"),
                        new NewReport.Consent(true, true),
                        "RELATIVE",
                        null,
                        "About three weeks ago, and still going on",
                        "Three young men from his estate.",
                        null,
                        "He has lost about £200."),
                ONLINE);
        Reports.Receipt centre = reports.submit(
                new NewReport(
                        "ON_BEHALF",
                        false,
                        "A woman came to our drop-in. Her neighbour has written homophobic words on her front door twice this month.",
                        List.of("SEXUAL_ORIENTATION"),
                        "The words were about her being gay.",
                        null,
                        new NewReport.Location("Her front door, on a housing estate", "TW4 6QX"),
                        null,
                        new NewReport.Person(
                                "Jo Whitaker (centre worker)",
                                null,
                                "drop-in@example.org",
                                "020 7946 0990",
                                "EMAIL",
                                "en",
                                false,
                                null,
                                "Centre open weekdays 10am to 4pm",
                                true,
                                null,
                                List.of(new NewReport.SafeWindow(
                                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                                        "10:00",
                                        "16:00")),
                                List.of("PHONE", "EMAIL")),
                        new NewReport.Person(
                                "Lena Marsh",
                                "she/her",
                                null,
                                null,
                                "NONE",
                                null,
                                false,
                                null,
                                null,
                                null,
                                "Jo Whitaker at Hounslow Community Centre"),
                        new NewReport.Consent(true, true),
                        "COUNCIL_OR_HOUSING",
                        null,
                        "Twice in November",
                        "Her next-door neighbour.",
                        null,
                        "Paint on the door."),
                Origin.centre("thirdparty", "Hounslow Community Centre"));
        messages.fromReporter(
                centre.reference(),
                "thirdparty",
                "She has photos of the door. Can she bring them to the centre for you?");
        trackedReport();
        notifiedReports();
    }

    /**
     * The reports of the three victims told through GOV.UK Notify ({@link DemoTracking#NOTIFIED_BY_EMAIL} and the
     * others), under the references case work's demo data gave their cases: by e-mail in English; by text message in
     * Welsh, in the daytime only; by letter, as the only way they allowed.
     */
    private void notifiedReports() {
        Instant received = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(DemoTracking.NOTIFIED_AGE);
        List<String> everyDay = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        notifiedReport(
                DemoTracking.NOTIFIED_BY_EMAIL,
                List.of("RELIGION"),
                new NewReport.Person(
                        "Hannah Levy",
                        "she/her",
                        "hannah.levy@example.com",
                        "07700 900611",
                        "EMAIL",
                        "en",
                        false,
                        null,
                        null,
                        true,
                        null,
                        List.of(),
                        List.of("EMAIL", "PHONE", "MESSAGE")),
                received);
        notifiedReport(
                DemoTracking.NOTIFIED_BY_TEXT,
                List.of("SEXUAL_ORIENTATION"),
                new NewReport.Person(
                        "Siân Pritchard",
                        "she/her",
                        null,
                        "07700 900612",
                        "PHONE",
                        "cy",
                        false,
                        null,
                        "Texts in the daytime only, please",
                        false,
                        null,
                        List.of(new NewReport.SafeWindow(everyDay, "09:00", "18:00")),
                        List.of("PHONE", "MESSAGE")),
                received);
        notifiedReport(
                DemoTracking.NOTIFIED_BY_LETTER,
                List.of("RACE"),
                new NewReport.Person(
                        "Marek Nowak",
                        "he/him",
                        null,
                        "07700 900613",
                        "POST",
                        "en",
                        false,
                        null,
                        "Write to me: I do not answer calls from numbers I do not know",
                        false,
                        null,
                        List.of(),
                        List.of("POST")),
                received);
    }

    private void notifiedReport(String reference, List<String> strands, NewReport.Person victim, Instant received) {
        reports.submitForDemo(
                new NewReport(
                        "VICTIM",
                        false,
                        DemoTracking.NOTIFIED_ACCOUNTS.get(reference),
                        strands,
                        "The words they used.",
                        null,
                        new NewReport.Location("Near my home", "TW3 1ES"),
                        null,
                        victim,
                        null,
                        new NewReport.Consent(true, false),
                        null,
                        null,
                        "About three weeks ago",
                        null,
                        null,
                        null),
                reference,
                received);
    }

    /**
     * The anonymous report behind {@link DemoTracking}: case work's demo data has already made its case, finished with a
     * charge, so "track my report" shows the updates, a message from the officer and the satisfaction questions.
     */
    private void trackedReport() {
        Instant received = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(DemoTracking.AGE);
        reports.submitForDemo(
                new NewReport(
                        "VICTIM",
                        true,
                        DemoTracking.ACCOUNT,
                        List.of("RACE"),
                        DemoTracking.REASON,
                        null,
                        new NewReport.Location("The stairwell and my front door, in a block of flats", "TW3 3DH"),
                        null,
                        null,
                        null,
                        new NewReport.Consent(false, false),
                        null,
                        null,
                        "Since September, most days",
                        "My next-door neighbour.",
                        null,
                        "I do not feel safe going out."),
                received);
        messages.fromOfficer(
                DemoTracking.REFERENCE,
                "investigator",
                "Daniel Okafor",
                "Thank you for reporting this. Your neighbour has been charged with racially aggravated harassment. "
                        + "You do not need to do anything now. We will tell you the date of the court hearing as soon as we have it.");
    }
}
