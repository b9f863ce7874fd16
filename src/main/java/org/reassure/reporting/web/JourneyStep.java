package org.reassure.reporting.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.reassure.reporting.internal.Checks;
import org.reassure.reporting.internal.ReportValidator;

/**
 * The questions of the online journey in order, one page each, with when each is asked, how a page's
 * form ({@link JourneyForm}) is kept and what is checked. What was typed is always kept, even when it has errors.
 */
enum JourneyStep {
    WHO("who", answers -> true),
    RELATIONSHIP("relationship", JourneyAnswers::onBehalf),
    WHAT_HAPPENED("what-happened", answers -> true),
    WHEN("when", answers -> true),
    WHERE("where", answers -> true),
    PLACE("place", answers -> "PLACE".equals(answers.whereKind)),
    ONLINE("online", JourneyAnswers::online),
    WHY("why", answers -> true),
    DETAILS("details", answers -> true),
    EVIDENCE("evidence", answers -> true),
    CONTACT_CHOICE("contact-choice", answers -> true),
    ABOUT_YOU("about-you", answers -> !answers.anonymous()),
    CONTACT("contact", answers -> !answers.anonymous()),
    SAFE_CONTACT("safe-contact", answers -> !answers.anonymous()),
    LANGUAGE("language-and-support", answers -> !answers.anonymous()),
    VICTIM("victim", answers -> !answers.anonymous() && answers.onBehalf()),
    CONSENT("consent", answers -> !answers.anonymous()),
    CHECK("check", answers -> true);

    final String slug;
    private final Predicate<JourneyAnswers> asked;

    JourneyStep(String slug, Predicate<JourneyAnswers> asked) {
        this.slug = slug;
        this.asked = asked;
    }

    static Optional<JourneyStep> bySlug(String slug) {
        for (JourneyStep step : values()) {
            if (step.slug.equals(slug)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    boolean askedOf(JourneyAnswers answers) {
        return asked.test(answers);
    }

    JourneyStep next(JourneyAnswers answers) {
        for (int i = ordinal() + 1; i < values().length; i++) {
            if (values()[i].askedOf(answers)) {
                return values()[i];
            }
        }
        return CHECK;
    }

    /** The page before this one, for the back link; null on the first question (the start page comes before it). */
    JourneyStep previous(JourneyAnswers answers) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            if (values()[i].askedOf(answers)) {
                return values()[i];
            }
        }
        return null;
    }

    /** The first question asked but not yet answered, or the check page when all are. */
    static JourneyStep firstUnanswered(JourneyAnswers answers) {
        for (JourneyStep step : values()) {
            if (step != CHECK && step.askedOf(answers) && !answers.completed.contains(step.slug)) {
                return step;
            }
        }
        return CHECK;
    }

    /** Keeps what this page's form sent: a field left out of the form (an unticked box) is kept as empty. */
    void keep(JourneyAnswers answers, JourneyForm form) {
        form.keepIn(answers, this);
        if (this == WHEN) {
            // A date if any part of one was typed, else the words saying roughly when.
            answers.whenKind = !blank(answers.day) || !blank(answers.month) || !blank(answers.year)
                    ? "DATE"
                    : blank(answers.approximately) ? null : "APPROXIMATE";
        }
        if (this == CONTACT_CHOICE && answers.anonymous()) {
            answers.forgetPersonalDetails();
        }
    }

    /** Checks this page's answers; the messages go to the page in the reader's language. */
    void check(JourneyAnswers a, Checks checks, ReportValidator validator) {
        switch (this) {
            case WHO -> checks.code("reporterRole", a.reporterRole, ReportValidator.ROLES, true);
            case RELATIONSHIP -> checks.code("relationship", a.relationship, ReportValidator.RELATIONSHIPS, true);
            case WHAT_HAPPENED ->
                checks.required(
                        "description", a.description, Checks.DESCRIPTION_MAX, "report.error.descriptionMissing");
            case WHEN -> checkWhen(a, checks, validator.today());
            case WHERE -> checks.code("whereKind", a.whereKind, Set.of("PLACE", "ONLINE"), true);
            case PLACE -> {
                String postcode = checks.postcode("postcode", a.postcode);
                String place = checks.optional("place", a.place, 2000);
                if (postcode == null && place == null && !checks.errors().any()) {
                    checks.fail("postcode", "report.error.placeMissing");
                }
            }
            case ONLINE -> {
                checks.required("platform", a.platform, Checks.LINE_MAX, "report.error.platformMissing");
                checks.webAddress("link", a.link);
            }
            case WHY -> {
                validator.perception(checks, "strands", a.strands, a.religion);
                checks.optional("hostilityReason", a.hostilityReason, Checks.LONG_TEXT_MAX);
            }
            case DETAILS -> {
                checks.optional("peopleInvolved", a.peopleInvolved, Checks.LONG_TEXT_MAX);
                checks.optional("witnesses", a.witnesses, Checks.LONG_TEXT_MAX);
                checks.optional("harm", a.harm, Checks.LONG_TEXT_MAX);
            }
            case CONTACT_CHOICE -> checks.code("giveDetails", a.giveDetails, Set.of("YES", "NO"), true);
            case ABOUT_YOU -> {
                checks.optionalLine("name", a.name, Checks.LINE_MAX);
                checks.optionalLine("pronouns", a.pronouns, 50);
            }
            case CONTACT -> checkContact(a, checks);
            case SAFE_CONTACT -> {
                checks.safeWindows("days1", a.typedWindows(), (number, part) -> part + number, true);
                checks.optionalLine("safeTimes", a.safeTimes, 500);
                for (String channel : a.allowedChannels == null ? List.<String>of() : a.allowedChannels) {
                    checks.code("allowedChannels", channel, ReportValidator.ALLOWED_CHANNELS, false);
                }
            }
            case LANGUAGE -> {
                checks.language("language", a.language);
                checks.optional("adjustments", a.adjustments, 2000);
                checks.optional("spokesperson", a.spokesperson, 500);
            }
            case VICTIM -> {
                checks.optionalLine("victimName", a.victimName, Checks.LINE_MAX);
                checks.email("victimEmail", a.victimEmail);
                checks.phone("victimPhone", a.victimPhone);
            }
            case EVIDENCE, CONSENT, CHECK -> {
                // files are checked as they are added; consent boxes are free choices; the check page re-checks all on
                // submit
            }
        }
    }

    private static void checkWhen(JourneyAnswers a, Checks checks, LocalDate today) {
        checks.optionalLine("approximately", a.approximately, 500);
        if (a.whenKind == null) {
            checks.fail("day", "report.error.whenMissing");
            return;
        }
        if ("APPROXIMATE".equals(a.whenKind)) {
            return;
        }
        if (blank(a.day) || blank(a.month) || blank(a.year)) {
            checks.fail("day", "report.error.dateIncomplete");
            return;
        }
        LocalDate date;
        try {
            date = a.date();
        } catch (NumberFormatException | DateTimeException notADate) {
            checks.fail("day", "report.error.dateInvalid");
            return;
        }
        if (checks.checkedWhen("day", new Checks.When(date, null), today) == null) {
            return;
        }
        if (!blank(a.time)) {
            try {
                JourneyAnswers.parseTime(a.time);
            } catch (RuntimeException notATime) {
                checks.fail("time", "report.error.time");
            }
        }
    }

    private static void checkContact(JourneyAnswers a, Checks checks) {
        String email = checks.email("email", a.email);
        String phone = checks.phone("phone", a.phone);
        if (email == null
                && phone == null
                && !checks.errors().has("email")
                && !checks.errors().has("phone")) {
            checks.fail("email", "report.error.contactMissing");
            return;
        }
        String preferred = checks.code("preferredContact", a.preferredContact, ReportValidator.CONTACT_CHANNELS, true);
        if ("EMAIL".equals(preferred) && email == null && !checks.errors().has("email")) {
            checks.fail("email", "report.error.emailForPreferred");
        }
        if ("PHONE".equals(preferred) && phone == null && !checks.errors().has("phone")) {
            checks.fail("phone", "report.error.phoneForPreferred");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
