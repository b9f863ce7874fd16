package org.reassure.reporting.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.reassure.reporting.NewReport;
import org.reassure.reporting.SafeWindowInput;

/**
 * Everything typed in the online journey so far, kept in the (database-backed) session exactly as typed,
 * so that nothing is lost to an error, to going back and forth, or to another node serving the next page.
 * Templates read the fields directly.
 */
public class JourneyAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public String reporterRole;
    public String relationship;
    public String description;
    public String whenKind;
    public String day;
    public String month;
    public String year;
    public String time;
    public String approximately;
    public String whereKind;
    public String postcode;
    public String place;
    public String platform;
    public String link;
    public List<String> strands = new ArrayList<>();
    public List<String> religion = new ArrayList<>();
    public String hostilityReason;
    public String peopleInvolved;
    public String witnesses;
    public String harm;
    public String giveDetails;
    public String name;
    public String pronouns;
    public String email;
    public String phone;
    public String preferredContact;
    public String safeTimes;
    public String leaveMessage;
    /** Up to three windows of safe contact times, as typed: the days ticked, and the start and end. */
    public List<String> days1 = new ArrayList<>();

    public String from1;
    public String to1;
    public List<String> days2 = new ArrayList<>();
    public String from2;
    public String to2;
    public List<String> days3 = new ArrayList<>();
    public String from3;
    public String to3;
    public List<String> allowedChannels = new ArrayList<>();
    public String language;
    public String interpreter;
    public String adjustments;
    public String spokesperson;
    public String victimName;
    public String victimEmail;
    public String victimPhone;
    public List<String> consent = new ArrayList<>();
    public Set<String> completed = new LinkedHashSet<>();
    public String submissionToken;
    /** The random key under which the files added so far wait in the database until the report is sent. */
    public String evidenceDraft;

    public boolean onBehalf() {
        return "ON_BEHALF".equals(reporterRole);
    }

    public boolean anonymous() {
        return "NO".equals(giveDetails);
    }

    public boolean online() {
        return "ONLINE".equals(whereKind);
    }

    public boolean has(String choice) {
        return strands.contains(choice) || religion.contains(choice) || consent.contains(choice);
    }

    /** The personal details are forgotten as soon as the person chooses to stay anonymous. */
    void forgetPersonalDetails() {
        name = null;
        pronouns = null;
        email = null;
        phone = null;
        preferredContact = null;
        safeTimes = null;
        leaveMessage = null;
        days1 = new ArrayList<>();
        from1 = null;
        to1 = null;
        days2 = new ArrayList<>();
        from2 = null;
        to2 = null;
        days3 = new ArrayList<>();
        from3 = null;
        to3 = null;
        allowedChannels = new ArrayList<>();
        language = null;
        interpreter = null;
        adjustments = null;
        spokesperson = null;
        victimName = null;
        victimEmail = null;
        victimPhone = null;
        consent.remove("CONTACT");
        completed.removeAll(Set.of("about-you", "contact", "safe-contact", "language-and-support", "victim"));
    }

    /** The three windows of safe contact times as typed (a session from before they existed has none). */
    List<SafeWindowInput.Typed> typedWindows() {
        return List.of(
                new SafeWindowInput.Typed(days1 == null ? List.of() : days1, from1, to1),
                new SafeWindowInput.Typed(days2 == null ? List.of() : days2, from2, to2),
                new SafeWindowInput.Typed(days3 == null ? List.of() : days3, from3, to3));
    }

    /** The date it happened, when the three parts make one (checked by the "when" step). */
    LocalDate date() {
        return LocalDate.of(
                Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }

    static LocalTime parseTime(String typed) {
        return SafeWindowInput.time(typed);
    }

    /** The report these answers make, in the shape the domain service takes from every channel. */
    NewReport toReport() {
        String occurredAt = null;
        if ("DATE".equals(whenKind)) {
            LocalDate date = date();
            occurredAt = time == null || time.isBlank()
                    ? date.toString()
                    : date.atTime(parseTime(time)).toString();
        }
        boolean isOnline = online();
        NewReport.Person reporter = anonymous()
                ? null
                : new NewReport.Person(
                        name,
                        pronouns,
                        email,
                        phone,
                        preferredContact,
                        language,
                        yesNo(interpreter),
                        adjustments,
                        safeTimes,
                        yesNo(leaveMessage),
                        spokesperson,
                        typedWindows().stream()
                                .filter(w -> !w.blank())
                                .map(w -> new NewReport.SafeWindow(w.days(), w.from(), w.to()))
                                .toList(),
                        allowedChannels == null ? List.of() : List.copyOf(allowedChannels));
        NewReport.Person victim =
                anonymous() || !onBehalf() || (blank(victimName) && blank(victimEmail) && blank(victimPhone))
                        ? null
                        : new NewReport.Person(
                                victimName, null, victimEmail, victimPhone, null, null, null, null, null, null, null);
        return new NewReport(
                reporterRole,
                anonymous(),
                description,
                List.copyOf(strands),
                hostilityReason,
                occurredAt,
                isOnline ? null : new NewReport.Location(place, postcode),
                isOnline ? new NewReport.Online(platform, link) : null,
                reporter,
                victim,
                new NewReport.Consent(
                        !anonymous() && consent.contains("CONTACT"), !anonymous() && consent.contains("REFERRAL")),
                onBehalf() ? relationship : null,
                strands.contains("RELIGION") ? List.copyOf(religion) : List.of(),
                blank(approximately) ? null : approximately,
                peopleInvolved,
                witnesses,
                harm);
    }

    private static Boolean yesNo(String value) {
        return value == null ? null : "YES".equals(value) ? Boolean.TRUE : "NO".equals(value) ? Boolean.FALSE : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
