package org.reassure.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.SafeWindowInput;

/** Checks a whole report, field by field, and returns it cleaned; every problem at once, as a 422 or an error summary. */
@Component
public class ReportValidator {

    public static final Set<String> ROLES = Set.of("VICTIM", "WITNESS", "ON_BEHALF");
    public static final Set<String> RELATIONSHIPS = new LinkedHashSet<>(List.of(
            "FRIEND", "RELATIVE", "COMMUNITY_LEADER", "SOLICITOR", "COUNCIL_OR_HOUSING", "ADVICE_WORKER", "OTHER"));
    public static final Set<String> RELIGIONS = new LinkedHashSet<>(List.of(
            "ANTI_MUSLIM",
            "ANTI_JEWISH",
            "ANTI_CHRISTIAN",
            "ANTI_SIKH",
            "ANTI_HINDU",
            "ANTI_BUDDHIST",
            "OTHER",
            "NO_RELIGION"));
    public static final Set<String> CONTACT_CHANNELS =
            new LinkedHashSet<>(List.of("PHONE", "EMAIL", "POST", "IN_PERSON", "NONE"));
    /** The ways a person allows us to contact them (MESSAGE: secure messages on Track my report). */
    public static final Set<String> ALLOWED_CHANNELS =
            new LinkedHashSet<>(List.of("PHONE", "EMAIL", "POST", "IN_PERSON", "MESSAGE"));

    static final String UNSURE = "UNSURE";

    private final ReportStrands strands;
    private final Clock clock;

    ReportValidator(ReportStrands strands, Clock clock) {
        this.strands = strands;
        this.clock = clock;
    }

    /** Today in the UK, the last day something can have happened on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.UK));
    }

    CleanReport validate(NewReport report) {
        Checks checks = new Checks();
        String role = checks.code("reporterRole", report.reporterRole(), ROLES, true);
        if (report.anonymous() == null) {
            checks.fail("anonymous", "report.error.anonymousMissing");
        }
        boolean anonymous = Boolean.TRUE.equals(report.anonymous());
        String relationship = checks.code("relationship", report.relationship(), RELATIONSHIPS, false);
        if (relationship != null && !"ON_BEHALF".equals(role)) {
            checks.fail("relationship", "report.error.relationshipOnlyOnBehalf");
        }
        String description = checks.required(
                "description", report.description(), Checks.DESCRIPTION_MAX, "report.error.descriptionMissing");
        Perception perception =
                perception(checks, "perceivedHostility", report.perceivedHostility(), report.religion());
        String reason = checks.optional("hostilityReason", report.hostilityReason(), Checks.LONG_TEXT_MAX);
        Checks.When occurred = checks.occurredAt("occurredAt", report.occurredAt(), today());
        String approx = checks.optionalLine("occurredApproximately", report.occurredApproximately(), 500);
        NewReport.Location location = report.location();
        String place = location == null ? null : checks.optional("location.description", location.description(), 2000);
        String postcode = location == null ? null : checks.postcode("location.postcode", location.postcode());
        NewReport.Online online = report.online();
        String platform =
                online == null ? null : checks.optionalLine("online.platform", online.platform(), Checks.LINE_MAX);
        String url = online == null ? null : checks.webAddress("online.url", online.url());
        String people = checks.optional("peopleInvolved", report.peopleInvolved(), Checks.LONG_TEXT_MAX);
        String witnesses = checks.optional("witnesses", report.witnesses(), Checks.LONG_TEXT_MAX);
        String harm = checks.optional("harm", report.harm(), Checks.LONG_TEXT_MAX);
        CleanReport.CleanPerson reporter = null;
        CleanReport.CleanPerson victim = null;
        NewReport.Consent consent = report.consent();
        boolean consentContact = consent != null && Boolean.TRUE.equals(consent.contact());
        if (anonymous) {
            // An anonymous report carries nothing that identifies anyone (api.md).
            if (!isEmpty(report.reporter())) {
                checks.fail("reporter", "report.error.anonymousWithReporter");
            }
            if (!isEmpty(report.victim())) {
                checks.fail("victim", "report.error.anonymousWithVictim");
            }
            if (consentContact) {
                checks.fail("consent.contact", "report.error.anonymousWithContact");
            }
        } else {
            reporter = person(checks, "reporter", report.reporter());
            if (!"ON_BEHALF".equals(role) && !isEmpty(report.victim())) {
                checks.fail("victim", "report.error.victimOnlyOnBehalf");
            }
            victim = person(checks, "victim", report.victim());
        }
        checks.errors().throwIfAny();
        return new CleanReport(
                role,
                relationship,
                anonymous,
                description,
                reason,
                perception.strands(),
                perception.religion(),
                perception.unsure(),
                occurred,
                approx,
                place,
                postcode,
                online != null && (platform != null || url != null),
                platform,
                url,
                people,
                witnesses,
                harm,
                reporter,
                victim,
                !anonymous && consentContact,
                consent != null && Boolean.TRUE.equals(consent.referral()));
    }

    public record Perception(List<String> strands, List<String> religion, boolean unsure) {}

    /** The perception question's answer: at least one strand, or "not sure" alone; religion sub-choices only with religion. */
    public Perception perception(Checks checks, String field, List<String> codes, List<String> religion) {
        Set<String> known = strands.activeCodes();
        List<String> chosen = new ArrayList<>();
        boolean unsure = false;
        for (String code : codes == null ? List.<String>of() : codes) {
            String clean = Text.line(code);
            if (clean == null) {
                continue;
            }
            if (UNSURE.equals(clean)) {
                unsure = true;
            } else if (known.contains(clean)) {
                if (!chosen.contains(clean)) {
                    chosen.add(clean);
                }
            } else {
                checks.fail(field, "report.error.unknownStrand", String.join(", ", known) + ", " + UNSURE);
                return new Perception(List.of(), List.of(), false);
            }
        }
        if (chosen.isEmpty() && !unsure) {
            checks.fail(field, "report.error.perceptionMissing");
        } else if (unsure && !chosen.isEmpty()) {
            checks.fail(field, "report.error.unsureAlone");
        }
        List<String> religions = new ArrayList<>();
        for (String code : religion == null ? List.<String>of() : religion) {
            String clean = Text.line(code);
            if (clean != null && !religions.contains(clean)) {
                if (!RELIGIONS.contains(clean)) {
                    checks.fail("religion", "report.error.oneOf", String.join(", ", RELIGIONS));
                } else {
                    religions.add(clean);
                }
            }
        }
        if (!religions.isEmpty() && !chosen.contains("RELIGION")) {
            checks.fail("religion", "report.error.religionWithoutStrand");
        }
        return new Perception(chosen, religions, unsure);
    }

    private CleanReport.CleanPerson person(Checks checks, String prefix, NewReport.Person person) {
        if (isEmpty(person)) {
            return null;
        }
        String name = checks.optionalLine(prefix + ".name", person.name(), Checks.LINE_MAX);
        String pronouns = checks.optionalLine(prefix + ".pronouns", person.pronouns(), 50);
        String email = checks.email(prefix + ".email", person.email());
        String phone = checks.phone(prefix + ".phone", person.phone());
        String preferred =
                checks.code(prefix + ".preferredContact", person.preferredContact(), CONTACT_CHANNELS, false);
        if ("EMAIL".equals(preferred) && email == null && !checks.errors().has(prefix + ".email")) {
            checks.fail(prefix + ".email", "report.error.emailForPreferred");
        }
        if ("PHONE".equals(preferred) && phone == null && !checks.errors().has(prefix + ".phone")) {
            checks.fail(prefix + ".phone", "report.error.phoneForPreferred");
        }
        String safeTimes = checks.optionalLine(prefix + ".safeTimes", person.safeTimes(), 500);
        List<ContactWishes.Window> windows = checks.safeWindows(
                prefix + ".safeWindows",
                person.safeWindows() == null
                        ? null
                        : person.safeWindows().stream()
                                .map(w -> w == null
                                        ? new SafeWindowInput.Typed(null, null, null)
                                        : new SafeWindowInput.Typed(w.days(), w.from(), w.to()))
                                .toList(),
                (number, part) -> prefix + ".safeWindows[" + (number - 1) + "]." + part,
                false);
        List<String> channels = allowedChannels(checks, prefix + ".allowedChannels", person.allowedChannels());
        String language = checks.language(prefix + ".language", person.language(), "report.error.languageCode");
        String adjustments = checks.optional(prefix + ".adjustments", person.adjustments(), 2000);
        String spokesperson = checks.optional(prefix + ".spokesperson", person.spokesperson(), 500);
        return new CleanReport.CleanPerson(
                name,
                pronouns,
                email,
                phone,
                preferred,
                safeTimes,
                person.leaveMessage(),
                language,
                person.interpreterNeeded(),
                adjustments,
                spokesperson,
                windows,
                channels);
    }

    private static List<String> allowedChannels(Checks checks, String field, List<String> codes) {
        List<String> channels = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String clean = checks.code(field, code, ALLOWED_CHANNELS, false);
            if (clean != null && !channels.contains(clean)) {
                channels.add(clean);
            }
        }
        return channels;
    }

    /** Whether a person in a report says nothing at all (as absent, or as an object of nulls). */
    private static boolean isEmpty(NewReport.Person person) {
        return person == null
                || person.name() == null
                        && person.pronouns() == null
                        && person.email() == null
                        && person.phone() == null
                        && person.preferredContact() == null
                        && person.language() == null
                        && person.interpreterNeeded() == null
                        && person.adjustments() == null
                        && person.safeTimes() == null
                        && person.leaveMessage() == null
                        && person.spokesperson() == null
                        && (person.safeWindows() == null || person.safeWindows().isEmpty())
                        && (person.allowedChannels() == null
                                || person.allowedChannels().isEmpty());
    }
}
