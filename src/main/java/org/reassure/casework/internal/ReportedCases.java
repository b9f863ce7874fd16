package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.People;
import org.reassure.casework.PersonRole;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.reporting.ReportMessages;
import org.reassure.reporting.ReportProgress;
import org.reassure.reporting.ReportSubmitted;
import org.reassure.reporting.TrackingCodesGuessed;
import org.reassure.reporting.VictimSatisfaction;

/**
 * Turns each submitted report into a case with the same reference, in the unit the report was routed to
 * or else the force triage queue, and tells the reporter how their case is going.
 */
@Component
class ReportedCases implements ReportProgress {

    private static final Logger log = LoggerFactory.getLogger(ReportedCases.class);

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final People people;
    private final CaseHistory history;
    private final CaseEventPublisher events;

    ReportedCases(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            People people,
            CaseHistory history,
            CaseEventPublisher events) {
        this.people = people;
        this.events = events;
        this.history = history;
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted report) {
        if (jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                        .param(report.reference())
                        .query(Long.class)
                        .single()
                > 0) {
            return; // already handled: the registry may deliver an event again after a failure
        }
        Unit unit = Optional.ofNullable(report.unitCode())
                .flatMap(units::findByCode)
                .orElseGet(this::triageQueue);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, anonymous, received_at, occurred_at, unit_id, online, account,
                                       hostility_reason, perceived_by)
                VALUES (?, ?, 'REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        report.reference(),
                        report.channel(),
                        report.anonymous(),
                        Timestamp.from(report.receivedAt()),
                        report.occurredAt() == null ? null : Timestamp.from(report.occurredAt()),
                        unit.id(),
                        report.online(),
                        report.account(),
                        report.hostilityReason(),
                        report.perceivedBy())
                .update();
        report.strands()
                .forEach(strand -> jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                        .params(id, strand)
                        .update());
        if (report.strands().contains("RELIGION") && report.religions() != null) {
            report.religions()
                    .forEach(category -> jdbc.sql(
                                    "INSERT INTO case_religion (case_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING")
                            .params(id, category)
                            .update());
        }
        history.write(id, report.receivedAt(), "reassure", null, CaseStatus.REPORTED, "Report received", null);
        for (ReportSubmitted.Person person : report.people()) {
            people.addFromReport(
                    report.reference(),
                    "VICTIM".equals(person.role()) ? PersonRole.VICTIM : PersonRole.REPORTER,
                    person.name(),
                    person.email(),
                    person.phone());
        }
        // The reporter's first clock runs from the moment of the report, before triage (victim care starts it): a
        // first contact if they left contact details and agreed to be contacted, else a reply in the message thread.
        events.opened(report.reference(), report.receivedAt(), report.contactGiven() && report.consentToContact());
        log.info("Case {} opened from a report, in unit {}", report.reference(), unit.code());
    }

    /** Messages with the reporter join the case history (their text stays with the report, shown on the case page). */
    @ApplicationModuleListener
    void on(ReportMessages.MessageSent message) {
        boolean fromReporter = message.sender() == ReportMessages.Sender.REPORTER;
        String actor = message.author() != null ? message.author() : "reporter";
        String what = fromReporter
                ? (message.author() != null
                        ? "Message from the third-party reporting centre"
                        : "Message from the reporter")
                : "Message sent to the reporter";
        // Once only: the registry may deliver an event again after a failure.
        history.writeOnce(message.reference(), message.sentAt(), actor, what);
    }

    /** The victim's satisfaction answers join the case history (the answers stay with victim satisfaction, shown on the case page). */
    @ApplicationModuleListener
    void on(VictimSatisfaction.SatisfactionGiven given) {
        String actor = given.recordedBy() != null ? given.recordedBy() : "reporter";
        String what = given.recordedBy() != null
                ? "Victim satisfaction answers recorded ("
                        + given.channel().label().toLowerCase() + ")"
                : "Victim satisfaction answers given online";
        history.writeOnce(given.reference(), given.at(), actor, what);
    }

    /**
     * Someone is guessing the report's tracking code: the officers see it in the case history, so that they can tell
     * the reporter (whose own code still works) and watch for it.
     */
    @ApplicationModuleListener
    void on(TrackingCodesGuessed guessed) {
        history.writeOnce(
                guessed.reference(),
                guessed.at(),
                "reassure",
                guessed.failures() + " wrong tracking codes tried within "
                        + guessed.window().toMinutes()
                        + " minutes. Those sending them are slowed down and refused; the reporter's own code still"
                        + " works");
    }

    /** With one force, its triage queue; with several, the first force set up (until reports carry their force). */
    private Unit triageQueue() {
        return units.all().stream()
                .filter(unit -> unit.kind() == UnitKind.FORCE)
                .min(Comparator.comparingLong(Unit::id))
                .orElseThrow(() -> new IllegalStateException("No force is set up to receive reports"));
    }

    @Override
    public Optional<Progress> of(String reference) {
        return jdbc.sql("""
                SELECT c.id, c.status, c.officer_id FROM hate_case c WHERE c.reference = ?""")
                .param(reference)
                .query((rs, row) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    long officerId = rs.getLong(3);
                    // The named officer and their direct number (Victims' Code: the officer's contact details).
                    Officer officer = rs.wasNull() ? null : officer(accounts.get(officerId));
                    return new Progress(rs.getString(2), officer, updates(id));
                })
                .optional();
    }

    private static Officer officer(StaffAccount account) {
        return new Officer(account.displayName(), account.workPhone());
    }

    private List<Update> updates(UUID caseId) {
        return jdbc.sql(
                        "SELECT at, to_status FROM case_history WHERE case_id = ? AND to_status IS NOT NULL ORDER BY at, id")
                .param(caseId)
                .query((rs, row) -> new Update(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .list();
    }
}
