package org.reassure.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import org.reassure.platform.Languages;

/** The rows of the "check your answers" page, each answer in words with the question it changes. */
final class CheckYourAnswers {

    record Row(String labelKey, String value, String slug) {}

    private final MessageSource messages;
    private final Locale locale;

    CheckYourAnswers(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Row> aboutWhatHappened(JourneyAnswers a, List<String> fileNames) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("report.check.who", label("report.who.", a.reporterRole), "who"));
        if (a.onBehalf()) {
            rows.add(new Row(
                    "report.check.relationship", label("report.relationship.", a.relationship), "relationship"));
        }
        rows.add(new Row("report.check.whatHappened", a.description, "what-happened"));
        String date = "DATE".equals(a.whenKind)
                ? a.day + "/" + a.month + "/" + a.year + (blank(a.time) ? "" : ", " + a.time.strip())
                : null;
        rows.add(new Row("report.check.when", join("\n", date, a.approximately), "when"));
        rows.add(new Row("report.check.where", label("report.where.", a.whereKind), "where"));
        if (a.online()) {
            rows.add(new Row("report.check.online", join("\n", a.platform, a.link), "online"));
        } else {
            rows.add(new Row("report.check.place", join("\n", a.postcode, a.place), "place"));
        }
        String why = labels("report.why.strand.", a.strands)
                + (a.religion.isEmpty() || !a.strands.contains("RELIGION")
                        ? ""
                        : " (" + labels("report.why.religion.", a.religion) + ")");
        rows.add(new Row("report.check.why", why, "why"));
        rows.add(new Row("report.check.reason", a.hostilityReason, "why"));
        rows.add(new Row("report.check.people", a.peopleInvolved, "details"));
        rows.add(new Row("report.check.witnesses", a.witnesses, "details"));
        rows.add(new Row("report.check.harm", a.harm, "details"));
        rows.add(new Row("report.check.evidence", String.join("\n", fileNames), "evidence"));
        return rows;
    }

    List<Row> aboutYou(JourneyAnswers a) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("report.check.giveDetails", label("report.contactChoice.", a.giveDetails), "contact-choice"));
        if (a.anonymous()) {
            return rows;
        }
        rows.add(new Row("report.check.name", a.name, "about-you"));
        rows.add(new Row("report.check.pronouns", a.pronouns, "about-you"));
        rows.add(new Row("report.check.email", a.email, "contact"));
        rows.add(new Row("report.check.phone", a.phone, "contact"));
        rows.add(new Row("report.check.preferred", label("report.contact.preferred.", a.preferredContact), "contact"));
        rows.add(new Row("report.check.safeWindows", windows(a), "safe-contact"));
        rows.add(new Row(
                "report.check.allowedChannels",
                labels("report.safeContact.channel.", a.allowedChannels),
                "safe-contact"));
        rows.add(new Row("report.check.safeTimes", a.safeTimes, "safe-contact"));
        rows.add(new Row("report.check.leaveMessage", label("report.yesNo.", a.leaveMessage), "safe-contact"));
        rows.add(new Row("report.check.language", Languages.label(a.language, locale), "language-and-support"));
        rows.add(new Row("report.check.interpreter", label("report.yesNo.", a.interpreter), "language-and-support"));
        rows.add(new Row("report.check.adjustments", a.adjustments, "language-and-support"));
        rows.add(new Row("report.check.spokesperson", a.spokesperson, "language-and-support"));
        if (a.onBehalf()) {
            rows.add(new Row("report.check.victim", join("\n", a.victimName, a.victimEmail, a.victimPhone), "victim"));
        }
        rows.add(new Row(
                "report.check.consent",
                a.consent.isEmpty() ? text("report.consent.none") : labels("report.consent.short.", a.consent),
                "consent"));
        return rows;
    }

    /** Each safe time given, on its own line: "Monday, Tuesday: 18:00 to 20:00", times as typed. */
    private String windows(JourneyAnswers a) {
        return a.typedWindows().stream()
                .filter(w -> !w.blank())
                .map(w -> messages.getMessage(
                        "report.check.window",
                        new Object[] {labels("report.safeContact.day.", w.days()), strip(w.from()), strip(w.to())},
                        locale))
                .collect(Collectors.joining("\n"));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private String label(String prefix, String code) {
        return blank(code) ? null : messages.getMessage(prefix + code, null, code, locale);
    }

    private String labels(String prefix, List<String> codes) {
        return (codes == null ? List.<String>of() : codes)
                .stream().map(code -> label(prefix, code)).collect(Collectors.joining(", "));
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String join(String separator, String... parts) {
        return Arrays.stream(parts)
                .filter(part -> !blank(part))
                .map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
