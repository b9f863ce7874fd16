package org.reassure.care.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.reassure.platform.CommandLineMode;

/**
 * Gives every open case that predates the first clock its clock ({@link FirstClocks#backfill()}), on each start after
 * the migrations and the demo data: from the moment its report was received, under the rule in force that day, with
 * its reminder and breach clocks set like any other, so that a clock already past its due time fires at once and the
 * task goes overdue. Idempotent: a case that has its first clock is left alone, so a second start, or a second node
 * starting at the same time, starts nothing.
 */
@Component
@Profile("!" + CommandLineMode.PROFILE)
@Order(10)
class FirstClockBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstClockBackfill.class);

    private final FirstClocks clocks;

    FirstClockBackfill(FirstClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void run(ApplicationArguments args) {
        int started = clocks.backfill();
        if (started > 0) {
            log.info("Started the first clock of {} existing cases", started);
        }
    }
}
