package org.reassure.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands of api.md, run as a separate process against the same database, as an administrator would. */
@ReassureTest
class CommandLineTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void administrator_creates_a_unit_a_user_and_a_token_that_works_on_the_api() {
        ReassureProcess.Result unit = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                null,
                "admin",
                "create-unit",
                "--code",
                "CLI-T",
                "--name",
                "Command line team",
                "--parent",
                "HNS");
        assertThat(unit.exitCode()).as(unit.stderr()).isZero();
        assertThat(unit.stdout()).contains("Created team CLI-T (Command line team)");

        ReassureProcess.Result user = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                "a-long-password-1\n",
                "admin",
                "create-user",
                "--username",
                "cli.user",
                "--name",
                "Casey Line",
                "--roles",
                "INVESTIGATOR,SUPERVISOR",
                "--unit",
                "CLI-T",
                "--phone",
                "020 7946 0777",
                "--email",
                "casey.line@example.police.uk");
        assertThat(user.exitCode()).as(user.stderr()).isZero();
        assertThat(accounts.findByUsername("cli.user").orElseThrow().workPhone())
                .isEqualTo("020 7946 0777");
        assertThat(accounts.findByUsername("cli.user").orElseThrow().workEmail())
                .isEqualTo("casey.line@example.police.uk");

        ReassureProcess.Result token = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "admin", "create-token", "--username", "cli.user");
        assertThat(token.exitCode()).as(token.stderr()).isZero();
        assertThat(token.stdout().lines().toList()).hasSize(1);
        String issued = token.stdout().strip();
        assertThat(issued).startsWith("rsr_").hasSizeGreaterThan(40);

        Api.Response cases = new Api(port).get("/api/v1/cases", issued);
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body()).isEqualTo("[]");
    }

    @Test
    void a_command_with_bad_input_says_what_is_wrong_and_exits_non_zero_without_a_stack_trace() {
        ReassureProcess.Result result = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                "short\n",
                "admin",
                "create-user",
                "--username",
                "Bad Name!",
                "--name",
                "X",
                "--roles",
                "NOT_A_ROLE",
                "--unit",
                "HNS");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("there is no role NOT_A_ROLE").doesNotContain("Exception", "\tat ");

        ReassureProcess.Result weak = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                "short\n",
                "admin",
                "create-user",
                "--username",
                "weak.password",
                "--name",
                "Weak",
                "--roles",
                "ANALYST",
                "--unit",
                "NOWHERE",
                "--phone",
                "12",
                "--email",
                "weak@nowhere");
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.stderr())
                .contains(
                        "--unit: There is no unit with the code NOWHERE",
                        "--password (standard input): The password must be at least 10 characters",
                        "--phone: Enter the work phone number like 020 7946 0123, or leave it empty",
                        "--email: Enter an email address in the correct format, like name@example.com")
                .doesNotContain("\tat ");

        ReassureProcess.Result noUser = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "admin", "create-token", "--username", "nobody.here");
        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.stdout()).isEmpty();
        assertThat(noUser.stderr()).contains("there is no account nobody.here");
    }

    @Test
    void administrator_creates_a_support_organisation_and_a_user_of_it_who_sees_its_referrals() {
        ReassureProcess.Result organisation = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                null,
                "admin",
                "create-organisation",
                "--code",
                "CLIORG",
                "--name",
                "Command Line Support",
                "--strands",
                "RACE,RELIGION");
        assertThat(organisation.exitCode()).as(organisation.stderr()).isZero();
        assertThat(organisation.stdout()).contains("Created support organisation CLIORG (Command Line Support)");

        ReassureProcess.Result user = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                "a-long-password-2\n",
                "admin",
                "create-user",
                "--username",
                "cli.partner",
                "--name",
                "Pat Partner",
                "--roles",
                "SUPPORT_ORGANISATION",
                "--organisation",
                "CLIORG");
        assertThat(user.exitCode()).as(user.stderr()).isZero();
        ReassureProcess.Result token = ReassureProcess.run(
                ReassureProcess.sameDatabase(), null, "admin", "create-token", "--username", "cli.partner");
        assertThat(token.exitCode()).as(token.stderr()).isZero();
        Api.Response referrals =
                new Api(port).get("/api/v1/referrals", token.stdout().strip());
        assertThat(referrals.status()).isEqualTo(200);
        assertThat(referrals.body()).isEqualTo("[]");

        ReassureProcess.Result unknown = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                "a-long-password-3\n",
                "admin",
                "create-user",
                "--username",
                "cli.partner2",
                "--name",
                "Pat Two",
                "--roles",
                "SUPPORT_ORGANISATION",
                "--organisation",
                "NOWHERE");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stderr())
                .contains("--organisation: There is no support organisation with the code NOWHERE")
                .doesNotContain("\tat ");
        ReassureProcess.Result duplicate = ReassureProcess.run(
                ReassureProcess.sameDatabase(),
                null,
                "admin",
                "create-organisation",
                "--code",
                "CLIORG",
                "--name",
                "Again",
                "--strands",
                "NOT_A_STRAND");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.stderr())
                .contains(
                        "--code: There is already an organisation with the code CLIORG",
                        "--strands: There is no strand NOT_A_STRAND");
    }

    @Test
    void audit_verify_command_reports_an_intact_chain() {
        ReassureProcess.Result result = ReassureProcess.run(ReassureProcess.sameDatabase(), null, "audit", "verify");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("The audit log is intact");
    }
}
