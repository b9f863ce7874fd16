package org.reassure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.reassure.platform.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the message bundles, so that every page can be read in English and Welsh:
 * no template holds text that is not a message key, and no message from Java (an error, a conflict, a flash banner,
 * an API problem) is written out in English. Failures are listed by module.
 */
class HardCodedTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java/org/reassure");

    /** Template folders and the module each belongs to. */
    private static final Map<String, String> TEMPLATE_MODULES = Map.ofEntries(
            Map.entry("admin", "identity"),
            Map.entry("identity", "identity"),
            Map.entry("audit", "audit"),
            Map.entry("cases", "casework"),
            Map.entry("care", "care"),
            Map.entry("error", "platform"),
            Map.entry("layout", "platform"),
            Map.entry("information", "reporting"),
            Map.entry("reporting", "reporting"),
            Map.entry("insights", "insights"),
            Map.entry("statistics", "insights"),
            Map.entry("partner", "referrals"),
            Map.entry("referrals", "referrals"),
            Map.entry("support", "referrals"),
            Map.entry("spikes", "spikes"),
            Map.entry("trials", "trials"));

    /** Attributes whose text is shown or read out. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder", "summary");

    /** Thymeleaf attributes whose literals are never shown: addresses, names, classes, conditions, posted values. */
    private static final Set<String> HIDDEN_TH_ATTRIBUTES = Set.of(
            "th:href",
            "th:src",
            "th:action",
            "th:class",
            "th:classappend",
            "th:id",
            "th:for",
            "th:name",
            "th:fragment",
            "th:each",
            "th:if",
            "th:unless",
            "th:switch",
            "th:case",
            "th:checked",
            "th:selected",
            "th:disabled",
            "th:object",
            "th:field",
            "th:style",
            "th:styleappend",
            "th:value",
            "th:lang",
            "th:method",
            "th:type",
            "th:rows",
            "th:nonce",
            "th:remove",
            "th:inline",
            "th:colspan",
            "th:rowspan",
            "th:hreflang",
            "th:autocomplete",
            "th:inputmode",
            "sec:authorize",
            "sec:authentication");

    /** Elements whose text Thymeleaf replaces: their own words are only a prototype. */
    private static final Set<String> REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    /** Date and time patterns for #temporals.format: letters that are not words. */
    /** The start of keys completed in the template: 'caseStatus.' + ${status}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)*\\.");
    /** Element ids, as aria-describedby lists them: 'file-hint file-error'. */
    private static final Pattern IDS = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+(\\s+[a-z][a-z0-9]*(-[a-z0-9]+)+)*");

    private static final Pattern DATE_PATTERN = Pattern.compile("[dMyHhmsEaZXu :/,.\\-]+");

    @Test
    void templates_hold_no_text_that_is_not_a_message_key() throws IOException {
        Map<String, List<String>> byModule = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList()) {
                String folder = TEMPLATES.relativize(template).getName(0).toString();
                String module = TEMPLATE_MODULES.getOrDefault(folder, folder);
                String name = TEMPLATES.relativize(template).toString();
                for (String text : hardCodedTextIn(Files.readString(template))) {
                    byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(name + ": " + text);
                }
            }
        }
        assertThat(byModule)
                .as("text in templates that is not a message key, by module")
                .isEmpty();
    }

    @Test
    void messages_from_java_are_keys() throws IOException {
        Map<String, List<String>> byModule = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String text : JavaMessages.notKeys(Files.readString(file))) {
                    byModule.computeIfAbsent(module, m -> new ArrayList<>())
                            .add(SOURCES.relativize(file) + ": " + text);
                }
            }
        }
        assertThat(byModule)
                .as("messages from Java that are not message keys, by module")
                .isEmpty();
    }

    @Test
    void the_checks_find_hard_coded_text() {
        assertThat(hardCodedTextIn("<p>Record a decision</p>")).containsExactly("Record a decision");
        assertThat(hardCodedTextIn("<p th:text=\"#{casework.recording.title}\">Record a decision</p>"))
                .isEmpty();
        assertThat(hardCodedTextIn("<p th:text=\"'Case ' + ${reference}\">Case</p>"))
                .containsExactly("th:text 'Case '");
        assertThat(hardCodedTextIn(
                        "<div th:replace=\"~{layout/forms :: input(id='name', label='casework.person.name')}\"></div>"))
                .isEmpty();
        assertThat(hardCodedTextIn("<a aria-label=\"Change name\" href=\"#\">-</a>"))
                .containsExactly("aria-label Change name");
        assertThat(JavaMessages.notKeys("throw new InvalidInput(\"name\", \"Enter a name\");"))
                .containsExactly("\"Enter a name\"");
        assertThat(JavaMessages.notKeys("throw new InvalidInput(\"name\", \"casework.person.nameMissing\");"))
                .isEmpty();
        assertThat(JavaMessages.notKeys("redirect.addFlashAttribute(\"success\", \"Saved\");"))
                .containsExactly("\"Saved\"");
        assertThat(JavaMessages.notKeys(
                        "redirect.addFlashAttribute(\"success\", Message.of(\"casework.saved\", reference));"))
                .isEmpty();
        assertThat(JavaMessages.notKeys("throw new ConflictingState(\"The case is closed \" + reference);"))
                .containsExactly("\"The case is closed \"");
    }

    static List<String> hardCodedTextIn(String html) {
        Document document = Jsoup.parse(html, "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.tagName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("#root")) {
                continue;
            }
            if (!replaced(element)) {
                for (TextNode text : element.textNodes()) {
                    String words = text.text().strip();
                    if (LETTER.matcher(words).find() && !inOwnLanguage(element)) {
                        found.add(words);
                    }
                }
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                String value = attribute.getValue();
                if (SHOWN_ATTRIBUTES.contains(key) && LETTER.matcher(value).find()) {
                    found.add(key + " " + value);
                } else if ((key.startsWith("th:") || key.startsWith("sec:"))
                        && !HIDDEN_TH_ATTRIBUTES.contains(key)
                        && !key.startsWith("th:data-")) {
                    Matcher literal = LITERAL.matcher(value);
                    while (literal.find()) {
                        if (looksLikeWords(literal.group(1))) {
                            found.add(key + " '" + literal.group(1) + "'");
                        }
                    }
                }
            }
        }
        return found;
    }

    /** An element inside one whose text Thymeleaf replaces shows nothing of its own. */
    private static boolean replaced(Element element) {
        for (Element each = element; each != null; each = each.parent()) {
            for (String attribute : REPLACING) {
                if (each.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "English" and "Cymraeg" in the language switch are written in their own language, whatever the page's. */
    private static boolean inOwnLanguage(Element element) {
        return element.hasAttr("lang") && element.hasAttr("hreflang");
    }

    static boolean looksLikeWords(String literal) {
        if (!LETTER.matcher(literal).find() || Message.isKey(literal)) {
            return false;
        }
        if (literal.contains("::")
                || literal.contains("/")
                || literal.startsWith("govuk-")
                || literal.startsWith("reassure-")) {
            return false;
        }
        if (DATE_PATTERN.matcher(literal).matches()
                || KEY_PREFIX.matcher(literal).matches()
                || IDS.matcher(literal.strip()).matches()) {
            return false;
        }
        // Words: a space between letters, or a capitalised word ("Yes"); codes (CRIME, yes, unit-code) are not.
        return literal.matches("(?s).*\\p{L}.*\\s.*") && literal.strip().contains(" ")
                || literal.matches("\\s*\\p{Lu}\\p{Ll}.*")
                || literal.matches("(?s).*\\p{L}.*[:.!?]\\s*");
    }

    /** Messages from Java: the literal a refusal, a flash banner or a problem carries must be a message key. */
    static final class JavaMessages {

        /** A call whose argument at the given position (0-based) is a message key; earlier ones are not. */
        private static final Map<Pattern, Integer> SINKS = Map.of(
                Pattern.compile("new\\s+InvalidInput\\s*\\("), 1,
                Pattern.compile("new\\s+(?:InvalidInput\\.)?FieldError\\s*\\("), 1,
                Pattern.compile("new\\s+(?:ConflictingState|NotFound|JustificationRequired)\\s*\\("), 0,
                Pattern.compile("\\b\\w*(?:[eE]rrors|[pP]roblems)\\s*\\.\\s*add\\s*\\("), 1,
                Pattern.compile("\\baddFlashAttribute\\s*\\(\\s*\"(?:success|problem)\"\\s*,"), 0,
                Pattern.compile("\\baddAttribute\\s*\\(\\s*\"(?:success|problem|message)\"\\s*,"), 0,
                Pattern.compile("\\bMessage\\.of\\s*\\("), 0,
                Pattern.compile("\\bChoice\\.of\\s*\\("), 1,
                Pattern.compile("\\bProblems\\.response\\s*\\("), 1);

        static List<String> notKeys(String source) {
            List<String> found = new ArrayList<>();
            for (Map.Entry<Pattern, Integer> sink : SINKS.entrySet()) {
                Matcher call = sink.getKey().matcher(source);
                while (call.find()) {
                    List<String> arguments = arguments(source, call.end());
                    for (int i = sink.getValue(); i < arguments.size(); i++) {
                        Matcher literal =
                                Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(arguments.get(i));
                        boolean message = i == sink.getValue();
                        while (literal.find()) {
                            String text = literal.group(1);
                            // The message itself must be a key; a later literal may be an argument, but not words.
                            if (message
                                    ? !Message.isKey(text)
                                            && !arguments.get(i).strip().startsWith("Message.")
                                    : looksLikeWords(text) && text.contains(" ")) {
                                found.add("\"" + text + "\"");
                            }
                        }
                    }
                }
            }
            return found;
        }

        /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
        private static List<String> arguments(String source, int from) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (int i = from; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"') {
                    int end = source.startsWith("\"\"\"", i)
                            ? source.indexOf("\"\"\"", i + 3) + 3
                            : endOfString(source, i);
                    current.append(source, i, end);
                    i = end - 1;
                    continue;
                }
                if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    if (depth == 0) {
                        arguments.add(current.toString());
                        return arguments;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            return arguments;
        }

        private static int endOfString(String source, int start) {
            for (int i = start + 1; i < source.length(); i++) {
                if (source.charAt(i) == '\\') {
                    i++;
                } else if (source.charAt(i) == '"') {
                    return i + 1;
                }
            }
            return source.length();
        }
    }
}
