package org.reassure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import org.reassure.platform.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in English has its Welsh, in every bundle the service reads; every message a template names exists;
 * no key is defined twice; a text with arguments doubles its apostrophes, as MessageFormat needs.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");
    /** Keys given to fragments as plain strings: label='casework.person.name', labelPrefix='caseStatus'. */
    private static final Pattern KEY_ARGUMENT = Pattern.compile(
            "(?:\\b(?:label|legend|hint|text|yes|no|prompt|labelPrefix|headingKey|hintKey|labelKey|key|youKey)\\s*=\\s*|[(,]\\s*)'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)'");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void english_and_welsh_have_exactly_the_same_keys_in_every_bundle() throws IOException {
        for (String basename : basenames()) {
            Set<String> english = keys(basename + ".properties");
            Set<String> welsh = keys(basename + "_cy.properties");
            assertThat(difference(english, welsh))
                    .as(basename + ": in English but not in Welsh")
                    .isEmpty();
            assertThat(difference(welsh, english))
                    .as(basename + ": in Welsh but not in English")
                    .isEmpty();
        }
    }

    @Test
    void no_welsh_text_is_left_empty() throws IOException {
        for (String basename : basenames()) {
            Properties welsh = load(basename + "_cy.properties");
            assertThat(welsh.stringPropertyNames())
                    .allSatisfy(
                            key -> assertThat(welsh.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Map<String, String> seen = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : keys(basename + ".properties")) {
                String before = seen.putIfAbsent(key, basename);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void a_text_with_arguments_doubles_its_apostrophes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String basename : basenames()) {
            for (String file : List.of(basename + ".properties", basename + "_cy.properties")) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*")
                            && LONE_APOSTROPHE.matcher(text).find()) {
                        wrong.add(file + ": " + key);
                    }
                }
            }
        }
        assertThat(wrong).as("a lone ' in a text with {0} disappears: write ''").isEmpty();
    }

    @Test
    void every_message_a_template_names_exists() throws IOException {
        Set<String> english = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                // Comments may show how to call a fragment with an example key.
                String text = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
                for (Pattern pattern : new Pattern[] {MESSAGE, KEY_ARGUMENT}) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        // A prefix for choices ('report.who' for 'report.who.VICTIM') is not a message itself.
                        boolean prefix =
                                pattern == KEY_ARGUMENT && english.stream().anyMatch(k -> k.startsWith(key + "."));
                        if (!english.contains(key) && !prefix && Message.isKey(key)) {
                            missing.add(RESOURCES.resolve("templates").relativize(template) + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The bundles the service reads, as application.properties names them. */
    static List<String> basenames() throws IOException {
        Properties application = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : basenames()) {
            keys.addAll(keys(basename + ".properties"));
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(Files.newInputStream(RESOURCES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
