package org.reassure.casework;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.internal.CaseHistory;

/**
 * Lines in a case's history for what happened in a module that case work does not know (a notification sent or
 * delivered), written in the caller's transaction. Lines are English, as the whole history is (see
 * {@link CaseHistory}); nothing is written for an unknown case, nor twice for the same time, actor and words.
 */
@Service
public class CaseTimeline {

    private final CaseHistory history;

    CaseTimeline(CaseHistory history) {
        this.history = history;
    }

    @Transactional
    public void recordElsewhere(String reference, Instant at, String actor, String what) {
        history.writeOnce(reference, at, actor, what);
    }
}
