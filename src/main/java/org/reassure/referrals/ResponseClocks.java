package org.reassure.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's clock to answer a referral, on db-scheduler like the care clocks: a row in
 * {@code scheduled_tasks} that one node takes ({@code FOR UPDATE SKIP LOCKED}) and that survives restarts.
 * When it fires on a referral still unanswered, the referral is marked lapsed and its case officer sees it
 * on "My work" and on the case page.
 */
@Configuration(proxyBeanMethods = false)
class ResponseClocks {

    static final String TASK_NAME = "referral-response-clock";

    @Bean
    OneTimeTask<Void> referralResponseClock(Lapse lapse) {
        return Tasks.oneTime(TASK_NAME).execute((instance, context) -> lapse.fire(UUID.fromString(instance.getId())));
    }

    @Component
    static class Setter {

        private final SchedulerClient scheduler;
        private final JdbcClient jdbc;
        private final OneTimeTask<Void> task;

        Setter(SchedulerClient scheduler, JdbcClient jdbc, OneTimeTask<Void> referralResponseClock) {
            this.scheduler = scheduler;
            this.jdbc = jdbc;
            this.task = referralResponseClock;
        }

        void set(UUID referralId, Instant respondBy) {
            scheduler.scheduleIfNotExists(task.instance(referralId.toString()), respondBy);
        }

        /** Removes a clock not yet taken by a node; one already taken finds the referral answered and does nothing. */
        void cancel(UUID referralId) {
            jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND NOT picked")
                    .params(TASK_NAME, referralId.toString())
                    .update();
        }
    }

    @Component
    static class Lapse {

        private final JdbcClient jdbc;
        private final TransactionTemplate transaction;
        private final Clock clock;

        Lapse(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
            this.jdbc = jdbc;
            this.transaction = transaction;
            this.clock = clock;
        }

        void fire(UUID referralId) {
            transaction.executeWithoutResult(status -> jdbc.sql("""
                    UPDATE referral SET response_lapsed_at = ? WHERE id = ? AND status = 'SENT' AND response_lapsed_at IS NULL""")
                    .params(Timestamp.from(clock.instant()), referralId)
                    .update());
        }
    }
}
