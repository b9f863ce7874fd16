package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The response clock's task: when it fires on a referral still waiting for an answer, the referral has lapsed. */
@Configuration(proxyBeanMethods = false)
class ResponseClockTask {

    static final String TASK_NAME = "referral-response-clock";

    @Bean
    OneTimeTask<Void> referralResponseClock(Lapse lapse) {
        return Tasks.oneTime(TASK_NAME).execute((instance, context) -> lapse.fire(UUID.fromString(instance.getId())));
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
