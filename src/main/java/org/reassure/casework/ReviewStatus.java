package org.reassure.casework;

/** A supervisor checks every recording decision. */
public enum ReviewStatus {
    PENDING("Waiting for review"),
    APPROVED("Approved"),
    RETURNED("Returned for change");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
