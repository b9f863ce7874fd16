package org.reassure.notifications;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.care.ContactConsentChanged;
import org.reassure.care.SafeWindows;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.notifications.internal.TasksDueDigest;
import org.reassure.platform.Formats;
import org.reassure.referrals.ReferralEvents;
import org.reassure.reporting.ContactWishes;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What is queued in the outbox, to whom, how and when (issue 16): each message from the change that causes it, on the
 * channel and at the time the person chose, in their language, with exactly its template's fields; and nothing to an
 * anonymous reporter, without consent, or after consent was withdrawn.
 */
@ReassureTest
class NotificationTriggersTest {

    /** A notification that is going: queued, or already taken by the sender (which runs in the tests too). */
    private static final List<String> SENDABLE = List.of("QUEUED", "SENDING", "SENT");

    private static final UUID REFERRAL = UUID.fromString("7b0e4a52-3c1d-4f5e-9a8b-2c6d1e0f9001");

    /** What a report says happened: it must never reach a notification. */
    private static final String ACCOUNT = "A neighbour shouts abuse at me through the letterbox most evenings.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TasksDueDigest digest;

    Api api;
    String supervisor;
    String investigator;

    @BeforeEach
    void tokens() {
        api = new Api(port);
        supervisor = Tokens.of(tokens, accounts, "supervisor");
        investigator = Tokens.of(tokens, accounts, "investigator");
    }

    /** One outbox row as the tests read it. */
    record Row(
            String message,
            String channel,
            String language,
            String recipientKind,
            String recipientKey,
            String status,
            String reason,
            Map<String, String> fields,
            String email,
            String phone,
            List<String> addressLines,
            String taskKey,
            Instant notBefore,
            Instant createdAt,
            String all) {}

    private String report(String role, String reporter, String victim, boolean anonymous, boolean consent) {
        return submit(role, reporter, victim, anonymous, consent)
                .get("reference")
                .asString();
    }

    /** The answer to a report: its reference and tracking code. */
    private JsonNode submit(String role, String reporter, String victim, boolean anonymous, boolean consent) {
        Api.Response created = api.post("/api/v1/reports", null, """
                {"reporterRole":"%s","anonymous":%s,"description":"%s",
                 "perceivedHostility":["RACE"],"location":{"postcode":"TW3 1AB"}%s%s,
                 "consent":{"contact":%s,"referral":false}}""".formatted(
                        role,
                        anonymous,
                        ACCOUNT,
                        reporter == null ? "" : ",\"reporter\":" + reporter,
                        victim == null ? "" : ",\"victim\":" + victim,
                        consent));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private List<Row> rows(String ref, String message) {
        return jdbc.sql("""
                SELECT message, channel, language, recipient_kind, recipient_key, status, status_reason,
                       personalisation::text AS fields, email_address, phone_number, address_lines, task_key,
                       not_before, created_at, row_to_json(n)::text AS all_columns
                FROM notification n WHERE (case_reference = ? OR recipient_key = ?) AND message = ? ORDER BY created_at""")
                .params(ref, ref, message)
                .query((rs, n) -> new Row(
                        rs.getString("message"),
                        rs.getString("channel"),
                        rs.getString("language"),
                        rs.getString("recipient_kind"),
                        rs.getString("recipient_key"),
                        rs.getString("status"),
                        rs.getString("status_reason"),
                        fields(rs.getString("fields")),
                        rs.getString("email_address"),
                        rs.getString("phone_number"),
                        List.of((String[]) rs.getArray("address_lines").getArray()),
                        rs.getString("task_key"),
                        rs.getTimestamp("not_before").toInstant(),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("all_columns")))
                .list();
    }

    private Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = json.readTree(text);
        Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
        entries.forEachRemaining(
                entry -> fields.put(entry.getKey(), entry.getValue().asString()));
        return fields;
    }

    private Row one(String ref, String message) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !rows(ref, message).isEmpty());
        List<Row> found = rows(ref, message);
        assertThat(found).as(message + " on " + ref).hasSize(1);
        return found.get(0);
    }

    private static void hasExactlyItsFields(Row row, MessageType type) {
        assertThat(row.fields().keySet())
                .as(row.message() + " fields")
                .containsExactlyInAnyOrderElementsOf(type.fields());
        assertThat(row.fields().values()).as("every field has a value").allMatch(value -> !value.isBlank());
        assertThat(row.all()).as("no account or strand in the notification").doesNotContain(ACCOUNT, "RACE", "abuse");
    }

    private void awaitCase(String ref) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(ref)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private void recordAndAllocate(String ref) {
        awaitCase(ref);
        Api.Response recorded = api.post("/api/v1/cases/" + ref + "/recording", supervisor, """
                {"classification": "CRIME", "offence": "RA_HAD", "strands": ["RACE"], "reason": "Racist abuse at home"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        Api.Response allocated = api.post(
                "/api/v1/cases/" + ref + "/allocation",
                supervisor,
                "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}");
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
    }

    @Test
    void a_victim_reporting_for_themselves_is_told_by_email_in_english_and_then_of_each_step() {
        String ref = report("VICTIM", """
                {"name":"Nia Example","email":"nia.example@example.com","phone":"07700 900 401",
                 "preferredContact":"EMAIL","language":"en"}""", null, false, true);
        Row received = one(ref, "REPORT_RECEIVED");
        assertThat(received.status())
                .as("queued, and perhaps already taken by the sender")
                .isIn(SENDABLE);
        assertThat(received.channel()).isEqualTo("EMAIL");
        assertThat(received.recipientKind()).isEqualTo("VICTIM");
        assertThat(received.language()).isEqualTo("en");
        assertThat(received.email()).isEqualTo("nia.example@example.com");
        assertThat(received.phone()).isNull();
        hasExactlyItsFields(received, MessageType.REPORT_RECEIVED);
        assertThat(received.fields())
                .containsEntry("reference", ref)
                .containsEntry("track_url", "http://localhost:8080/track")
                .containsEntry("force_name", "Metropolitan Police Service");
        assertThat(received.all()).as("never the tracking code").doesNotContain("trackingCode");

        recordAndAllocate(ref);
        Row assigned = one(ref, "OFFICER_ASSIGNED");
        hasExactlyItsFields(assigned, MessageType.OFFICER_ASSIGNED);
        String officerName =
                accounts.findByUsername("investigator").orElseThrow().displayName();
        assertThat(assigned.fields()).containsEntry("officer_name", officerName);
        assertThat(assigned.channel()).isEqualTo("EMAIL");

        Api.Response decision = api.post("/api/v1/cases/" + ref + "/decisions", investigator, "{\"type\": \"ARREST\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        Row decided = one(ref, "DECISION");
        hasExactlyItsFields(decided, MessageType.DECISION);
        assertThat(decided.fields()).containsEntry("decision", "Arrest").containsEntry("officer_name", officerName);
        assertThat(decided.taskKey()).startsWith("ARREST@");
        assertThat(decided.fields().get("decided_on")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");

        Api.Response outcome = api.post("/api/v1/cases/" + ref + "/outcome", investigator, "{\"code\": 1}");
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(ref, "DECISION").size() == 2);
        Row finalised = rows(ref, "DECISION").get(1);
        assertThat(finalised.taskKey()).startsWith("outcome@");
        assertThat(finalised.fields()).containsEntry("decision", "Charge or summons");
        Row survey = one(ref, "SURVEY");
        hasExactlyItsFields(survey, MessageType.SURVEY);
        assertThat(survey.fields()).containsEntry("survey_url", "http://localhost:8080/track");
        assertThat(survey.notBefore())
                .as("the survey waits the rule's 7 days after the investigation finished")
                .isAfter(survey.createdAt().plus(Duration.ofDays(6)));

        Api.Response message = api.post(
                "/api/v1/cases/" + ref + "/messages", investigator, "{\"text\": \"Please call me when you can.\"}");
        assertThat(message.status()).as(message.body()).isEqualTo(201);
        Row newMessage = one(ref, "NEW_MESSAGE");
        hasExactlyItsFields(newMessage, MessageType.NEW_MESSAGE);
        assertThat(newMessage.all()).doesNotContain("Please call me");
    }

    @Test
    void a_welsh_reporter_for_someone_else_gets_a_text_in_welsh_at_the_start_of_their_next_safe_window() {
        DayOfWeek day = ZonedDateTime.now(Formats.UK).plusDays(3).getDayOfWeek();
        String ref = report("ON_BEHALF", """
                {"name":"Gwen Example","phone":"07700 900 402","preferredContact":"PHONE","language":"cy",
                 "safeWindows":[{"days":["%s"],"from":"10:00","to":"10:30"}],"allowedChannels":["PHONE","MESSAGE"]}""".formatted(day), """
                {"name":"Dafydd Example","preferredContact":"NONE"}""", false, true);
        Row received = one(ref, "REPORT_RECEIVED");
        assertThat(received.status()).isEqualTo("QUEUED");
        assertThat(received.recipientKind()).isEqualTo("REPORTER");
        assertThat(received.channel()).isEqualTo("SMS");
        assertThat(received.language()).isEqualTo("cy");
        assertThat(received.phone()).isEqualTo("07700 900 402");
        hasExactlyItsFields(received, MessageType.REPORT_RECEIVED);
        Instant expected = new SafeWindows(
                        List.of(new ContactWishes.Window(Set.of(day), LocalTime.of(10, 0), LocalTime.of(10, 30))))
                .firstSafeAt(received.createdAt());
        assertThat(received.notBefore()).as("the next safe window's start").isEqualTo(expected);

        recordAndAllocate(ref);
        Row assigned = one(ref, "OFFICER_ASSIGNED");
        assertThat(assigned.recipientKind()).isEqualTo("VICTIM");
        assertThat(assigned.status()).as("the victim left no way to reach them").isEqualTo("WITHHELD");
        assertThat(assigned.reason()).isEqualTo("NO_ALLOWED_CHANNEL");
    }

    @Test
    void a_welsh_victim_hears_of_a_decision_in_welsh() {
        String ref = report("VICTIM", """
                {"name":"Elin Example","email":"elin.example@example.com","preferredContact":"EMAIL","language":"cy"}""", null, false, true);
        recordAndAllocate(ref);
        Api.Response decision = api.post("/api/v1/cases/" + ref + "/decisions", investigator, "{\"type\": \"CHARGE\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        Row decided = one(ref, "DECISION");
        assertThat(decided.language()).isEqualTo("cy");
        assertThat(decided.fields()).containsEntry("decision", "Cyhuddo");
        String month =
                DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("cy")).format(ZonedDateTime.now(Formats.UK));
        assertThat(decided.fields().get("decided_on")).contains(month);
    }

    @Test
    void post_alone_with_no_address_is_withheld_and_a_letter_goes_once_staff_add_the_address_whatever_the_windows() {
        DayOfWeek day = ZonedDateTime.now(Formats.UK).plusDays(3).getDayOfWeek();
        String ref = report("VICTIM", """
                {"name":"Bryn Example","phone":"07700 900 404","preferredContact":"POST","allowedChannels":["POST"],
                 "safeWindows":[{"days":["%s"],"from":"10:00","to":"10:30"}]}""".formatted(day), null, false, true);
        Row received = one(ref, "REPORT_RECEIVED");
        assertThat(received.status()).isEqualTo("WITHHELD");
        assertThat(received.reason()).isEqualTo("NO_ADDRESS");

        awaitCase(ref);
        Api.Response added = api.post("/api/v1/cases/" + ref + "/people", supervisor, """
                {"role": "VICTIM", "fullName": "Bryn Example", "address": "12 Example Street, Hounslow", "postcode": "tw3 1ab"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        recordAndAllocate(ref);
        Row assigned = one(ref, "OFFICER_ASSIGNED");
        assertThat(assigned.status())
                .as("queued, and perhaps already taken by the sender")
                .isIn(SENDABLE);
        assertThat(assigned.channel()).isEqualTo("LETTER");
        assertThat(assigned.addressLines()).containsExactly("Bryn Example", "12 Example Street", "Hounslow", "TW3 1AB");
        assertThat(assigned.phone()).isNull();
        assertThat(assigned.notBefore())
                .as("a letter is not held for the safe window")
                .isBefore(Instant.now().plusSeconds(5));
        hasExactlyItsFields(assigned, MessageType.OFFICER_ASSIGNED);
    }

    @Test
    void each_officer_gets_one_digest_a_day_of_their_tasks_about_to_become_overdue_without_names() {
        String ref = report("VICTIM", """
                {"name":"Morgan Digest","email":"morgan.digest@example.com","preferredContact":"EMAIL"}""", null, false, true);
        recordAndAllocate(ref);
        Api.Response decision = api.post("/api/v1/cases/" + ref + "/decisions", investigator, "{\"type\": \"ARREST\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM care_task WHERE case_reference = ? AND kind = 'DECISION_NOTICE'
                                AND assignee = 'investigator'""").param(ref).query(Long.class).single() == 1);
        digest.queueDigests();
        digest.queueDigests();
        List<Row> digests = rows("investigator", "TASKS_DUE");
        assertThat(digests).as("one a day, however often it runs").hasSize(1);
        Row sent = digests.get(0);
        assertThat(sent.status())
                .as("queued, and perhaps already taken by the sender")
                .isIn(SENDABLE);
        assertThat(sent.channel()).isEqualTo("EMAIL");
        assertThat(sent.email()).as("the demo investigator's work address").isEqualTo("investigator@example.police.uk");
        assertThat(sent.fields().keySet()).containsExactlyInAnyOrderElementsOf(MessageType.TASKS_DUE.fields());
        assertThat(sent.fields().get("task_list"))
                .contains("* " + ref + " Tell the victim of a key decision, due ")
                .doesNotContain("Morgan", "Digest");
        assertThat(Integer.parseInt(sent.fields().get("task_count")))
                .isEqualTo(sent.fields().get("task_list").split("\n").length);
        assertThat(sent.fields()).containsEntry("tasks_url", "http://localhost:8080/care/my-work");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'notify-tasks-due'")
                        .query(Long.class)
                        .single())
                .as("the digest runs every day as a recurring task that one node takes")
                .isEqualTo(1);
    }

    @Test
    void an_officer_with_no_direct_number_is_named_with_the_non_emergency_number() {
        String username = "nophone" + (System.nanoTime() % 100000);
        accounts.create(
                username, "Priya Example", Set.of(Role.INVESTIGATOR), "HNS-CSU", null, "a-long-password-16", null);
        String ref = report("VICTIM", """
                {"name":"Ash Example","email":"ash.example@example.com","preferredContact":"EMAIL"}""", null, false, true);
        awaitCase(ref);
        Api.Response recorded = api.post("/api/v1/cases/" + ref + "/recording", supervisor, """
                {"classification": "CRIME", "offence": "RA_HAD", "strands": ["RACE"], "reason": "Racist abuse at home"}""");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        Api.Response allocated = api.post(
                "/api/v1/cases/" + ref + "/allocation",
                supervisor,
                "{\"unit\": \"HNS-CSU\", \"officer\": \"" + username + "\"}");
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        assertThat(one(ref, "OFFICER_ASSIGNED").fields())
                .containsEntry("officer_name", "Priya Example")
                .containsEntry("officer_phone", "101");
    }

    @Test
    void the_contact_wishes_staff_record_with_the_victim_override_the_reports_channels_and_consent() {
        String ref = report("VICTIM", """
                {"name":"Jo Example","email":"jo.example@example.com","phone":"07700 900 405","preferredContact":"EMAIL",
                 "allowedChannels":["EMAIL","PHONE"]}""", null, false, true);
        assertThat(one(ref, "REPORT_RECEIVED").channel()).isEqualTo("EMAIL");
        awaitCase(ref);
        await().atMost(Duration.ofSeconds(20))
                .alias("victim care has taken the report's wishes as the case's first")
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM care_contact_wishes WHERE case_reference = ? AND given_by IS NULL")
                                .param(ref)
                                .query(Long.class)
                                .single()
                        == 1);
        // As care's "How and when to contact them" page records it: texts only from now on.
        wishes(ref, "{PHONE}", null);
        recordAndAllocate(ref);
        Row assigned = one(ref, "OFFICER_ASSIGNED");
        assertThat(assigned.channel()).isEqualTo("SMS");
        assertThat(assigned.phone()).isEqualTo("07700 900 405");
        assertThat(assigned.email()).isNull();

        wishes(ref, "{PHONE}", false);
        Api.Response decision = api.post("/api/v1/cases/" + ref + "/decisions", investigator, "{\"type\": \"ARREST\"}");
        assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        Row decided = one(ref, "DECISION");
        assertThat(decided.status()).isEqualTo("WITHHELD");
        assertThat(decided.reason()).isEqualTo("CONSENT_WITHDRAWN");
    }

    private void wishes(String ref, String allowedChannels, Boolean consent) {
        jdbc.sql("""
                INSERT INTO care_contact_wishes (case_reference, allowed_channels, contact_consent, given_by, reason, given_at)
                VALUES (?, CAST(? AS TEXT[]), ?, 'supervisor', 'The victim asked', now())""").params(ref, allowedChannels, consent).update();
    }

    @Test
    void nothing_goes_to_an_anonymous_reporter_or_one_who_did_not_agree_to_contact_and_the_officer_sees_why() {
        String anonymous = report("WITNESS", null, null, true, false);
        Row withheld = one(anonymous, "REPORT_RECEIVED");
        assertThat(withheld.status()).isEqualTo("WITHHELD");
        assertThat(withheld.reason()).isEqualTo("ANONYMOUS");
        assertThat(withheld.channel()).isNull();
        assertThat(withheld.email()).isNull();
        assertThat(withheld.phone()).isNull();

        String noConsent = report("VICTIM", """
                {"name":"Sam Example","email":"sam.example@example.com","preferredContact":"EMAIL"}""", null, false, false);
        Row refused = one(noConsent, "REPORT_RECEIVED");
        assertThat(refused.status()).isEqualTo("WITHHELD");
        assertThat(refused.reason()).isEqualTo("NO_CONSENT");
        assertThat(refused.email()).as("no details kept for what is not sent").isNull();

        String messagesOnly = report("VICTIM", """
                {"name":"Kit Example","email":"kit.example@example.com","allowedChannels":["MESSAGE"]}""", null, false, true);
        Row onlyTracking = one(messagesOnly, "REPORT_RECEIVED");
        assertThat(onlyTracking.status()).isEqualTo("WITHHELD");
        assertThat(onlyTracking.reason())
                .as("they chose to read messages on Track my report")
                .isEqualTo("NO_ALLOWED_CHANNEL");
    }

    @Test
    void withdrawing_consent_withholds_what_is_still_queued() {
        DayOfWeek day = ZonedDateTime.now(Formats.UK).plusDays(3).getDayOfWeek();
        String ref = report("VICTIM", """
                {"name":"Ray Example","phone":"07700 900 403","preferredContact":"PHONE",
                 "safeWindows":[{"days":["%s"],"from":"10:00","to":"10:30"}]}""".formatted(day), null, false, true);
        assertThat(one(ref, "REPORT_RECEIVED").status()).isEqualTo("QUEUED");
        transaction.executeWithoutResult(
                status -> events.publishEvent(new ContactConsentChanged(ref, false, "supervisor", Instant.now())));
        Row withdrawn = one(ref, "REPORT_RECEIVED");
        assertThat(withdrawn.status()).isEqualTo("WITHHELD");
        assertThat(withdrawn.reason()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(withdrawn.phone()).isNull();
        assertThat(jdbc.sql("""
                SELECT string_agg(c.status, ',' ORDER BY c.id) FROM notification_status_change c
                JOIN notification n ON n.id = c.notification_id WHERE n.case_reference = ? AND n.message = 'REPORT_RECEIVED'""").param(ref).query(String.class).single()).isEqualTo("QUEUED,WITHHELD");
    }

    @Test
    void a_reporter_writing_tells_the_officer_and_organisations_hear_of_referrals_by_email() {
        JsonNode made = submit("VICTIM", """
                {"name":"Lee Example","email":"lee.example@example.com","preferredContact":"EMAIL"}""", null, false, true);
        String ref = made.get("reference").asString();
        recordAndAllocate(ref);
        Api.Response written = api.post(
                "/api/v1/reports/" + ref + "/messages",
                null,
                "{\"text\": \"I have remembered the van's number plate.\"}",
                "X-Tracking-Code",
                made.get("trackingCode").asString());
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        Row wrote = one(ref, "REPORTER_WROTE");
        assertThat(wrote.status())
                .as("queued, and perhaps already taken by the sender")
                .isIn(SENDABLE);
        assertThat(wrote.recipientKind()).isEqualTo("OFFICER");
        assertThat(wrote.recipientKey()).isEqualTo("investigator");
        assertThat(wrote.email()).isEqualTo("investigator@example.police.uk");
        hasExactlyItsFields(wrote, MessageType.REPORTER_WROTE);
        assertThat(wrote.fields()).containsEntry("case_url", "http://localhost:8080/cases/" + ref);
        assertThat(wrote.all()).doesNotContain("number plate");

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ReferralEvents.ReferralMade(
                    REFERRAL,
                    ref,
                    "TESTORG",
                    "Test Support Line",
                    "referrals@example.org",
                    "investigator",
                    Instant.now()));
            events.publishEvent(new ReferralEvents.ReferralMade(
                    UUID.randomUUID(), ref, "NOMAIL", "Support Without Email", null, "investigator", Instant.now()));
            events.publishEvent(new ReferralEvents.ReferralAnswered(
                    REFERRAL, ref, "TESTORG", "Test Support Line", true, "investigator", Instant.now()));
            events.publishEvent(new ReferralEvents.ConsentWithdrawn(
                    REFERRAL,
                    "R-9001ABCD",
                    ref,
                    "TESTORG",
                    "Test Support Line",
                    "referrals@example.org",
                    Instant.now()));
        });
        List<Row> received = rows(ref, "REFERRAL_RECEIVED");
        assertThat(received).extracting(Row::recipientKey).containsExactly("TESTORG", "NOMAIL");
        assertThat(received.get(0).status())
                .as("queued, and perhaps already taken by the sender")
                .isIn(SENDABLE);
        assertThat(received.get(0).email()).isEqualTo("referrals@example.org");
        hasExactlyItsFields(received.get(0), MessageType.REFERRAL_RECEIVED);
        assertThat(received.get(1).status()).isEqualTo("WITHHELD");
        assertThat(received.get(1).reason()).isEqualTo("NO_EMAIL");
        Row answered = one(ref, "REFERRAL_ANSWERED");
        hasExactlyItsFields(answered, MessageType.REFERRAL_ANSWERED);
        assertThat(answered.fields()).containsEntry("answer", "accepted");
        assertThat(answered.email()).isEqualTo("investigator@example.police.uk");
        Row withdrawn = one(ref, "CONSENT_WITHDRAWN");
        hasExactlyItsFields(withdrawn, MessageType.CONSENT_WITHDRAWN);
        assertThat(withdrawn.fields()).containsEntry("referral", "R-9001ABCD");
        assertThat(new TreeSet<>(List.of(received.get(0).language(), answered.language(), withdrawn.language())))
                .containsExactly("en");
    }
}
