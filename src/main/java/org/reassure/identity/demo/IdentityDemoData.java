package org.reassure.identity.demo;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.identity.internal.SecondFactors;
import org.reassure.platform.DemoData;

/**
 * The demo force: three boroughs, each with a Community Safety Unit and a neighbourhood team, and one
 * account for each role. All names are invented; every demo account has the password in the README.
 */
@Component
class IdentityDemoData implements DemoData {

    /** Published in the README: demo accounts exist only where demo data was allowed. */
    static final String DEMO_PASSWORD = "reassure-demo";

    /**
     * Published in the README, for the demo only: every demo account's authenticator app key (RFC 6238, base32), so
     * anyone trying the demo can add it to an app (or run {@code oathtool --totp -b KEY}).
     */
    public static final String DEMO_TOTP_KEY = "REASSUREDEMOKEYONLYFORDEMO234567";

    private final Units units;
    private final StaffAccounts accounts;
    private final SecondFactors factors;

    IdentityDemoData(Units units, StaffAccounts accounts, SecondFactors factors) {
        this.units = units;
        this.accounts = accounts;
        this.factors = factors;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        units.create("MET", "Metropolitan Police Service", null);
        for (String[] borough : List.of(
                new String[] {"HNS", "Hounslow"}, new String[] {"EAL", "Ealing"}, new String[] {"NWM", "Newham"})) {
            units.create(borough[0], borough[1], "MET");
            units.create(borough[0] + "-CSU", borough[1] + " Community Safety Unit", borough[0]);
            units.create(borough[0] + "-SNT", borough[1] + " Safer Neighbourhoods Team", borough[0]);
        }
        // Work phone numbers from Ofcom's range kept for drama (020 7946 0xxx): they reach no one.
        account("callhandler", "Priya Raman", Role.CALL_HANDLER, "MET", "020 7946 0101");
        account("investigator", "Daniel Okafor", Role.INVESTIGATOR, "HNS-CSU", "020 7946 0102");
        account("investigator2", "Sarah Whitfield", Role.INVESTIGATOR, "EAL-CSU", "020 7946 0103");
        account("supportofficer", "Gareth Lloyd", Role.SUPPORT_OFFICER, "HNS", "020 7946 0104");
        account("neighbourhood", "Aisha Begum", Role.NEIGHBOURHOOD_OFFICER, "HNS-SNT", "020 7946 0105");
        account("neighbourhood2", "Marek Kowalski", Role.NEIGHBOURHOOD_OFFICER, "EAL-SNT", "020 7946 0107");
        account("supervisor", "Helen Marsh", Role.SUPERVISOR, "HNS", "020 7946 0106");
        account("analyst", "Tomasz Nowak", Role.ANALYST, "MET");
        account("admin", "Chris Adeyemi", Role.ADMINISTRATOR, "MET");
        account("thirdparty", "Hounslow Community Centre", Role.THIRD_PARTY_CENTRE, "HNS");
        account("supportorg", "Victim Support Hounslow", Role.SUPPORT_ORGANISATION, null);
    }

    private void account(String username, String name, Role role, String unit) {
        account(username, name, role, unit, null);
    }

    /** Staff have a synthetic work e-mail address at example.police.uk (a domain kept for examples): it reaches no one. */
    private void account(String username, String name, Role role, String unit, String workPhone) {
        String email = role == Role.SUPPORT_ORGANISATION ? null : username + "@example.police.uk";
        StaffAccount account =
                accounts.create(username, name, Set.of(role), unit, null, DEMO_PASSWORD, workPhone, email);
        factors.enrolWithKey(account.id(), DEMO_TOTP_KEY);
    }
}
