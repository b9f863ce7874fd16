package org.reassure.notifications.internal.send;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every node looks for due notifications every {@code reassure.notify.poll-interval}, from the moment the service is
 * ready until it stops. Each node polls on its own rather than through one db-scheduler recurring task: a recurring
 * task is one row, and a node killed while running it would hold it until db-scheduler declares the execution dead
 * (half an hour with its defaults), stopping every notification. Here a dead node holds only the notifications it
 * had taken, and only until their lease ends; the rows are taken with {@code FOR UPDATE SKIP LOCKED}, so nodes share
 * the work and never take the same notification.
 */
@Component
class SendingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendingLoop.class);

    private final NotificationSender sender;
    private final NotifySettings settings;
    private volatile ScheduledExecutorService executor;

    SendingLoop(NotificationSender sender, NotifySettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "notify-sender");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            sender.sendDue();
        } catch (RuntimeException failure) {
            // The database may be restarting: the next poll tries again.
            log.warn("Sending notifications failed: {}", failure.getClass().getName());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(settings.timeout().toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Starts after the web server, so that a node sends only once it is ready; stops before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
