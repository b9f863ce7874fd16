package org.reassure.referrals.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.casework.Strands;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Languages;

/**
 * The rules of a directory entry, field by field in the order of the page, for the page that edits one and for
 * {@code admin create-organisation}: every problem at once.
 */
@Component
class DirectoryEntryValidator {

    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,19}";

    private final Strands strands;

    DirectoryEntryValidator(Strands strands) {
        this.strands = strands;
    }

    /** A new organisation's code, name and strands. */
    List<String> checkNew(String code, String name, List<String> strandCodes, boolean taken, FormErrors errors) {
        if (code.isEmpty()) {
            errors.add("code", "referrals.organisation.codeMissing");
        } else if (!code.matches(CODE_PATTERN)) {
            errors.add("code", "referrals.organisation.codeFormat");
        } else if (taken) {
            errors.add("code", "referrals.organisation.codeTaken", code);
        }
        checkName(name, errors);
        return checkStrands(strandCodes, errors);
    }

    /** A changed entry: its strands as known codes, its areas and languages cleaned. */
    Checked check(DirectoryEntry entry, FormErrors errors) {
        checkName(strip(entry.name()), errors);
        tooLong(errors, "description", entry.description(), 2000, "referrals.organisation.tooLong.description");
        tooLong(errors, "nameCy", entry.nameCy(), 200, "referrals.organisation.tooLong.nameCy");
        tooLong(errors, "descriptionCy", entry.descriptionCy(), 2000, "referrals.organisation.tooLong.descriptionCy");
        List<String> checked = checkStrands(entry.strands(), errors);
        tooLong(errors, "groupsServed", entry.groupsServed(), 500, "referrals.organisation.tooLong.groupsServed");
        List<String> areas = cleanList(entry.areas(), false);
        if (!entry.national() && areas.isEmpty()) {
            errors.add("areas", "referrals.organisation.areasMissing");
        }
        List<String> languages = languages(cleanList(entry.languages(), false), errors);
        tooLong(errors, "openingHours", entry.openingHours(), 500, "referrals.organisation.tooLong.openingHours");
        tooLong(errors, "phone", entry.phone(), 30, "referrals.organisation.tooLong.phone");
        String email = strip(entry.email());
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "referrals.organisation.emailFormat");
        }
        tooLong(errors, "website", entry.website(), 300, "referrals.organisation.tooLong.website");
        tooLong(errors, "howToRefer", entry.howToRefer(), 1000, "referrals.organisation.tooLong.howToRefer");
        if (entry.capacity() == null) {
            errors.add("capacity", "referrals.organisation.capacityMissing");
        }
        if (entry.responseDays() == null || entry.responseDays() < 1 || entry.responseDays() > 20) {
            errors.add("responseDays", "referrals.organisation.responseDaysRange");
        }
        return new Checked(checked, areas, languages, email);
    }

    /**
     * The languages as codes of languages the service offers: each typed as its code or its name ("pl", "Polish",
     * "Pwyleg"); those it does not know are named in the error.
     */
    private static List<String> languages(List<String> typed, FormErrors errors) {
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String each : typed) {
            Languages.fromText(each).ifPresentOrElse(codes::add, () -> unknown.add(each));
        }
        if (!unknown.isEmpty()) {
            errors.add("languages", "referrals.organisation.languagesUnknown", String.join(", ", unknown));
        } else if (codes.isEmpty()) {
            errors.add("languages", "referrals.organisation.languagesMissing");
        }
        return codes.stream().distinct().toList();
    }

    /** What the checks cleaned: strand codes, areas, languages and the email address. */
    record Checked(List<String> strands, List<String> areas, List<String> languages, String email) {}

    private static void checkName(String name, FormErrors errors) {
        if (name.isEmpty()) {
            errors.add("name", "referrals.organisation.nameMissing");
        } else if (name.length() > 200) {
            errors.add("name", "referrals.organisation.nameTooLong");
        }
    }

    private List<String> checkStrands(List<String> codes, FormErrors errors) {
        Set<String> known = new LinkedHashSet<>();
        strands.active().forEach(s -> known.add(s.code()));
        List<String> checked = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (!known.contains(clean)) {
                errors.add("strands", "referrals.organisation.unknownStrand", clean, String.join(",", known));
            } else if (!checked.contains(clean)) {
                checked.add(clean);
            }
        }
        return checked;
    }

    /** Each field has its own message: "What you do must be 2000 characters or fewer". */
    private static void tooLong(FormErrors errors, String field, String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, key);
        }
    }

    static List<String> cleanList(List<String> values, boolean lower) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                String clean = part.strip();
                if (!clean.isEmpty()) {
                    out.add(lower ? clean.toLowerCase(Locale.ROOT) : clean);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
