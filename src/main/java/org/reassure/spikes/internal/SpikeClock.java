package org.reassure.spikes.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.reassure.platform.Formats;

/**
 * The daily spike check, as a recurring db-scheduler task: one row in {@code scheduled_tasks} that every
 * node polls and one node takes (the same table and locking as the victim care clocks), so the check runs
 * once a day however many nodes there are; a day missed while the service was down is caught up next time.
 */
@Configuration(proxyBeanMethods = false)
class SpikeClock {

    static final String TASK_NAME = "spike-check";

    @Bean
    RecurringTask<Void> spikeCheckTask(SpikeChecks checks, @Value("${reassure.spikes.check-at:06:00}") LocalTime at) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(Formats.UK, at))
                .execute((instance, context) -> checks.catchUp("daily check", false));
    }
}
