package org.reassure.platform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

@ReassureTest
class ScheduledClocksTest {

    @Autowired
    ScheduledClocks clocks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cancelling_removes_the_waiting_clocks_named_and_leaves_a_taken_one_and_the_others() {
        clock("a", false);
        clock("b", false);
        clock("c", true);
        clock("d", false);

        assertThat(clocks.cancelWaiting("test-clock", List.of("a", "b", "c"))).isEqualTo(2);

        assertThat(jdbc.sql("SELECT task_instance FROM scheduled_tasks WHERE task_name = 'test-clock' ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("c", "d");
        assertThat(clocks.cancelWaiting("test-clock", List.of())).isZero();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'test-clock'").update();
    }

    private void clock(String instance, boolean picked) {
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                VALUES ('test-clock', ?, now() + interval '1 day', ?, 1)""").params(instance, picked).update();
    }
}
