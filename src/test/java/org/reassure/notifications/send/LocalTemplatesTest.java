package org.reassure.notifications.send;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.internal.send.LocalTemplates;
import org.reassure.notifications.internal.send.NotifyTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local copies of the Notify templates: one for every message, channel and language there is, each using exactly
 * its message's personalisation fields (a letter's address lines are Notify's, never in the body); an e-mail and a
 * letter have a subject; a text message is short and never names the strand or holds a tracking code. The README's
 * settings table lists every template setting with its fields.
 */
class LocalTemplatesTest {

    private final LocalTemplates templates = new LocalTemplates();

    @Test
    void every_message_has_a_local_template_in_english_and_welsh_for_each_of_its_channels_using_exactly_its_fields() {
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (MessageType message : MessageType.values()) {
            for (NotificationChannel channel : message.channels()) {
                for (String language : List.of("en", "cy")) {
                    String name = LocalTemplates.path(message, channel, language);
                    var template = templates.template(message, channel, language);
                    if (template.isEmpty()) {
                        problems.add(name + " is missing");
                        continue;
                    }
                    found++;
                    Set<String> used = new LinkedHashSet<>(
                            LocalTemplates.fields(template.get().subject()));
                    used.addAll(LocalTemplates.fields(template.get().body()));
                    if (!used.equals(new LinkedHashSet<>(message.fields()))) {
                        problems.add(name + " uses " + used + ", not " + message.fields());
                    }
                    if ((channel == NotificationChannel.SMS) != (template.get().subject() == null)) {
                        problems.add(name + ": an email or a letter has a subject line, a text message none");
                    }
                    if (channel == NotificationChannel.SMS
                            && template.get().body().length() > 300) {
                        problems.add(name + " is longer than two text messages");
                    }
                    String lower = template.get().body().toLowerCase();
                    if (lower.contains("address_line")) {
                        problems.add(name + " puts Notify's address lines in the body");
                    }
                    if (message.group() == MessageType.RecipientGroup.PUBLIC && lower.contains("((tracking")) {
                        problems.add(name + " must never carry the tracking code");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(found).isEqualTo(NotifyTemplates.allSettings().size()).isEqualTo(42);
    }

    @Test
    void a_template_is_rendered_with_the_notifications_fields() {
        var text = templates
                .render(
                        MessageType.DECISION,
                        NotificationChannel.EMAIL,
                        "en",
                        Map.of(
                                "reference", "HC-1",
                                "decision", "Arrest",
                                "decided_on", "1 December 2026",
                                "officer_name", "DC Jones",
                                "officer_phone", "01632 960001"))
                .orElseThrow();
        assertThat(text.subject()).isEqualTo("An update on your report HC-1");
        assertThat(text.body())
                .contains("Decision: Arrest", "call DC Jones on 01632 960001")
                .doesNotContain("((");
    }

    @Test
    void the_readme_lists_every_template_setting_with_its_fields() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        Pattern row = Pattern.compile("^\\|\\s*`(REASSURE_NOTIFY_TEMPLATE_[A-Z_]+)`[^\\n]*$", Pattern.MULTILINE);
        Matcher matcher = row.matcher(readme);
        Set<String> listed = new LinkedHashSet<>();
        while (matcher.find()) {
            listed.add(matcher.group(1));
            String setting = matcher.group(1);
            MessageType message = messageOf(setting);
            for (String field : message.fields()) {
                if (!matcher.group().contains("`" + field + "`")) {
                    missing.add(setting + " does not list " + field);
                }
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(NotifyTemplates.allSettings());
        assertThat(missing).isEmpty();
        assertThat(readme)
                .contains(
                        "`REASSURE_NOTIFY_API_KEY`", "`REASSURE_NOTIFY_BASE_URL`", "`REASSURE_NOTIFY_CALLBACK_TOKEN`");
    }

    private static MessageType messageOf(String setting) {
        for (MessageType message : MessageType.values()) {
            for (NotificationChannel channel : message.channels()) {
                if (setting.startsWith("REASSURE_NOTIFY_TEMPLATE_" + message.templateName(channel) + "_")) {
                    return message;
                }
            }
        }
        throw new AssertionError("No message for " + setting);
    }
}
