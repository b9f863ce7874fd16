package org.reassure.platform;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The languages the service offers, as BCP 47 codes (like {@code pl}, {@code ur}, {@code bfi}): what is stored
 * wherever a person's language or an organisation's languages are kept. Each has its name in English, in Welsh and
 * in the language itself (its endonym), from Java's locale data where that is right and from a table where it is
 * not (Mandarin, Dari, British Sign Language and a few others Java does not name, or names wrongly).
 */
public final class Languages {

    /** One language: its code and its names. */
    public record Language(String code, String english, String welsh, String endonym) {

        /** Its name in the reader's language (Welsh when the locale is Welsh, else English). */
        public String name(Locale locale) {
            return isWelsh(locale) ? welsh : english;
        }

        /** "Polish (polski)", "Pwyleg (polski)", or the name alone when the language calls itself the same. */
        public String label(Locale locale) {
            String name = name(locale);
            return endonym == null || endonym.equalsIgnoreCase(name) ? name : name + " (" + endonym + ")";
        }
    }

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    /** The codes offered, most often needed in England and Wales first (the lists sort them by name). */
    private static final List<String> CODES = List.of(
            "en", "cy", "pl", "ro", "pa", "ur", "bn", "syl", "gu", "ar", "pt", "es", "it", "lt", "yue", "cmn", "fr",
            "ta", "tr", "so", "bg", "fa", "prs", "ps", "ku", "ckb", "ti", "am", "uk", "ru", "sq", "hu", "el", "de",
            "lv", "sk", "cs", "hi", "ml", "ne", "yo", "ig", "ha", "sw", "om", "vi", "th", "tl", "bfi", "ga", "gd", "hr",
            "sr", "nl", "he", "ja", "ko", "mr", "si", "sd", "tw", "ln", "rom", "mt", "sl", "et", "fi", "sv", "da");

    /** Names Java's locale data lacks or gets wrong: code, English, Welsh, endonym. */
    private static final Map<String, String[]> TABLE = Map.ofEntries(
            Map.entry("cmn", new String[] {"Mandarin", "Mandarin", "普通话"}),
            Map.entry("yue", new String[] {"Cantonese", "Cantoneeg", "廣東話"}),
            Map.entry("prs", new String[] {"Dari", "Dari", "دری"}),
            Map.entry("bfi", new String[] {"British Sign Language (BSL)", "Iaith Arwyddion Prydain (BSL)", null}),
            Map.entry("bn", new String[] {"Bengali", "Bengaleg", "বাংলা"}),
            Map.entry("syl", new String[] {"Sylheti", "Sylheti", "সিলেটি"}),
            Map.entry("ckb", new String[] {"Kurdish (Sorani)", "Cwrdeg (Sorani)", "کوردیی سۆرانی"}),
            Map.entry("ku", new String[] {"Kurdish (Kurmanji)", "Cwrdeg (Kurmanji)", "kurdî (kurmancî)"}),
            Map.entry("fa", new String[] {"Persian (Farsi)", "Perseg (Farsi)", "فارسی"}),
            Map.entry("ti", new String[] {"Tigrinya", "Tigrinya", "ትግርኛ"}),
            Map.entry("rom", new String[] {"Romani", "Romani", "romani ćhib"}),
            Map.entry("tw", new String[] {"Twi", "Twi", "Twi"}));

    /** Other ways old answers name a language: lower case, without accents. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("bsl", "bfi"),
            Map.entry("sign language", "bfi"),
            Map.entry("british sign language", "bfi"),
            Map.entry("farsi", "fa"),
            Map.entry("persian", "fa"),
            Map.entry("bangla", "bn"),
            Map.entry("bengali", "bn"),
            Map.entry("panjabi", "pa"),
            Map.entry("punjabi", "pa"),
            Map.entry("mandarin chinese", "cmn"),
            Map.entry("chinese mandarin", "cmn"),
            Map.entry("cantonese chinese", "yue"),
            Map.entry("chinese cantonese", "yue"),
            Map.entry("kurdish", "ku"),
            Map.entry("kurmanji", "ku"),
            Map.entry("sorani", "ckb"),
            Map.entry("filipino", "tl"),
            Map.entry("slovakian", "sk"),
            Map.entry("romany", "rom"),
            Map.entry("roma", "rom"),
            Map.entry("gaelic", "gd"),
            Map.entry("scots gaelic", "gd"),
            Map.entry("twi", "tw"),
            Map.entry("akan", "tw"),
            Map.entry("pushto", "ps"),
            Map.entry("pashtu", "ps"));

    private static final Map<String, Language> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, String> BY_TEXT = new LinkedHashMap<>();

    static {
        for (String code : CODES) {
            String[] named = TABLE.get(code);
            Locale locale = Locale.forLanguageTag(code);
            Language language = named != null
                    ? new Language(code, named[0], named[1], named[2])
                    : new Language(
                            code,
                            locale.getDisplayLanguage(Locale.ENGLISH),
                            locale.getDisplayLanguage(WELSH),
                            locale.getDisplayLanguage(locale));
            BY_CODE.put(code, language);
        }
        BY_CODE.values().forEach(l -> {
            BY_TEXT.putIfAbsent(key(l.code()), l.code());
            BY_TEXT.putIfAbsent(key(l.english()), l.code());
            BY_TEXT.putIfAbsent(key(l.welsh()), l.code());
            if (l.endonym() != null) {
                BY_TEXT.putIfAbsent(key(l.endonym()), l.code());
            }
            // "Persian (Farsi)" is also found as "Persian"
            int bracket = l.english().indexOf(" (");
            if (bracket > 0) {
                BY_TEXT.putIfAbsent(key(l.english().substring(0, bracket)), l.code());
            }
        });
        ALIASES.forEach((text, code) -> BY_TEXT.putIfAbsent(key(text), code));
    }

    private Languages() {}

    /** Every language offered, in the order of codes above. */
    public static List<Language> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** Every language offered, sorted by its name in the reader's language. */
    public static List<Language> sorted(Locale locale) {
        return sorted(BY_CODE.keySet(), locale);
    }

    /** The known ones of these codes, sorted by name in the reader's language (a directory's filter list). */
    public static List<Language> sorted(Collection<String> codes, Locale locale) {
        Collator collator = Collator.getInstance(isWelsh(locale) ? WELSH : Locale.UK);
        return codes.stream()
                .distinct()
                .map(Languages::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Language l) -> l.name(locale), collator))
                .toList();
    }

    /** The language of a code offered (exactly as stored: lower case). */
    public static Optional<Language> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean known(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /**
     * A stored language for people to read: the name of a known code in the reader's language, or the value as it
     * is (an old answer typed as text and not recognised), or null.
     */
    public static String name(String code, Locale locale) {
        return code == null ? null : find(code).map(l -> l.name(locale)).orElse(code);
    }

    /** Like {@link #name} with the language's own name too: "Polish (polski)". */
    public static String label(String code, Locale locale) {
        return code == null ? null : find(code).map(l -> l.label(locale)).orElse(code);
    }

    /**
     * The code of a language as someone typed it: "Polish", "polish", "Polski", "Pwyleg", "pl" and "pl-PL" all give
     * {@code pl}; empty when it is none of the languages offered.
     */
    public static Optional<String> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = key(text);
        String code = BY_TEXT.get(key);
        if (code == null && key.matches("[a-z]{2,3}([-_][a-z0-9]{2,8})+")) {
            code = BY_TEXT.get(key.split("[-_]")[0]);
        }
        if (code == null && key.endsWith(" language")) {
            code = BY_TEXT.get(key.substring(0, key.length() - " language".length()));
        }
        return Optional.ofNullable(code);
    }

    /**
     * Every text {@link #fromText} knows with its code, each in lower case both with and without its accents: what a
     * data migration compares with {@code lower(trim(value))}.
     */
    public static Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>(BY_TEXT);
        BY_CODE.values().forEach(l -> {
            for (String name : new String[] {l.english(), l.welsh(), l.endonym()}) {
                if (name != null) {
                    texts.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), l.code());
                }
            }
        });
        return texts;
    }

    /** Lower case, trimmed, single spaces, without accents (so "Română" and "romana" are the same). */
    static String key(String text) {
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{InCombiningDiacriticalMarks}", "");
        return Normalizer.normalize(folded, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private static boolean isWelsh(Locale locale) {
        return locale != null && "cy".equals(locale.getLanguage());
    }
}
