package org.reassure.notifications.internal.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;

/**
 * The local copies of the Notify templates ({@code notifications/templates/<MESSAGE>_<CHANNEL>.<en|cy>.txt}): what a
 * notification would have said, shown to administrators when there is no Notify key. An e-mail or letter starts with
 * a {@code subject: } line; the rest is the body, with Notify's {@code ((field))} placeholders.
 */
@Component
public class LocalTemplates {

    private static final Pattern FIELD = Pattern.compile("\\(\\(([a-z0-9_]+)\\)\\)");
    private static final String SUBJECT = "subject: ";

    /** A template's words, or a notification's once its fields are filled in. */
    public record Text(String subject, String body) {

        /** The body's paragraphs (split at blank lines), each as its lines. */
        public List<List<String>> paragraphs() {
            return Arrays.stream(body.split("\\n\\s*\\n"))
                    .map(paragraph -> List.of(paragraph.strip().split("\\n")))
                    .toList();
        }
    }

    public static String path(MessageType message, NotificationChannel channel, String language) {
        return "notifications/templates/" + message.templateName(channel) + "." + language + ".txt";
    }

    /** The template as written, if there is a local copy. */
    public Optional<Text> template(MessageType message, NotificationChannel channel, String language) {
        try (InputStream in =
                LocalTemplates.class.getClassLoader().getResourceAsStream(path(message, channel, language))) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.startsWith(SUBJECT)) {
                int end = text.indexOf('\n');
                String subject = (end < 0 ? text : text.substring(0, end))
                        .substring(SUBJECT.length())
                        .strip();
                return Optional.of(
                        new Text(subject, end < 0 ? "" : text.substring(end + 1).strip()));
            }
            return Optional.of(new Text(null, text));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** What the notification would say: the template with its fields filled in (a field not given stays as it is). */
    public Optional<Text> render(
            MessageType message, NotificationChannel channel, String language, Map<String, String> fields) {
        return template(message, channel, language)
                .map(t -> new Text(t.subject() == null ? null : fill(t.subject(), fields), fill(t.body(), fields)));
    }

    /** The placeholders a text uses, in order. */
    public static Set<String> fields(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = FIELD.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    private static String fill(String text, Map<String, String> fields) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = fields.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
