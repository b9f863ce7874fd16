package org.reassure.platform;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.Role;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

@ReassureTest
class DemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demo_force_has_at_least_three_boroughs() {
        assertThat(jdbc.sql("SELECT count(*) FROM unit WHERE kind = 'FORCE' AND code = 'MET'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM unit b JOIN unit f ON f.id = b.parent_id WHERE f.code = 'MET' AND b.kind = 'BOROUGH'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void there_is_a_demo_account_for_every_role_and_each_can_sign_in() {
        for (Role role : Role.values()) {
            String username = jdbc.sql("""
                    SELECT u.username FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id
                    WHERE r.role = ? ORDER BY u.id LIMIT 1""")
                    .param(role.name())
                    .query(String.class)
                    .optional()
                    .orElseThrow(() -> new AssertionError("No demo account with role " + role));
            // Both steps: the password and the published demo key's code.
            assertThat(new Browser(port).signedInAs(username).get("/account").status())
                    .as(username)
                    .isEqualTo(200);
        }
    }

    @Test
    void at_least_a_hundred_synthetic_cases_at_varied_stages_in_every_borough() {
        assertThat(jdbc.sql("SELECT count(*) FROM hate_case").query(Long.class).single())
                .isGreaterThanOrEqualTo(100);
        assertThat(jdbc.sql("SELECT count(DISTINCT status) FROM hate_case")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
        for (String borough : Arrays.asList("HNS", "EAL", "NWM")) {
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM hate_case c JOIN unit u ON u.id = c.unit_id
                    WHERE u.code = ? OR u.parent_id = (SELECT id FROM unit WHERE code = ?)""").params(borough, borough).query(Long.class).single())
                    .as(borough)
                    .isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void demo_strands_follow_the_national_pattern_with_race_the_largest() {
        String largest = jdbc.sql(
                        "SELECT strand_code FROM case_strand GROUP BY strand_code ORDER BY count(*) DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(largest).isEqualTo("RACE");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM (SELECT case_id FROM case_strand GROUP BY case_id HAVING count(*) > 1) m")
                        .query(Long.class)
                        .single())
                .as("some cases carry more than one strand")
                .isPositive();
    }

    @Test
    void every_finalised_case_has_a_home_office_outcome_and_a_history() {
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM hate_case WHERE status IN ('FINALISED', 'CLOSED') AND outcome_code IS NULL"
                                        + " AND classification IS DISTINCT FROM 'NO_RECORD' AND classification IS DISTINCT FROM 'NCHI'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM hate_case c WHERE NOT EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = c.id)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE at > now()")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
