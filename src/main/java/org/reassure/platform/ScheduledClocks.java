package org.reassure.platform;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable clocks of every module are rows of db-scheduler's {@code scheduled_tasks}, a table of the platform's.
 * Modules schedule them through db-scheduler; a clock that is no longer needed is cancelled here, so that no module
 * names the table.
 */
@Component
public class ScheduledClocks {

    private final JdbcClient jdbc;

    ScheduledClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Removes the clocks of a task with these instance ids that no node has taken yet; a clock already taken fires,
     * and its task must find nothing left to do.
     *
     * @return how many clocks were removed
     */
    @Transactional
    public int cancelWaiting(String taskName, Collection<String> instances) {
        if (instances.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance IN (:instances) AND NOT picked""")
                .param("task", taskName)
                .param("instances", instances)
                .update();
    }
}
