package org.reassure.uploads.internal;

import org.reassure.uploads.UploadProblem;

/** Thrown while a file is read or re-encoded, when it must be refused; carries the reason only, never the content. */
final class Refusal extends Exception {

    private final UploadProblem problem;

    Refusal(UploadProblem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    UploadProblem problem() {
        return problem;
    }
}
