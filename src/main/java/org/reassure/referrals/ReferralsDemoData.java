package org.reassure.referrals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;

/**
 * Invented support organisations (national helplines and local groups of the demo boroughs, with contact
 * details from the ranges set aside for drama: 020 7946 0xxx and example.org), the demo partner account's
 * organisation, and referrals on Hounslow cases at every stage, with messages and one withdrawal of consent.
 */
@Component
class ReferralsDemoData implements DemoData {

    private static final String ALL = "";

    private final Organisations organisations;
    private final Consents consents;
    private final Referrals referrals;
    private final SelfReferrals selfReferrals;
    private final StaffAccounts accounts;
    private final Cases cases;
    private final People people;
    private final Units units;
    private final ResponseClocks.Setter clocks;
    private final JdbcClient jdbc;

    ReferralsDemoData(
            Organisations organisations,
            Consents consents,
            Referrals referrals,
            SelfReferrals selfReferrals,
            StaffAccounts accounts,
            Cases cases,
            People people,
            Units units,
            ResponseClocks.Setter clocks,
            JdbcClient jdbc) {
        this.organisations = organisations;
        this.consents = consents;
        this.referrals = referrals;
        this.selfReferrals = selfReferrals;
        this.accounts = accounts;
        this.cases = cases;
        this.people = people;
        this.units = units;
        this.clocks = clocks;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        organisation(
                "NHCL",
                "National Hate Crime Helpline",
                "A free, confidential helpline for anyone affected by hate of any kind, open day and night."
                        + " Trained advisers listen, explain your options and can report to the police for you if you want.",
                ALL,
                "Anyone",
                true,
                List.of(),
                "en,cy,pa,ur,bn,pl,so,ar,ro,tr",
                true,
                true,
                true,
                "24 hours a day, every day",
                "020 7946 0100",
                "help@hatecrimehelpline.example.org",
                "Call, email or send a message from this directory. Police can refer with the victim's consent.",
                "OPEN",
                2);
        organisation(
                "FAITHSAFE",
                "Faith Safe",
                "Support and advocacy for people targeted because of their religion or belief, including anti-Muslim"
                        + " and antisemitic hatred, and for places of worship.",
                "RELIGION",
                "Mosques, synagogues, gurdwaras, temples and churches",
                true,
                List.of(),
                "en,ur,ar,he,pa",
                false,
                false,
                true,
                "Monday to Friday, 9am to 7pm",
                "020 7946 0110",
                "support@faithsafe.example.org",
                "Self-referral by phone or email; police referrals answered within 2 working days.",
                "OPEN",
                2);
        organisation(
                "RAINBOWLINE",
                "Rainbow Line",
                "Emotional and practical support for lesbian, gay, bisexual, trans and queer people who have"
                        + " experienced abuse or violence.",
                "SEXUAL_ORIENTATION,TRANSGENDER",
                "LGBT+ people of all ages",
                true,
                List.of(),
                "en,cy",
                true,
                false,
                true,
                "Monday to Friday 10am to 8pm, Saturday 10am to 4pm",
                "020 7946 0120",
                "hello@rainbowline.example.org",
                "Referrals from police and any agency, or contact us yourself.",
                "OPEN",
                2);
        organisation(
                "ACCESSVOICE",
                "Access Voice Advocacy",
                "Independent advocates for disabled people who have been targeted, including"
                        + " 'mate crime' and repeated harassment near home.",
                "DISABILITY",
                "Disabled people, people with learning disabilities, autistic people",
                true,
                List.of(),
                "en",
                true,
                true,
                true,
                "Monday to Friday, 9am to 5pm",
                "020 7946 0130",
                "advocacy@accessvoice.example.org",
                "Referral with consent; we arrange a home visit or a call in the way that suits the person.",
                "LIMITED",
                3);
        organisation(
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
                2);
        organisation(
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
                2);
        organisation(
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
                2);
        organisation(
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
                2);
        organisation(
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
                3);
        organisation(
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
                2);
        accounts.findByUsername("supportorg").ifPresent(account -> accounts.setOrganisation(account.id(), "VSHNS"));
        referralsAtEveryStage();
        // Hounslow Youth Voice stopped taking referrals through the service: its live referral closed, and the officer
        // is asked on My work to refer that victim elsewhere.
        Organisation youth = organisations.get("HNSYOUTH");
        organisations.update(
                accounts.principalOf("admin"),
                "HNSYOUTH",
                new Organisations.Entry(
                        youth.name(),
                        youth.description(),
                        youth.strands(),
                        youth.groupsServed(),
                        youth.national(),
                        youth.areas(),
                        youth.languages(),
                        youth.easyRead(),
                        youth.bsl(),
                        youth.textRelay(),
                        youth.openingHours(),
                        youth.phone(),
                        youth.email(),
                        youth.website(),
                        youth.howToRefer(),
                        youth.capacity(),
                        youth.responseDays(),
                        false));
    }

    private void referralsAtEveryStage() {
        StaffPrincipal officer = accounts.principalOf("supportofficer");
        StaffPrincipal partner = accounts.principalOf("supportorg");
        long hounslowCsu = units.findByCode("HNS-CSU").orElseThrow().id();
        List<String> referable = cases.allFacts().stream()
                .filter(f -> f.unitId() == hounslowCsu
                        && f.status() != CaseStatus.CLOSED
                        && f.status() != CaseStatus.REPORTED)
                .filter(f -> people.onCase(f.reference()).stream()
                        .anyMatch(p -> p.role().isVictim() && p.phone() != null))
                .map(CaseFacts::reference)
                .limit(8)
                .toList();
        if (referable.size() < 7) {
            return;
        }
        Set<SharedItem> contactDetails =
                EnumSet.of(SharedItem.NAME, SharedItem.PHONE, SharedItem.HATE_TYPE, SharedItem.SUPPORT_NEEDS);

        // Sent today and waiting for an answer.
        refer(
                officer,
                referable.get(0),
                "VSHNS",
                contactDetails,
                "Would like someone to talk to; prefers calls after 6pm.",
                0);
        // Sent five days ago and not answered: the clock lapsed and the officer sees it on My work.
        UUID lapsed = refer(
                officer,
                referable.get(1),
                "WLREC",
                contactDetails,
                "Needs help with the housing association about repeated abuse.",
                5);
        jdbc.sql(
                        "UPDATE referral SET respond_by = sent_at + interval '2 days', response_lapsed_at = sent_at + interval '2 days' WHERE id = ?")
                .param(lapsed)
                .update();
        clocks.cancel(lapsed);
        // Accepted, with messages both ways.
        UUID accepted = refer(
                officer,
                referable.get(2),
                "VSHNS",
                contactDetails,
                "Anxious about leaving the house; would like a home visit.",
                2);
        referrals.decide(partner, accepted, true, null);
        referrals.postMessage(
                partner, accepted, "Thank you. Our caseworker Nadia will call tomorrow morning to arrange a visit.");
        referrals.postMessage(
                officer, accepted, "Thank you. Please note the victim prefers not to be called before 10am.");
        // Declined with a reason, then referred elsewhere.
        UUID declined = refer(officer, referable.get(3), "VSHNS", contactDetails, "Would like support in Somali.", 4);
        referrals.decide(
                partner, declined, false, "We have no Somali-speaking caseworker this month. West London REC has one.");
        refer(officer, referable.get(3), "WLREC", contactDetails, "Would like support in Somali.", 3);
        // First contact made.
        UUID contacted = refer(
                officer,
                referable.get(4),
                "VSHNS",
                contactDetails,
                "Wants help writing a Victim Personal Statement.",
                8);
        referrals.decide(partner, contacted, true, null);
        referrals.recordContact(partner, contacted, Instant.now().minus(Duration.ofDays(6)));
        // Support finished and closed.
        UUID closed = refer(
                officer, referable.get(5), "VSHNS", contactDetails, "Emotional support after a racist assault.", 30);
        referrals.decide(partner, closed, true, null);
        referrals.recordContact(partner, closed, Instant.now().minus(Duration.ofDays(27)));
        referrals.close(
                partner,
                closed,
                "Six sessions of support completed; the person feels safer and knows how to get back in touch.");
        // Consent withdrawn after an acceptance: the organisation sees the withdrawal, the details are gone.
        UUID withdrawn =
                refer(officer, referable.get(6), "VSHNS", contactDetails, "Would like a call from a caseworker.", 6);
        referrals.decide(partner, withdrawn, true, null);
        Consent consent = consents.forCase(referable.get(6)).get(0);
        consents.withdraw(
                officer,
                referable.get(6),
                consent.id(),
                ConsentChannel.PHONE,
                "The victim has support from family and does not want contact.");
        if (referable.size() > 7) {
            refer(
                    officer,
                    referable.get(7),
                    "HNSYOUTH",
                    contactDetails,
                    "The victim is 15 and would like to talk to someone their own age.",
                    3);
        }
        settleTimes();

        selfReferrals.send(
                "VSHNS",
                "Sam",
                "EMAIL",
                null,
                "sam.contact@example.com",
                "Someone keeps writing abusive things about my family on our street's chat group. I do not want to go to the police yet,"
                        + " but I would like to talk to someone.",
                true);
        selfReferrals.send(
                "VSHNS",
                "Mrs K",
                "PHONE",
                "020 7946 0999",
                null,
                "My son is being called names on the bus to college because of his turban. Please call after 4pm.",
                true);
    }

    /** Records the victim's consent by phone and sends the referral, then moves both back in time by {@code daysAgo}. */
    private UUID refer(
            StaffPrincipal officer,
            String reference,
            String organisation,
            Set<SharedItem> items,
            String needs,
            int daysAgo) {
        Instant given = Instant.now().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1));
        if (consents.forCase(reference).stream().noneMatch(c -> organisation.equals(c.organisationCode()))) {
            consents.record(
                    officer,
                    reference,
                    new Consents.NewConsent(
                            organisation,
                            items,
                            "Can I pass your name, phone number, what happened to you and the support you would like to "
                                    + organisations.get(organisation).name()
                                    + " so they can contact you? The victim said yes.",
                            ConsentChannel.PHONE,
                            "VICTIM",
                            given));
        }
        UUID id = referrals
                .send(officer, reference, new Referrals.NewReferral(organisation, items, needs, null, null))
                .id();
        backdate(id, daysAgo);
        return id;
    }

    /** Moves a referral's sending back in time, with its clock: one now past its time lapses at the next poll, as it would have. */
    private void backdate(UUID id, int daysAgo) {
        if (daysAgo == 0) {
            return;
        }
        Timestamp respondBy = jdbc.sql("""
                UPDATE referral SET sent_at = sent_at - make_interval(days => ?), respond_by = respond_by - make_interval(days => ?)
                WHERE id = ? RETURNING respond_by""")
                .params(daysAgo, daysAgo, id)
                .query(Timestamp.class)
                .single();
        clocks.cancel(id);
        clocks.set(id, respondBy.toInstant());
    }

    /** Answers came the day after sending, and messages soon after the answer. */
    private void settleTimes() {
        jdbc.sql(
                        "UPDATE referral SET decided_at = LEAST(sent_at + interval '20 hours', now()) WHERE decided_at IS NOT NULL")
                .update();
        jdbc.sql("""
                UPDATE referral_message m SET sent_at = LEAST(r.decided_at + make_interval(hours => 2 + (m.id % 5)::int), now())
                FROM referral r WHERE r.id = m.referral_id AND r.decided_at IS NOT NULL""").update();
    }

    private void organisation(
            String code,
            String name,
            String description,
            String strands,
            String groups,
            boolean national,
            List<String> areas,
            String languages,
            boolean easyRead,
            boolean bsl,
            boolean textRelay,
            String hours,
            String phone,
            String email,
            String how,
            String capacity,
            int responseDays) {
        List<String> strandList = strands.isEmpty() ? List.of() : List.of(strands.split(","));
        organisations.create(code, name, strandList, "reassure");
        jdbc.sql("""
                UPDATE support_organisation SET description = ?, groups_served = ?, national = ?, areas = ?, languages = ?, easy_read = ?,
                       bsl = ?, text_relay = ?, opening_hours = ?, phone = ?, email = ?, website = ?, how_to_refer = ?, capacity = ?,
                       response_days = ? WHERE code = ?""")
                .params(
                        description,
                        groups,
                        national,
                        areas.toArray(String[]::new),
                        languages.split(","),
                        easyRead,
                        bsl,
                        textRelay,
                        hours,
                        phone,
                        email,
                        "https://" + email.substring(email.indexOf('@') + 1),
                        how,
                        capacity,
                        responseDays,
                        code)
                .update();
    }
}
