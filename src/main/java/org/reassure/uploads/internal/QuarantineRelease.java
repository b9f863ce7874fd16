package org.reassure.uploads.internal;

import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.uploads.QuarantinedFiles;
import org.reassure.uploads.ScanStatus;
import org.reassure.uploads.Uploads;

/**
 * Releases files held in quarantine: every minute (a db-scheduler recurring task, so one node at a time), when the
 * scanner answers again, each module's held files are rescanned and the module told the outcome. A file found
 * infected loses its content in its module and the finding is audited, by the file's id only.
 */
@Component
public class QuarantineRelease {

    static final String TASK_NAME = "uploads-quarantine-release";
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(QuarantineRelease.class);

    private final ObjectProvider<QuarantinedFiles> holders;
    private final ClamAvClient scanner;
    private final Uploads uploads;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    QuarantineRelease(
            ObjectProvider<QuarantinedFiles> holders,
            ClamAvClient scanner,
            Uploads uploads,
            TransactionTemplate transaction,
            AuditLog audit) {
        this.holders = holders;
        this.scanner = scanner;
        this.uploads = uploads;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** Rescans what is held, if the scanner answers (or none is configured any more); how many files were released. */
    public int releaseHeld() {
        if (scanner.configured() && !scanner.answers()) {
            return 0;
        }
        int released = 0;
        for (QuarantinedFiles holder : holders.orderedStream().toList()) {
            while (true) {
                Integer done = transaction.execute(status -> releaseBatch(holder));
                if (done == null || done < 0) {
                    return released;
                }
                released += done;
                if (done < BATCH) {
                    break;
                }
            }
        }
        if (released > 0) {
            log.info("Released {} files from quarantine", released);
        }
        return released;
    }

    /** Files held now, in every module that holds files. */
    public int heldCount() {
        return holders.orderedStream().mapToInt(QuarantinedFiles::count).sum();
    }

    /** One batch, in the transaction that locked it; -1 when the scanner stopped answering midway. */
    private int releaseBatch(QuarantinedFiles holder) {
        List<QuarantinedFiles.Held> held = holder.held(BATCH);
        int done = 0;
        for (QuarantinedFiles.Held file : held) {
            ScanStatus outcome = uploads.rescan(file.content());
            if (outcome == ScanStatus.QUARANTINED) {
                return done == 0 ? -1 : done;
            }
            holder.released(file.id(), outcome);
            if (outcome == ScanStatus.INFECTED) {
                audit.recordAs(
                        "system",
                        "",
                        AuditAction.ERASURE,
                        CheckedUploads.AUDIT_RECORD,
                        file.id().toString(),
                        null,
                        AuditOutcome.DENIED,
                        "Malware found when the file held in quarantine was scanned: its content was removed");
            }
            done++;
        }
        return done;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> quarantineReleaseTask(QuarantineRelease release) {
            return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(Duration.ofMinutes(1)))
                    .execute((instance, context) -> release.releaseHeld());
        }
    }
}
