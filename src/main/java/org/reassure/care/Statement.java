package org.reassure.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    public enum Kind {
        VICTIM_PERSONAL("Victim Personal Statement"),
        COMMUNITY_IMPACT("Community Impact Statement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The victim's choice for their personal statement at a hearing. */
    public enum ReadAloud {
        VICTIM_READS("The victim wants to read it aloud"),
        READ_FOR_VICTIM("The victim wants someone to read it aloud for them"),
        NOT_READ("The victim does not want it read aloud (the court still considers it)");

        private final String label;

        ReadAloud(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A statement as an officer entered it. */
    public record Draft(Kind kind, String body, String takenBy, LocalDate takenOn, ReadAloud readAloud) {}
}
