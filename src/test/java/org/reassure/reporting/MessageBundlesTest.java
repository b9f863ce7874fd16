package org.reassure.reporting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text in English has its Welsh, and every message a template names exists. */
class MessageBundlesTest {

    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)}");
    /** Keys passed to the reporting fragments as plain strings, like 'report.who.heading'. */
    private static final Pattern KEY_ARGUMENT =
            Pattern.compile("'((?:report|track|info)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])'");

    @Test
    void english_and_welsh_have_exactly_the_same_keys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> welsh = keys("messages_cy.properties");
        assertThat(difference(english, welsh)).as("in English but not in Welsh").isEmpty();
        assertThat(difference(welsh, english)).as("in Welsh but not in English").isEmpty();
    }

    @Test
    void no_welsh_text_is_left_empty() throws IOException {
        Properties welsh = load("messages_cy.properties");
        assertThat(welsh.stringPropertyNames())
                .allSatisfy(key -> assertThat(welsh.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_message_a_template_names_exists() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                String text = Files.readString(template);
                for (Pattern pattern : new Pattern[] {MESSAGE, KEY_ARGUMENT}) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        String key = matcher.group(1);
                        // A prefix for choices ('report.who' for 'report.who.VICTIM') is not a message itself.
                        boolean prefix =
                                pattern == KEY_ARGUMENT && english.stream().anyMatch(k -> k.startsWith(key + "."));
                        if (!english.contains(key) && !prefix) {
                            missing.add(template.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources", file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
