package org.reassure.care.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.Contacts;
import org.reassure.care.ReassuranceContacts;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseEvents;
import org.reassure.casework.Classification;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.testing.Principals;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/** Secondary reassurance contact: one decision per case, whichever of the force policy and a trial speaks first. */
@ReassureTest
class ReassuranceContactsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondaryReassurance contacts;

    @Autowired
    CareTasks tasks;

    @Autowired
    Contacts contactLog;

    @Autowired
    SecondaryReassurancePolicy configuredPolicy;

    @Autowired
    StaffAccounts accounts;

    private SecondaryReassurancePolicy everyVictim() {
        return new SecondaryReassurancePolicy(contacts, "every-victim");
    }

    private static CaseEvents.CaseRecorded recorded(String reference) {
        // The policy reads only the reference and the classification.
        return new CaseEvents.CaseRecorded(reference, Classification.CRIME, List.of("RACE"), Instant.now(), null, null);
    }

    @Test
    void a_trial_withholding_the_contact_wins_whether_the_policy_runs_before_or_after_it() {
        String policyFirst = TestCases.newReport(jdbc, "HNS");
        everyVictim().apply(recorded(policyFirst));
        assertThat(openSrc(policyFirst)).hasSize(1);
        contacts.withhold(policyFirst, "Trial A: allocated to usual care");

        String trialFirst = TestCases.newReport(jdbc, "HNS");
        contacts.withhold(trialFirst, "Trial A: allocated to usual care");
        everyVictim().apply(recorded(trialFirst));

        for (String reference : List.of(policyFirst, trialFirst)) {
            assertThat(contacts.directive(reference)).contains(ReassuranceContacts.Directive.WITHHELD);
            assertThat(openSrc(reference)).as(reference).isEmpty();
        }
    }

    @Test
    void a_trial_requiring_the_contact_and_the_policy_make_one_task_in_either_order() {
        String policyFirst = TestCases.newReport(jdbc, "HNS");
        everyVictim().apply(recorded(policyFirst));
        contacts.require(policyFirst, "Trial B: allocated to SRC");
        contacts.require(policyFirst, "Trial B: allocated to SRC");

        String trialFirst = TestCases.newReport(jdbc, "HNS");
        contacts.require(trialFirst, "Trial B: allocated to SRC");
        everyVictim().apply(recorded(trialFirst));

        for (String reference : List.of(policyFirst, trialFirst)) {
            assertThat(contacts.directive(reference)).contains(ReassuranceContacts.Directive.REQUIRED);
            assertThat(openSrc(reference))
                    .as(reference)
                    .singleElement()
                    .satisfies(task -> assertThat(task.rule()).isEqualTo("VICTIMS_CODE_SRC_CLOSES"));
        }
    }

    @Test
    void by_default_the_force_leaves_the_contact_to_trials() {
        assertThat(configuredPolicy.offer()).isEqualTo(SecondaryReassurancePolicy.Offer.TRIALS_ONLY);
        String reference = TestCases.newReport(jdbc, "HNS");
        configuredPolicy.apply(recorded(reference));
        assertThat(contacts.directive(reference)).isEmpty();
        assertThat(openSrc(reference)).isEmpty();
    }

    @Test
    void the_contact_is_received_only_once_one_is_made_which_completes_the_task() {
        StaffPrincipal supervisor = Principals.of(accounts, "supervisor");
        String reference = TestCases.newReport(jdbc, "HNS");
        contacts.require(reference, "Trial C: allocated to SRC");
        contactLog.record(
                supervisor,
                reference,
                new Contact.New(
                        TaskKind.SECONDARY_REASSURANCE,
                        ContactChannel.PHONE,
                        ContactOutcome.NO_ANSWER,
                        Instant.now().minusSeconds(120),
                        null));
        assertThat(contacts.received(reference)).isFalse();
        contactLog.record(
                supervisor,
                reference,
                new Contact.New(
                        TaskKind.SECONDARY_REASSURANCE,
                        ContactChannel.PHONE,
                        ContactOutcome.MADE,
                        Instant.now().minusSeconds(60),
                        "Called to check how they are"));
        assertThat(contacts.received(reference)).isTrue();
        assertThat(openSrc(reference)).isEmpty();
    }

    private List<CareTask> openSrc(String reference) {
        return tasks.forCaseUnchecked(reference).stream()
                .filter(task -> task.kind() == TaskKind.SECONDARY_REASSURANCE)
                .filter(task -> task.status() == TaskStatus.OPEN || task.status() == TaskStatus.OVERDUE)
                .toList();
    }
}
