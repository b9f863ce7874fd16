package org.reassure.referrals.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import org.reassure.identity.StaffAccounts;
import org.reassure.platform.DemoData;

/**
 * Invented local groups of the demo boroughs (one, Hounslow Youth Voice, later stops taking referrals), and the demo
 * partner account's organisation, Victim Support Hounslow.
 */
@Component
class LocalOrganisationsDemoData implements DemoData {

    private static final String ALL = NationalOrganisationsDemoData.ALL;

    private final DemoOrganisations organisations;
    private final StaffAccounts accounts;

    LocalOrganisationsDemoData(DemoOrganisations organisations, StaffAccounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 51;
    }

    @Override
    public void load() {
        organisations.add(new DemoOrganisations.Listing(
                "VSHNS",
                "Victim Support Hounslow",
                "Local caseworkers offering emotional support, safety planning and help through the justice"
                        + " process to anyone affected by crime in Hounslow.",
                ALL,
                "Anyone living or working in Hounslow",
                false,
                List.of("Hounslow"),
                "en,pa,ur,hi,pl",
                true,
                false,
                true,
                "Monday to Friday 9am to 5pm; Thursday until 8pm",
                "020 7946 0201",
                "hounslow@victimsupport.example.org",
                "Police referrals through this service; or call, or send a message here.",
                "OPEN",
                2));
        organisations.add(new DemoOrganisations.Listing(
                "WLREC",
                "West London Race Equality Council",
                "Casework, advice and advocacy for people facing racist and religious hatred"
                        + " in West London, including at work, school and home.",
                "RACE,RELIGION",
                "Black, Asian and minority ethnic communities; Gypsy," + " Roma and Traveller people",
                false,
                List.of("Hounslow", "Ealing"),
                "en,pa,pl,so,ar",
                false,
                false,
                false,
                "Monday to Thursday, 10am to 4pm",
                "020 7946 0210",
                "casework@wlrec.example.org",
                "Referral by email or through this service.",
                "OPEN",
                2));
        organisations.add(new DemoOrganisations.Listing(
                "EALCAN",
                "Ealing Community Advice Network",
                "Drop-in advice and a community caseworker for victims of hate crime in Ealing,"
                        + " with help on housing and benefits.",
                ALL,
                "Anyone in Ealing",
                false,
                List.of("Ealing"),
                "en,pl,ar,so",
                true,
                false,
                false,
                "Tuesday and Thursday drop-in, 10am to 1pm",
                "020 7946 0220",
                "advice@ealingcan.example.org",
                "Drop in, call, or be referred by the police with your consent.",
                "OPEN",
                2));
        organisations.add(new DemoOrganisations.Listing(
                "NEWHAMTOG",
                "Newham Together",
                "A partnership of Newham's community groups offering support, mediation and a safe place to"
                        + " talk after hate incidents.",
                "RACE,RELIGION,DISABILITY",
                "Bangladeshi, Pakistani, Somali and Eastern European communities",
                false,
                List.of("Newham"),
                "en,bn,ur,gu,so,lt",
                false,
                false,
                false,
                "Monday to Saturday, 10am to 6pm",
                "020 7946 0230",
                "support@newhamtogether.example.org",
                "Referral through this service or walk in at the community hub.",
                "OPEN",
                2));
        organisations.add(new DemoOrganisations.Listing(
                "EASTPRIDE",
                "East London Pride Support",
                "Peer support for LGBT+ people in East London who have faced hate, at home,"
                        + " in the street or online.",
                "SEXUAL_ORIENTATION,TRANSGENDER",
                "LGBT+ people, including young people aged 16 to 25",
                false,
                List.of("Newham"),
                "en",
                false,
                false,
                true,
                "Wednesday and Friday evenings, 6pm to 9pm",
                "020 7946 0240",
                "peers@eastpride.example.org",
                "Message us here or ask the police to refer you.",
                "FULL",
                3));
        organisations.add(new DemoOrganisations.Listing(
                "HNSYOUTH",
                "Hounslow Youth Voice",
                "Support for young people affected by hate in schools and online (no longer taking"
                        + " referrals through this service).",
                ALL,
                "Young people aged 11 to 18",
                false,
                List.of("Hounslow"),
                "en",
                false,
                false,
                false,
                "Term time, weekdays 3pm to 6pm",
                "020 7946 0250",
                "team@hounslowyouth.example.org",
                "Through schools.",
                "OPEN",
                2));
        accounts.findByUsername("supportorg").ifPresent(account -> accounts.setOrganisation(account.id(), "VSHNS"));
    }
}
