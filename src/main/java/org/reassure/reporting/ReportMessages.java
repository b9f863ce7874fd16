package org.reassure.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import org.reassure.reporting.internal.MessageThreads;

/**
 * Secure messages between the person who reported and the officers on the case their report became, as case work
 * and care use them: the officers' side. Callers check that the member of staff may see the case first: this module
 * does not know about units. The reporter writes on "track my report" and the public API.
 */
@Service
public class ReportMessages {

    /** Who wrote a message. */
    public enum Sender {
        REPORTER,
        OFFICER
    }

    /**
     * One message. {@code authorName} is the officer's name (null for the reporter); {@code readAt} is when the other
     * side first saw it, or null.
     */
    public record Message(long id, Sender sender, String authorName, String body, Instant sentAt, Instant readAt) {

        public boolean fromReporter() {
            return sender == Sender.REPORTER;
        }

        public boolean unread() {
            return readAt == null;
        }
    }

    /**
     * Someone wrote on a report: case work writes it into the case history. Carries no text.
     *
     * @param author the staff or centre account that wrote it, or null for a reporter with their tracking code
     */
    public record MessageSent(String reference, Sender sender, String author, Instant sentAt) {}

    private final MessageThreads threads;

    ReportMessages(MessageThreads threads) {
        this.threads = threads;
    }

    /** Whether the case with this reference came from a report, so that its reporter can be written to. */
    public boolean available(String reference) {
        return threads.available(reference);
    }

    /** Every message on a report, oldest first. */
    public List<Message> on(String reference) {
        return threads.on(reference);
    }

    /** A message from an officer who the caller has checked may work on this case. */
    public Message fromOfficer(String reference, String staffUsername, String staffName, String body) {
        return threads.fromOfficer(reference, staffUsername, staffName, body);
    }

    /** The officers have seen the reporter's messages. */
    public void markReadByOfficers(String reference) {
        threads.markRead(reference, Sender.REPORTER);
    }

    /** Of these references, those with a message from the reporter that no officer has seen yet. */
    public Set<String> withUnreadFromReporter(Collection<String> references) {
        return threads.withUnreadFromReporter(references);
    }
}
