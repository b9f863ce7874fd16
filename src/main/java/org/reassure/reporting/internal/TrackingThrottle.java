package org.reassure.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.reporting.TrackingCodesGuessed;

/**
 * Wrong tracking codes throttle the guesser, never the reporter. Counted in fixed windows ({@link PublicCounters},
 * shared by every node):
 * <ul>
 * <li>by client (a keyed hash of its address): after two wrong codes the client waits before its next try, twice as
 * long each time from {@code first-wait}; after {@code max-failures} it is refused until the window ends. Its
 * right code is refused too while it waits (otherwise the wait would tell a guess apart), but the right code from
 * any other client always opens the report;</li>
 * <li>by reference (a hash of it): never to refuse, only to alert (an audit entry and a line on the case, once a
 * window, when {@code alert-after} is reached) and to slow guessing: past that, each wrong code for the reference
 * counts twice against the client that sent it.</li>
 * </ul>
 * Exempt client addresses ({@code reassure.public-rate.exempt}) are not throttled, only counted by reference.
 */
@Component
class TrackingThrottle {

    private static final Logger log = LoggerFactory.getLogger(TrackingThrottle.class);

    private final PublicCounters counters;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration firstWait;
    private final int alertAfter;
    private final Duration window;
    private final Set<String> exempt;

    TrackingThrottle(
            PublicCounters counters,
            JdbcClient jdbc,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${reassure.tracking.max-failures:5}") int maxFailures,
            @Value("${reassure.tracking.first-wait:2s}") Duration firstWait,
            @Value("${reassure.tracking.alert-after:10}") int alertAfter,
            @Value("${reassure.tracking.window:15m}") Duration window,
            @Value("${reassure.public-rate.exempt:}") Set<String> exempt) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstWait = firstWait;
        this.alertAfter = alertAfter;
        this.window = window;
        this.exempt = Set.copyOf(exempt);
    }

    /** Refuses a client that must wait ({@link TooManyAttempts}); a null client is a caller inside the service. */
    void checkAllowed(String client) {
        if (!throttled(client)) {
            return;
        }
        PublicCounters.Count count = counters.countWithLastHit(counters.guesserKey(client, window), window);
        if (count.hits() >= maxFailures) {
            throw new TooManyAttempts(counters.untilNextWindow(window));
        }
        Duration wait = waitAfter(count.hits());
        if (count.lastHitAt() != null && !wait.isZero()) {
            Duration left = Duration.between(clock.instant(), count.lastHitAt().plus(wait));
            if (!left.isNegative() && !left.isZero()) {
                throw new TooManyAttempts(left);
            }
        }
    }

    /** How long a client waits after this many wrong codes: nothing for the first two, then doubling. */
    Duration waitAfter(int failures) {
        return failures < 2 ? Duration.ZERO : firstWait.multipliedBy(1L << Math.min(failures - 2, 20));
    }

    void recordFailure(String reference, String client) {
        int onReference = counters.hit(PublicCounters.referenceKey(reference), window);
        if (throttled(client)) {
            String key = counters.guesserKey(client, window);
            counters.hit(key, window);
            if (onReference > alertAfter) {
                counters.hit(key, window);
            }
        }
        if (onReference == alertAfter && exists(reference)) {
            alert(reference, onReference);
        }
    }

    private boolean throttled(String client) {
        return client != null && !exempt.contains(client);
    }

    private boolean exists(String reference) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM report WHERE reference = ?)")
                .param(reference)
                .query(Boolean.class)
                .single();
    }

    private void alert(String reference, int failures) {
        Instant now = clock.instant();
        log.warn("{} wrong tracking codes for one report within {}: guessers are being slowed", failures, window);
        auditLog.recordAs(
                "public",
                "",
                AuditAction.ACCESS,
                "report",
                reference,
                null,
                AuditOutcome.DENIED,
                failures + " wrong tracking codes within " + window.toMinutes()
                        + " minutes; the senders are slowed and refused, the right code still opens the report");
        events.publishEvent(new TrackingCodesGuessed(reference, failures, window, now));
    }
}
