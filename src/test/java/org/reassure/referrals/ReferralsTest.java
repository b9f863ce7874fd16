package org.reassure.referrals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditEntry;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTask;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.care.internal.TaskStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.PersonRole;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.referrals.internal.Consent;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.DirectoryEditor;
import org.reassure.referrals.internal.DirectoryEntry;
import org.reassure.referrals.internal.NewConsent;
import org.reassure.referrals.internal.NewReferral;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.PartnerReferral;
import org.reassure.referrals.internal.PartnerReferrals;
import org.reassure.referrals.internal.Referral;
import org.reassure.referrals.internal.ReferralClosings;
import org.reassure.referrals.internal.ReferralMessage;
import org.reassure.referrals.internal.ReferralMessages;
import org.reassure.referrals.internal.SharedItem;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Texts;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Consent, refusal and override, the lifecycle and its clocks, the partner's minimised view and isolation between
 * organisations, and the events referrals publish for other modules.
 */
@ReassureTest
@RecordApplicationEvents
class ReferralsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    OfficerReferrals officers;

    @Autowired
    PartnerReferrals partners;

    @Autowired
    ReferralMessages messages;

    @Autowired
    ReferralClosings closings;

    @Autowired
    DirectoryEditor directory;

    @Autowired
    Consents consents;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Autowired
    CareTasks careTasks;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    Api api;
    StaffPrincipal officer;
    StaffPrincipal partner;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer = accounts.principalOf("supportofficer");
        partner = accounts.principalOf("supportorg");
    }

    @Test
    void consent_given_in_the_report_lets_staff_refer_through_the_api() {
        Api.Response report = api.post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":false,"description":"A neighbour shouts abuse about my religion every morning.",
                 "perceivedHostility":["RELIGION"],"hostilityReason":"He mocks my hijab","location":{"postcode":"TW3 1ES"},
                 "reporter":{"name":"Test Victim","email":"victim@example.com","phone":"07700 900 111","preferredContact":"PHONE",
                             "language":"ur","interpreterNeeded":true,"adjustments":"Large print letters"},
                 "consent":{"contact":true,"referral":true}}""");
        assertThat(report.status()).isEqualTo(201);
        String reference = json.readTree(report.body()).get("reference").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> cases.facts(reference).isPresent()
                        && !consents.forCase(reference).isEmpty());
        Consent fromReport = consents.forCase(reference).get(0);
        assertThat(fromReport.channel()).isEqualTo(ConsentChannel.REPORT);
        assertThat(fromReport.organisationCode()).isNull();
        assertThat(fromReport.items()).isEqualTo(SharedItem.REPORT_CONSENT);
        assertThat(fromReport.words()).isEqualTo("The police may pass my details to a support organisation");

        String token = Tokens.of(tokens, accounts, "supportofficer");
        Api.Response sent =
                api.post("/api/v1/cases/" + reference + "/referrals", token, "{\"organisation\": \"VSHNS\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode body = json.readTree(sent.body());
        assertThat(body.get("status").asString()).isEqualTo("SENT");

        PartnerReferral seen =
                partners.forPartner(partner, UUID.fromString(body.get("id").asString()));
        assertThat(seen.items())
                .extracting(PartnerReferral.Item::item)
                .containsExactly(
                        SharedItem.NAME,
                        SharedItem.PHONE,
                        SharedItem.EMAIL,
                        SharedItem.PREFERRED_CONTACT,
                        SharedItem.LANGUAGE,
                        SharedItem.ACCESS_NEEDS);
        assertThat(seen.valueOf(SharedItem.LANGUAGE)).isEqualTo("Urdu (اردو), needs an interpreter");
        assertThat(seen.valueOf(SharedItem.ACCESS_NEEDS)).isEqualTo("Large print letters");
    }

    @Test
    void suggestions_put_first_the_organisations_offering_the_victims_language_by_its_code() {
        // Race in Hounslow: the Race Equality Council, Victim Support Hounslow and the national helpline all serve it
        assertThat(organisations.suggestionsFor(List.of("RACE"), List.of("Hounslow"), "hi"))
                .extracting(Organisation::code)
                .as("only Victim Support Hounslow offers Hindi")
                .startsWith("VSHNS");
        assertThat(organisations.suggestionsFor(List.of("RACE"), List.of("Hounslow"), "bfi"))
                .extracting(Organisation::code)
                .as("only the national helpline offers British Sign Language")
                .startsWith("NHCL");
        assertThat(organisations.suggestionsFor(List.of("RACE"), List.of("Hounslow"), "pa"))
                .extracting(Organisation::code)
                .as("all three offer Punjabi: the one for this kind of hate, then local before national")
                .startsWith("WLREC", "VSHNS", "NHCL");
        assertThat(organisations.suggestionsFor(List.of("RACE"), List.of("Hounslow"), "Hindi"))
                .extracting(Organisation::code)
                .as("an older answer typed as text")
                .startsWith("VSHNS");
    }

    @Test
    void a_referral_without_consent_is_refused_with_422_naming_the_missing_consent() {
        String reference = victimCase();
        Api.Response refused = api.post(
                "/api/v1/cases/" + reference + "/referrals",
                Tokens.of(tokens, accounts, "supportofficer"),
                "{\"organisation\": \"VSHNS\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = json.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("consent");
        assertThat(error.get("message").asString())
                .contains("has not consented to referral to Victim Support Hounslow");
        assertThat(officers.forCase(officer, reference)).isEmpty();
    }

    @Test
    void data_outside_the_consent_and_an_inactive_organisation_are_refused() {
        String reference = victimCase();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME, SharedItem.PHONE));
        assertThatThrownBy(() -> officers.send(
                        officer,
                        reference,
                        new NewReferral("VSHNS", EnumSet.of(SharedItem.NAME, SharedItem.EMAIL), null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("does not cover: Email address"));
        assertThatThrownBy(() -> officers.send(officer, reference, new NewReferral("HNSYOUTH", null, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("is not taking referrals"));
        assertThatThrownBy(() -> officers.send(officer, reference, new NewReferral("NOPE", null, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("There is no support organisation NOPE"));
    }

    @Test
    void only_a_supervisor_may_override_missing_consent_and_the_reason_is_audited_and_shown_on_the_case() {
        String reference = victimCase();
        NewReferral withoutConsent = new NewReferral(
                "NHCL",
                EnumSet.of(SharedItem.NAME, SharedItem.PHONE),
                null,
                null,
                "The victim is at risk of serious harm tonight and cannot be reached; the helpline can make contact.");
        assertThatThrownBy(() -> officers.send(officer, reference, withoutConsent))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("Only a supervisor"));

        StaffPrincipal supervisor = accounts.principalOf("supervisor");
        Referral sent = officers.send(supervisor, reference, withoutConsent);
        assertThat(sent.overridden()).isTrue();
        assertThat(sent.overrideBy()).isEqualTo("supervisor");
        assertThat(sent.consentId()).isNull();
        List<AuditEntry> trail = auditLog.forRecord("case", reference);
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DISCLOSURE);
            assertThat(entry.justification()).contains("risk of serious harm");
            assertThat(entry.detail()).contains("to NHCL", "items NAME,PHONE", "WITHOUT CONSENT");
        });
        Api.Response audit =
                api.get("/api/v1/cases/" + reference + "/audit", Tokens.of(tokens, accounts, "supervisor"));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("WITHOUT CONSENT", "risk of serious harm");
    }

    @Test
    void the_partner_sees_exactly_the_consented_items_and_each_view_is_a_disclosure() {
        String reference = victimCase();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME, SharedItem.HATE_TYPE));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        assertThat(sent.items()).containsExactlyInAnyOrder(SharedItem.NAME, SharedItem.HATE_TYPE);

        Api.Response list = api.get("/api/v1/referrals", Tokens.of(tokens, accounts, "supportorg"));
        assertThat(list.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode node : json.readTree(list.body())) {
            if (node.get("id").asString().equals(sent.id().toString())) {
                mine = node;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("data").propertyNames()).containsExactlyInAnyOrder("NAME", "HATE_TYPE");
        assertThat(mine.get("data").get("NAME").asString()).startsWith("Test Victim ");
        assertThat(mine.get("data").get("HATE_TYPE").asString()).isEqualTo("Race or ethnicity");
        // No phone, email, case reference or account of the crime anywhere in what the organisation receives.
        assertThat(mine.toString()).doesNotContain("07700 900", "@example.com", reference, "racist abuse");
        assertThat(auditLog.forRecord("referral", sent.id().toString())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DISCLOSURE);
            assertThat(entry.actor()).isEqualTo("supportorg");
            assertThat(entry.detail()).contains("recipient VSHNS", "items NAME,HATE_TYPE");
        });
        assertThat(auditLog.forRecord("case", reference))
                .anySatisfy(entry ->
                        assertThat(entry.detail()).contains("to VSHNS", "items NAME,HATE_TYPE", "under consent"));
    }

    @Test
    void withdrawing_consent_closes_the_referral_erases_what_was_shared_and_refuses_a_new_referral() {
        String reference = victimCase();
        Consent consent = consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME, SharedItem.PHONE));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        partners.decide(partner, sent.id(), true, null);

        consents.withdraw(officer, reference, consent.id(), ConsentChannel.PHONE, "Does not want contact any more");
        PartnerReferral after = partners.forPartner(partner, sent.id());
        assertThat(after.consentWithdrawnAt()).isNotNull();
        assertThat(after.items()).isEmpty();
        assertThat(after.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(after.closedReason()).isEqualTo("The victim withdrew their consent");
        assertThat(jdbc.sql("SELECT count(*) FROM referral_item WHERE referral_id = ?")
                        .param(sent.id())
                        .query(Long.class)
                        .single())
                .isZero();

        assertThatThrownBy(() -> officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("withdrew their consent"));
        assertThatThrownBy(() -> consents.withdraw(officer, reference, consent.id(), ConsentChannel.PHONE, null))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void the_lifecycle_runs_sent_accepted_contact_made_closed_and_refuses_moves_out_of_order() {
        String reference = victimCase();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME, SharedItem.PHONE));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThatThrownBy(() -> officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null)))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> partners.recordContact(partner, sent.id(), null))
                .isInstanceOf(ConflictingState.class)
                .satisfies(Texts.says("Accept the referral"));

        String token = Tokens.of(tokens, accounts, "supportorg");
        Api.Response noReason =
                api.post("/api/v1/referrals/" + sent.id() + "/acceptance", token, "{\"accepted\": false}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Api.Response accepted =
                api.post("/api/v1/referrals/" + sent.id() + "/acceptance", token, "{\"accepted\": true}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(api.post("/api/v1/referrals/" + sent.id() + "/acceptance", token, "{\"accepted\": true}")
                        .status())
                .isEqualTo(409);

        assertThat(partners.recordContact(partner, sent.id(), null).status()).isEqualTo(ReferralStatus.CONTACT_MADE);
        messages.post(partner, sent.id(), "We have spoken to them and booked a visit.");
        messages.post(officer, sent.id(), "Thank you.");
        Referral closed = closings.close(partner, sent.id(), "Support completed");
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.messages()).extracting(ReferralMessage::side).containsExactly("ORGANISATION", "POLICE");
        assertThatThrownBy(() -> closings.close(officer, sent.id(), "again")).isInstanceOf(ConflictingState.class);
    }

    @Test
    void declining_needs_a_reason_which_the_officer_sees() {
        String reference = victimCase();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        partners.decide(partner, sent.id(), false, "No Tigrinya speaker available this month");
        Referral seen = officers.forCase(officer, reference).get(0);
        assertThat(seen.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(seen.declineReason()).isEqualTo("No Tigrinya speaker available this month");
    }

    @Test
    void sending_completes_the_two_working_day_referral_task_and_starts_the_organisation_clock() {
        String reference = victimCase();
        careTasks.start(
                cases.facts(reference).orElseThrow(),
                TaskKind.REFERRAL,
                "report",
                RuleCodes.REFERRAL,
                Instant.now().minus(Duration.ofHours(1)));
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        CareTask task = careTasks.forCase(officer, reference).stream()
                .filter(t -> t.kind() == TaskKind.REFERRAL)
                .findFirst()
                .orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.completedBy()).isEqualTo("supportofficer");
        assertThat(sent.respondBy()).isAfter(sent.sentAt().plus(Duration.ofHours(20)));
        assertThat(clockRows(sent.id())).isEqualTo(1);

        partners.decide(partner, sent.id(), true, null);
        assertThat(clockRows(sent.id())).as("an answer stops the clock").isZero();
    }

    @Test
    void an_unanswered_referral_lapses_when_its_clock_fires_and_alerts_the_case_officer() {
        String reference = victimCase();
        jdbc.sql(
                        "UPDATE hate_case SET officer_id = (SELECT id FROM staff_user WHERE username = 'investigator') WHERE reference = ?")
                .param(reference)
                .update();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        jdbc.sql(
                        "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'referral-response-clock' AND task_instance = ?")
                .param(sent.id().toString())
                .update();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> officers.forCase(officer, reference).get(0).responseLapsedAt() != null);
        assertThat(officers.forCase(officer, reference).get(0).lapsed()).isTrue();
        assertThat(officers.lapsedFor(accounts.principalOf("investigator")))
                .extracting(Referral::id)
                .contains(sent.id());
        assertThat(officers.lapsedFor(accounts.principalOf("investigator2")))
                .extracting(Referral::id)
                .doesNotContain(sent.id());
        String myWork = new Browser(port)
                .signedInAs("investigator")
                .get("/care/my-work")
                .body();
        assertThat(myWork).contains("Referrals not answered", reference + ": Victim Support Hounslow");
    }

    @Test
    void another_organisation_cannot_see_a_referral_or_any_case_and_the_refusals_are_audited() {
        String reference = victimCase();
        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        String username = "other.partner" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10000;
        accounts.create(
                username, "Other Partner", Set.of(Role.SUPPORT_ORGANISATION), null, "RAINBOWLINE", "a-long-password-1");
        String other = Tokens.of(tokens, accounts, username);

        assertThat(api.get("/api/v1/referrals/" + sent.id(), other).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/referrals/" + sent.id() + "/acceptance", other, "{\"accepted\": true}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/referrals", other).body())
                .doesNotContain(sent.id().toString());
        assertThat(api.get("/api/v1/cases/" + reference, other).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases", other).status()).isEqualTo(403);
        assertThatThrownBy(() -> partners.forPartner(accounts.principalOf(username), sent.id()))
                .isInstanceOf(NotFound.class);
        assertThat(auditLog.forRecord("referral", sent.id().toString())).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(username);
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThat(api.get("/api/v1/referrals", Tokens.of(tokens, accounts, "investigator"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_demo_has_referrals_at_every_stage_for_the_demo_organisation_and_the_api_is_described() {
        assertThat(accounts.findByUsername("supportorg").orElseThrow().organisationCode())
                .isEqualTo("VSHNS");
        List<PartnerReferral> demo = partners.forOrganisation(partner);
        assertThat(demo)
                .extracting(PartnerReferral::status)
                .contains(
                        ReferralStatus.SENT,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.DECLINED,
                        ReferralStatus.CONTACT_MADE,
                        ReferralStatus.CLOSED);
        assertThat(demo).anySatisfy(r -> assertThat(r.consentWithdrawn()).isTrue());
        assertThat(demo).anySatisfy(r -> assertThat(r.messages()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE response_lapsed_at IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM self_referral")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM referral r JOIN support_organisation o ON o.id = r.organisation_id"
                                + " WHERE o.code = 'HNSYOUTH' AND r.organisation_stopped AND r.status = 'CLOSED'")
                        .query(Long.class)
                        .single())
                .as("the demo's referral to the organisation that stopped")
                .isEqualTo(1);
        assertThat(organisations.get("HNSYOUTH").active()).isFalse();
        assertThat(organisations.directory(null, "Newham", null))
                .extracting(Organisation::code)
                .contains("NEWHAMTOG", "NHCL")
                .doesNotContain("VSHNS", "HNSYOUTH");

        String description = api.get("/v3/api-docs", null).body();
        assertThat(description)
                .contains(
                        "/api/v1/cases/{reference}/referrals",
                        "/api/v1/referrals",
                        "/api/v1/referrals/{id}/acceptance");
    }

    @Test
    void switching_an_organisation_off_closes_its_live_referrals_and_asks_the_officer_to_refer_again() {
        String code = "STOP" + SEQUENCE.incrementAndGet();
        directory.create(code, "Stopping Support Service " + code, List.of("RACE"), "admin");
        String reference = victimCase();
        consent(reference, code, EnumSet.of(SharedItem.NAME, SharedItem.PHONE));
        Referral sent =
                officers.send(officer, reference, new NewReferral(code, EnumSet.of(SharedItem.NAME), null, null, null));
        assertThat(clockRows(sent.id())).isEqualTo(1);
        Organisation organisation = organisations.get(code);
        String listed = reference + ": " + organisation.name();
        Browser myWork = new Browser(port).signedInAs("supportofficer");
        assertThat(myWork.get("/care/my-work").body()).doesNotContain(listed);

        StaffPrincipal admin = accounts.principalOf("admin");
        directory.update(
                admin,
                code,
                new DirectoryEntry(
                        organisation.name(),
                        "Closing down.",
                        null,
                        null,
                        List.of("RACE"),
                        null,
                        true,
                        List.of(),
                        List.of("en"),
                        false,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        "Call us.",
                        Organisation.Capacity.OPEN,
                        5,
                        false));

        Referral closed = officers.officerReferral(officer, sent.id());
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(closed.closedReason())
                .contains("stopped taking referrals", "Refer the victim to another organisation");
        assertThat(clockRows(sent.id())).as("the response clock stops").isZero();
        assertThat(auditLog.forRecord("case", reference))
                .anySatisfy(entry -> assertThat(entry.justification()).isEqualTo("The organisation was switched off"));
        assertThat(myWork.get("/care/my-work").body()).contains("Refer again", listed);
        assertThat(new Browser(port)
                        .signedInAs("investigator2")
                        .get("/care/my-work")
                        .body())
                .doesNotContain(reference);

        consent(reference, "VSHNS", EnumSet.of(SharedItem.NAME));
        officers.send(officer, reference, new NewReferral("VSHNS", EnumSet.of(SharedItem.NAME), null, null, null));
        assertThat(myWork.get("/care/my-work").body()).as("referred again").doesNotContain(listed);
    }

    @Test
    void consent_is_recorded_listed_and_withdrawn_through_the_api() {
        String reference = victimCase();
        String token = Tokens.of(tokens, accounts, "supportofficer");
        String path = "/api/v1/cases/" + reference + "/consents";
        Api.Response bad = api.post(path, token, """
                {"organisation":"VSHNS","items":["NAME","SHOE_SIZE"],"words":"","channel":"PIGEON","givenBy":"VICTIM","givenAt":"yesterday"}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body())
                .contains("\"field\":\"items\"", "SHOE_SIZE", "\"field\":\"channel\"", "\"field\":\"givenAt\"");
        Api.Response missing = api.post(path, token, "{\"organisation\":\"VSHNS\",\"items\":[\"NAME\"]}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"words\"", "\"field\":\"channel\"", "\"field\":\"givenBy\"");

        Api.Response created = api.post(path, token, """
                {"organisation":"VSHNS","items":["NAME","PHONE"],"words":"Can Victim Support Hounslow call you? Yes, after 6pm.",
                 "channel":"PHONE","givenBy":"VICTIM"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode consent = json.readTree(created.body());
        assertThat(consent.get("organisation").asString()).isEqualTo("VSHNS");
        assertThat(consent.get("recordedBy").asString()).isEqualTo("supportofficer");
        Api.Response sent =
                api.post("/api/v1/cases/" + reference + "/referrals", token, "{\"organisation\": \"VSHNS\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(api.get(path, token).body())
                .contains(consent.get("id").asString(), "Can Victim Support Hounslow call you?");
        assertThat(api.get(path, Tokens.of(tokens, accounts, "supportorg")).status())
                .as("partners never see case data")
                .isEqualTo(403);

        String withdrawal = path + "/" + consent.get("id").asString() + "/withdrawal";
        assertThat(api.post(withdrawal, token, "{\"channel\":\"CARRIER_PIGEON\"}")
                        .status())
                .isEqualTo(422);
        Api.Response withdrawn =
                api.post(withdrawal, token, "{\"channel\":\"PHONE\",\"note\":\"Has support from family now.\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json.readTree(withdrawn.body()).get("withdrawnAt").isNull()).isFalse();
        assertThat(officers.forCaseUnchecked(reference))
                .extracting(Referral::status)
                .containsOnly(ReferralStatus.CLOSED);
        assertThat(api.post(withdrawal, token, "{\"channel\":\"PHONE\"}").status())
                .isEqualTo(409);
    }

    @Test
    void a_referral_sent_answered_and_its_consent_withdrawn_each_publish_an_event_with_its_facts() {
        Organisation organisation = organisations.find("VSHNS").orElseThrow();
        String reference = victimCase();
        Consent consent = consents.record(
                officer,
                reference,
                new NewConsent(
                        "VSHNS",
                        EnumSet.of(SharedItem.NAME, SharedItem.PHONE),
                        "Can I pass these details to them so they can offer support? Yes.",
                        ConsentChannel.PHONE,
                        "VICTIM",
                        null));

        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        List<ReferralEvents.ReferralMade> made = published(ReferralEvents.ReferralMade.class, reference);
        assertThat(made).hasSize(1);
        ReferralEvents.ReferralMade referralMade = made.get(0);
        assertThat(referralMade.referralId()).isEqualTo(sent.id());
        assertThat(referralMade.organisationCode()).isEqualTo("VSHNS");
        assertThat(referralMade.organisationName()).isEqualTo(organisation.name());
        assertThat(referralMade.organisationEmail()).isEqualTo(organisation.email());
        assertThat(referralMade.referredBy()).isEqualTo("supportofficer");
        assertThat(referralMade.at()).isEqualTo(sent.sentAt());

        partners.decide(partner, sent.id(), true, null);
        List<ReferralEvents.ReferralAnswered> answered = published(ReferralEvents.ReferralAnswered.class, reference);
        assertThat(answered).hasSize(1);
        assertThat(answered.get(0))
                .extracting(
                        ReferralEvents.ReferralAnswered::referralId,
                        ReferralEvents.ReferralAnswered::organisationCode,
                        ReferralEvents.ReferralAnswered::accepted,
                        ReferralEvents.ReferralAnswered::referredBy)
                .containsExactly(sent.id(), "VSHNS", true, "supportofficer");

        consents.withdraw(officer, reference, consent.id(), ConsentChannel.PHONE, "Does not want contact any more");
        List<ReferralEvents.ConsentWithdrawn> withdrawn = published(ReferralEvents.ConsentWithdrawn.class, reference);
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0))
                .extracting(
                        ReferralEvents.ConsentWithdrawn::referralId,
                        ReferralEvents.ConsentWithdrawn::referralNumber,
                        ReferralEvents.ConsentWithdrawn::organisationCode,
                        ReferralEvents.ConsentWithdrawn::organisationName,
                        ReferralEvents.ConsentWithdrawn::organisationEmail)
                .containsExactly(sent.id(), sent.number(), "VSHNS", organisation.name(), organisation.email());
        assertThat(withdrawn.get(0).at()).isNotNull();
    }

    @Test
    void a_declined_referral_says_so_and_a_refused_answer_publishes_nothing() {
        String reference = victimCase();
        consents.record(
                officer,
                reference,
                new NewConsent(
                        "VSHNS",
                        EnumSet.of(SharedItem.NAME),
                        "Can I pass your name to them? Yes.",
                        ConsentChannel.PHONE,
                        "VICTIM",
                        null));
        Referral sent = officers.send(officer, reference, new NewReferral("VSHNS", null, null, null, null));
        try {
            partners.decide(partner, sent.id(), false, null);
        } catch (RuntimeException refusedWithoutReason) {
            // a decline needs a reason
        }
        assertThat(published(ReferralEvents.ReferralAnswered.class, reference)).isEmpty();
        partners.decide(partner, sent.id(), false, "No caseworker free this month");
        assertThat(published(ReferralEvents.ReferralAnswered.class, reference))
                .singleElement()
                .extracting(ReferralEvents.ReferralAnswered::accepted)
                .isEqualTo(false);
    }

    private <T extends Record> List<T> published(Class<T> type, String reference) {
        return events.stream(type)
                .filter(event -> event.toString().contains("caseReference=" + reference + ","))
                .toList();
    }

    /** A case in Hounslow with a named victim who has a phone number and email. */
    private String victimCase() {
        String reference = TestCases.newReport(jdbc, "HNS-CSU");
        people.addFromReport(
                reference,
                PersonRole.VICTIM,
                "Test Victim " + SEQUENCE.incrementAndGet(),
                "victim@example.com",
                "07700 900 222");
        return reference;
    }

    private Consent consent(String reference, String organisation, Set<SharedItem> items) {
        return consents.record(
                officer,
                reference,
                new NewConsent(
                        organisation,
                        items,
                        "Can I pass these details to them so they can offer support? Yes.",
                        ConsentChannel.PHONE,
                        "VICTIM",
                        null));
    }

    private long clockRows(UUID id) {
        return jdbc.sql(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'referral-response-clock' AND task_instance = ?")
                .param(id.toString())
                .query(Long.class)
                .single();
    }
}
