package org.reassure.uploads.internal;

import org.springframework.stereotype.Component;

/** What the administration page shows of the scanner: configured where, and whether it answers now. */
@Component
public class ScannerState {

    private final ClamAvClient client;

    ScannerState(ClamAvClient client) {
        this.client = client;
    }

    public boolean configured() {
        return client.configured();
    }

    public String address() {
        return client.address();
    }

    public boolean answers() {
        return client.answers();
    }
}
