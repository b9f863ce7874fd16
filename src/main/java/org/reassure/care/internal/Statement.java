package org.reassure.care.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.reassure.platform.Labelled;

/** One version of a Victim Personal Statement or a Community Impact Statement, never changed once written. */
public record Statement(
        UUID id,
        String caseReference,
        Kind kind,
        int version,
        String body,
        String takenBy,
        LocalDate takenOn,
        ReadAloud readAloud,
        String recordedBy,
        Instant recordedAt) {

    /** Labels: {@code statementKind.*}. */
    public enum Kind implements Labelled {
        VICTIM_PERSONAL,
        COMMUNITY_IMPACT;

        @Override
        public String labelKey() {
            return "statementKind." + name();
        }
    }

    /** The victim's choice for their personal statement at a hearing. Labels: {@code readAloud.*}. */
    public enum ReadAloud implements Labelled {
        VICTIM_READS,
        READ_FOR_VICTIM,
        NOT_READ;

        @Override
        public String labelKey() {
            return "readAloud." + name();
        }
    }

    /** A statement as an officer entered it. */
    public record Draft(Kind kind, String body, String takenBy, LocalDate takenOn, ReadAloud readAloud) {}
}
