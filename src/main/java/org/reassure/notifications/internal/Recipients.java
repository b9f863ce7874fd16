package org.reassure.notifications.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.WithheldReason;

/**
 * Who can be told, how, and in which language, respecting what the person asked for. Details come from the case (so
 * that staff corrections count), consent and anonymity from the report, and the contact wishes in force in victim
 * care (changed by staff with the victim) override the report's channels, safe times and consent. Never throws for
 * missing data: what cannot be used is a reason to withhold.
 */
@Component
class Recipients {

    /** Ways of contact a person can allow that carry no notification: Track my report's messages, a visit. */
    private static final Set<String> NOTIFIABLE = Set.of("EMAIL", "PHONE", "POST");

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the report says: absent for a case that did not start as a report. */
    record ReportSide(
            boolean anonymous,
            boolean consent,
            String reporterRole,
            String personRole,
            String language,
            String preferredContact,
            List<String> allowedChannels,
            List<String> safeWindows) {}

    /** The contact wishes in force in victim care. */
    record CareSide(List<String> safeWindows, List<String> allowedChannels, Boolean consent) {}

    /** The case's details for one person (newest value of each). */
    record Details(String fullName, String email, String phone, String address, String postcode) {}

    /** The kind of recipient the person who reported is: the victim when they reported for themselves. */
    RecipientKind whoReported(String reference) {
        return reportRows(reference).stream()
                .findFirst()
                .map(row -> "VICTIM".equals(row.reporterRole()) ? RecipientKind.VICTIM : RecipientKind.REPORTER)
                .orElse(RecipientKind.VICTIM);
    }

    /** How to reach the victim or the reporter of a case ({@code kind} VICTIM or REPORTER). */
    Reach reach(String reference, RecipientKind kind) {
        String ref = normalise(reference);
        List<ReportSide> rows = reportRows(ref);
        Optional<ReportSide> report = rows.stream().findFirst();
        Optional<ReportSide> person = rows.stream()
                .filter(row -> kind.name().equals(row.personRole()))
                .findFirst();
        String language = language(person.map(ReportSide::language).orElse(null));
        if (report.isPresent() && report.get().anonymous()) {
            return Reach.withheld(kind, language, WithheldReason.ANONYMOUS);
        }
        Optional<CareSide> care = care(ref);
        Boolean careConsent = care.map(CareSide::consent).orElse(null);
        if (Boolean.FALSE.equals(careConsent)) {
            return Reach.withheld(kind, language, WithheldReason.CONSENT_WITHDRAWN);
        }
        // A case that did not start as a report (imported, or taken down by staff as a case): the victim gave their
        // details to the police themselves, so contact is agreed unless care records otherwise.
        boolean consent = careConsent != null
                ? careConsent
                : report.map(ReportSide::consent).orElse(true);
        if (!consent) {
            return Reach.withheld(kind, language, WithheldReason.NO_CONSENT);
        }
        boolean careSpeaks = kind == RecipientKind.VICTIM && care.isPresent();
        List<String> allowed = careSpeaks
                ? care.get().allowedChannels()
                : person.map(ReportSide::allowedChannels).orElse(List.of());
        List<String> windows = careSpeaks
                ? care.get().safeWindows()
                : person.map(ReportSide::safeWindows).orElse(List.of());
        String preferred = person.map(ReportSide::preferredContact).orElse(null);
        Details details = details(ref, kind);
        return choose(kind, language, preferred, allowed, windows, details);
    }

    /**
     * The channel: the preferred one if allowed and the details exist, else the other allowed ones in order e-mail,
     * text message, then a letter only when post was chosen and an address is on the case.
     */
    static Reach choose(
            RecipientKind kind,
            String language,
            String preferred,
            List<String> allowed,
            List<String> windows,
            Details details) {
        boolean saidNothing = allowed.isEmpty();
        if (!saidNothing && allowed.stream().noneMatch(NOTIFIABLE::contains)) {
            return Reach.withheld(kind, language, WithheldReason.NO_ALLOWED_CHANNEL);
        }
        boolean postChosen = "POST".equals(preferred) || allowed.contains("POST");
        EnumSet<NotificationChannel> usable = EnumSet.noneOf(NotificationChannel.class);
        if (details.email() != null && (saidNothing || allowed.contains("EMAIL"))) {
            usable.add(NotificationChannel.EMAIL);
        }
        if (details.phone() != null && (saidNothing || allowed.contains("PHONE"))) {
            usable.add(NotificationChannel.SMS);
        }
        if (details.address() != null && postChosen) {
            usable.add(NotificationChannel.LETTER);
        }
        NotificationChannel wanted = preferred == null
                ? null
                : switch (preferred) {
                    case "EMAIL" -> NotificationChannel.EMAIL;
                    case "PHONE" -> NotificationChannel.SMS;
                    case "POST" -> NotificationChannel.LETTER;
                    default -> null;
                };
        NotificationChannel channel = wanted != null && usable.contains(wanted)
                ? wanted
                : usable.stream().findFirst().orElse(null); // EnumSet order: EMAIL, SMS, LETTER
        if (channel == null) {
            boolean onlyPost =
                    postChosen && allowed.stream().filter(NOTIFIABLE::contains).allMatch("POST"::equals);
            return Reach.withheld(
                    kind,
                    language,
                    onlyPost && details.address() == null
                            ? WithheldReason.NO_ADDRESS
                            : WithheldReason.NO_ALLOWED_CHANNEL);
        }
        return switch (channel) {
            case EMAIL -> new Reach(kind, channel, language, details.email(), null, List.of(), windows, null);
            case SMS -> new Reach(kind, channel, language, null, details.phone(), List.of(), windows, null);
            case LETTER -> new Reach(kind, channel, language, null, null, addressLines(details), List.of(), null);
        };
    }

    /** {@code cy} for a language tag starting with cy, or Welsh named in English or Welsh; otherwise {@code en}. */
    static String language(String given) {
        if (given == null) {
            return "en";
        }
        String tag = given.strip().toLowerCase(Locale.ROOT);
        return tag.startsWith("cy") || tag.equals("welsh") || tag.equals("cymraeg") ? "cy" : "en";
    }

    /** The person's name, their address a line at a time, and the postcode last (Notify's address lines). */
    static List<String> addressLines(Details details) {
        List<String> lines = new ArrayList<>();
        if (details.fullName() != null) {
            lines.add(details.fullName());
        }
        Arrays.stream(details.address().split("[,\\n]"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(lines::add);
        if (details.postcode() != null) {
            String postcode = details.postcode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            String spaced = postcode.length() > 3
                    ? postcode.substring(0, postcode.length() - 3) + " " + postcode.substring(postcode.length() - 3)
                    : postcode;
            if (lines.stream().noneMatch(line -> line.replaceAll("\\s+", "").equalsIgnoreCase(postcode))) {
                lines.add(spaced);
            }
        }
        // Notify takes up to 7 lines: the street lines give way first, so the postcode stays last.
        while (lines.size() > 7) {
            lines.remove(lines.size() - 2);
        }
        return List.copyOf(lines);
    }

    private List<ReportSide> reportRows(String reference) {
        return jdbc.sql("""
                SELECT anonymous, consent_to_contact, reporter_role, person_role, language, preferred_contact,
                       allowed_channels, safe_windows
                FROM reporting_report_contact_v WHERE reference = ?""")
                .param(normalise(reference))
                .query((rs, n) -> new ReportSide(
                        rs.getBoolean("anonymous"),
                        rs.getBoolean("consent_to_contact"),
                        rs.getString("reporter_role"),
                        rs.getString("person_role"),
                        rs.getString("language"),
                        rs.getString("preferred_contact"),
                        texts(rs, "allowed_channels"),
                        texts(rs, "safe_windows")))
                .list();
    }

    private Optional<CareSide> care(String reference) {
        return jdbc.sql("""
                SELECT safe_windows, allowed_channels, contact_consent FROM care_contact_wishes_v
                WHERE case_reference = ?""")
                .param(reference)
                .query((rs, n) -> new CareSide(texts(rs, "safe_windows"), texts(rs, "allowed_channels"), (Boolean)
                        rs.getObject("contact_consent")))
                .optional();
    }

    private Details details(String reference, RecipientKind kind) {
        List<Details> rows = jdbc.sql("""
                SELECT full_name, email, phone, address, postcode FROM casework_case_contact_v
                WHERE case_reference = ? AND person_role = ? ORDER BY added_at DESC, person_id""")
                .params(reference, kind.name())
                .query((rs, n) -> new Details(
                        blank(rs.getString("full_name")),
                        blank(rs.getString("email")),
                        blank(rs.getString("phone")),
                        blank(rs.getString("address")),
                        blank(rs.getString("postcode"))))
                .list();
        return new Details(
                newest(rows, Details::fullName),
                newest(rows, Details::email),
                newest(rows, Details::phone),
                newest(rows, Details::address),
                newest(rows, Details::postcode));
    }

    private static String newest(List<Details> rows, Function<Details, String> field) {
        return rows.stream()
                .map(field)
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static String normalise(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
    }
}
