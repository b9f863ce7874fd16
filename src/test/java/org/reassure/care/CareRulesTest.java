package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.Browser;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reassure.testing.Texts.english;

/** Rule sets as versioned data: published without gap or overlap, and open clocks keep the rule that set them. */
@ReassureTest
class CareRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    CareRules rules;

    @Autowired
    CareTasks tasks;

    @Autowired
    Cases cases;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_set_must_follow_the_last_without_a_gap_or_an_overlap_and_clocks_keep_the_rule_that_set_them() {
        CaseFacts facts = cases.facts(TestCases.newReport(jdbc, "HNS")).orElseThrow();
        UUID before = tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, Instant.now())
                .orElseThrow();
        CareTask open = tasks.find(before).orElseThrow();
        int versionNow = rules.inForceAt(Instant.now()).version();

        RuleSet last = rules.all().get(0);
        LocalDate from = last.effectiveTo() != null
                ? last.effectiveTo()
                : later(last.effectiveFrom()).plusDays(400);
        RuleSet trial = publish(from, from.plusDays(90), 48);
        assertThat(trial.version()).isEqualTo(last.version() + 1);
        assertThat(rules.all().stream()
                        .filter(s -> s.version() == last.version())
                        .findFirst()
                        .orElseThrow()
                        .effectiveTo())
                .as("an open-ended set ends where the new one begins")
                .isEqualTo(from);

        assertThatThrownBy(() -> publish(trial.effectiveTo().plusDays(1), null, 24))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("leave a gap"))
                .satisfies(Texts.says("Start the new set on " + trial.effectiveTo()));
        assertThatThrownBy(() -> publish(trial.effectiveTo().minusDays(1), null, 24))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("overlap rule set " + trial.version()));
        RuleSet after = publish(trial.effectiveTo(), null, 24);
        assertThatThrownBy(() -> publish(after.effectiveFrom(), null, 24))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("overlap rule set " + after.version()));

        assertThat(tasks.find(before).orElseThrow())
                .as("the open clock keeps its rule and due time")
                .isEqualTo(open);
        assertThat(open.ruleSetVersion()).isEqualTo(versionNow);
        Instant duringTrial = from.plusDays(1).atTime(12, 0).atZone(Formats.UK).toInstant();
        CareTask underTrial = tasks.find(
                        tasks.start(facts, TaskKind.FIRST_CONTACT, "trial", RuleCodes.FIRST_CONTACT, duringTrial)
                                .orElseThrow())
                .orElseThrow();
        assertThat(underTrial.ruleSetVersion()).isEqualTo(trial.version());
        assertThat(underTrial.dueAt()).isEqualTo(duringTrial.plus(Duration.ofHours(48)));
    }

    @Test
    void a_set_with_a_missing_limit_or_a_past_start_is_refused_and_only_administrators_publish() {
        Map<String, Rule> missing = new LinkedHashMap<>(rules.all().get(0).rules());
        missing.remove(RuleCodes.REFERRAL);
        CareRules.RuleSetDraft draft =
                new CareRules.RuleSetDraft(LocalDate.now().minusDays(1), null, "Test", missing);
        var problems = rules.problems(draft);
        assertThat(english(problems.message(RuleCodes.REFERRAL))).contains("Enter a limit from 1 to 1000");
        assertThat(english(problems.message("from"))).contains("cannot change the past");
        assertThatThrownBy(() -> rules.publish(Principals.of(accounts, "supervisor"), draft))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_reads_the_rules_and_a_set_with_a_gap_is_shown_as_an_error_on_the_page() {
        Browser browser = new Browser(port).signedInAs("admin");
        Browser.Page list = browser.get("/admin/care-rules");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("VICTIMS_CODE_DECISION_ENHANCED", "1 working day", "Christmas Day");
        Browser.Page form = browser.get("/admin/care-rules/new");
        assertThat(form.body()).contains("value=\"24\"");
        Map<String, String> fields = new LinkedHashMap<>();
        rules.all().get(0).rules().values().forEach(rule -> {
            fields.put("amount-" + rule.code(), String.valueOf(rule.amount()));
            fields.put("unit-" + rule.code(), rule.unit().name());
        });
        fields.put("from-day", "1");
        fields.put("from-month", "1");
        fields.put("from-year", "2020");
        fields.put("to-day", "31");
        fields.put("to-month", "2");
        fields.put("to-year", "2030");
        fields.put("amount-" + RuleCodes.REFERRAL, "two");
        fields.put("description", "Test");
        Browser.Page refused = browser.post("/admin/care-rules/new", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "There is a problem",
                        "cannot change the past",
                        "Enter a real date",
                        "Enter a limit from 1 to 1000 for referral",
                        "href=\"#from\"");
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/admin/care-rules")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void an_administrator_switches_a_message_off_in_a_new_set_and_it_is_off_from_its_first_day() {
        Browser browser = new Browser(port).signedInAs("admin");
        Browser.Page form = browser.get("/admin/care-rules/new");
        assertThat(form.body())
                .contains(
                        "Send this message",
                        "name=\"on-NOTIFY_SURVEY\"",
                        "Invitation to the victim to the satisfaction survey");
        RuleSet last = rules.all().get(0);
        LocalDate from = last.effectiveTo() != null
                ? last.effectiveTo()
                : later(last.effectiveFrom()).plusDays(500);
        Map<String, String> fields = new LinkedHashMap<>();
        last.rules().values().forEach(rule -> {
            fields.put("amount-" + rule.code(), String.valueOf(rule.amount()));
            fields.put("unit-" + rule.code(), rule.unit().name());
            if (rule.code().startsWith("NOTIFY_")) {
                fields.put("on-" + rule.code(), "on");
            }
        });
        fields.put("on-NOTIFY_SURVEY", "off");
        fields.put("on-" + RuleCodes.FIRST_CONTACT, "off");
        fields.put("from-day", String.valueOf(from.getDayOfMonth()));
        fields.put("from-month", String.valueOf(from.getMonthValue()));
        fields.put("from-year", String.valueOf(from.getYear()));
        fields.put("description", "No survey invitations while the survey is redesigned");
        Browser.Page published = browser.post("/admin/care-rules/new", fields);
        assertThat(published.status()).isLessThan(400);

        RuleSet set = rules.all().get(0);
        assertThat(set.version()).isEqualTo(last.version() + 1);
        assertThat(set.rule("NOTIFY_SURVEY").enabled()).isFalse();
        assertThat(set.rule("NOTIFY_DECISION").enabled()).isTrue();
        assertThat(set.rule(RuleCodes.FIRST_CONTACT).enabled())
                .as("only a message sent can be switched off")
                .isTrue();
        Instant firstDay = from.atStartOfDay(Formats.UK).toInstant();
        assertThat(rules.isOn("NOTIFY_SURVEY", firstDay)).isFalse();
        assertThat(rules.isOn("NOTIFY_SURVEY", firstDay.minusSeconds(1))).isTrue();
        assertThat(rules.isOn("NOTIFY_DECISION", firstDay)).isTrue();

        String page = browser.get("/admin/care-rules").body();
        assertThat(page)
                .containsPattern("id=\"on-" + set.version() + "-NOTIFY_SURVEY\"[^>]*>\\s*Off\\s*<")
                .containsPattern("id=\"on-" + set.version() + "-NOTIFY_DECISION\"[^>]*>\\s*On\\s*<")
                .containsPattern("id=\"on-" + last.version() + "-NOTIFY_SURVEY\"[^>]*>\\s*On\\s*<");
    }

    private RuleSet publish(LocalDate from, LocalDate to, int firstContactHours) {
        Map<String, Rule> limits = new LinkedHashMap<>(rules.all().get(0).rules());
        limits.put(RuleCodes.FIRST_CONTACT, new Rule(RuleCodes.FIRST_CONTACT, firstContactHours, RuleUnit.HOURS));
        return rules.publish(
                Principals.of(accounts, "admin"), new CareRules.RuleSetDraft(from, to, "Test set", limits));
    }

    private static LocalDate later(LocalDate date) {
        LocalDate today = LocalDate.now(Formats.UK);
        return date.isAfter(today) ? date : today;
    }
}
