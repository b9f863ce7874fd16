package org.reassure.referrals.demo;

import org.springframework.stereotype.Component;

import org.reassure.identity.StaffAccounts;
import org.reassure.platform.DemoData;
import org.reassure.referrals.internal.DirectoryEditor;
import org.reassure.referrals.internal.DirectoryEntry;
import org.reassure.referrals.internal.Organisations;

/**
 * Hounslow Youth Voice stopped taking referrals through the service: its live referral closed, and the officer is
 * asked on My work to refer that victim elsewhere.
 */
@Component
class StoppedOrganisationDemoData implements DemoData {

    private final Organisations organisations;
    private final DirectoryEditor editor;
    private final StaffAccounts accounts;

    StoppedOrganisationDemoData(Organisations organisations, DirectoryEditor editor, StaffAccounts accounts) {
        this.organisations = organisations;
        this.editor = editor;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 54;
    }

    @Override
    public void load() {
        DirectoryEntry switchedOff = DirectoryEntry.of(organisations.get("HNSYOUTH"), false);
        editor.update(accounts.principalOf("admin"), "HNSYOUTH", switchedOff);
    }
}
