package org.reassure.referrals.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.DemoData;
import org.reassure.referrals.internal.Consent;
import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.PartnerReferrals;
import org.reassure.referrals.internal.ReferralClosings;
import org.reassure.referrals.internal.ReferralMessages;
import org.reassure.referrals.internal.SharedItem;

/**
 * Referrals on Hounslow cases at every stage, mostly to the demo partner's organisation: waiting, lapsed, accepted
 * with messages both ways, declined and referred elsewhere, contact made, closed, and one whose consent was withdrawn.
 */
@Component
class ReferralsDemoData implements DemoData {

    private static final Set<SharedItem> CONTACT_DETAILS =
            EnumSet.of(SharedItem.NAME, SharedItem.PHONE, SharedItem.HATE_TYPE, SharedItem.SUPPORT_NEEDS);

    private final DemoReferrer referrer;
    private final PartnerReferrals partners;
    private final ReferralMessages messages;
    private final ReferralClosings closings;
    private final Consents consents;
    private final StaffAccounts accounts;

    ReferralsDemoData(
            DemoReferrer referrer,
            PartnerReferrals partners,
            ReferralMessages messages,
            ReferralClosings closings,
            Consents consents,
            StaffAccounts accounts) {
        this.referrer = referrer;
        this.partners = partners;
        this.messages = messages;
        this.closings = closings;
        this.consents = consents;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 52;
    }

    @Override
    public void load() {
        List<String> referable = referrer.referableCases();
        if (referable.size() < 7) {
            return;
        }
        StaffPrincipal officer = accounts.principalOf("supportofficer");
        StaffPrincipal partner = accounts.principalOf("supportorg");

        // Sent today and waiting for an answer.
        referrer.refer(
                officer,
                referable.get(0),
                "VSHNS",
                CONTACT_DETAILS,
                "Would like someone to talk to; prefers calls after 6pm.",
                0);
        // Sent five days ago and not answered: the clock lapsed and the officer sees it on My work.
        referrer.lapse(referrer.refer(
                officer,
                referable.get(1),
                "WLREC",
                CONTACT_DETAILS,
                "Needs help with the housing association about repeated abuse.",
                5));
        // Accepted, with messages both ways.
        UUID accepted = referrer.refer(
                officer,
                referable.get(2),
                "VSHNS",
                CONTACT_DETAILS,
                "Anxious about leaving the house; would like a home visit.",
                2);
        partners.decide(partner, accepted, true, null);
        messages.post(
                partner, accepted, "Thank you. Our caseworker Nadia will call tomorrow morning to arrange a visit.");
        messages.post(officer, accepted, "Thank you. Please note the victim prefers not to be called before 10am.");
        // Declined with a reason, then referred elsewhere.
        UUID declined =
                referrer.refer(officer, referable.get(3), "VSHNS", CONTACT_DETAILS, "Would like support in Somali.", 4);
        partners.decide(
                partner, declined, false, "We have no Somali-speaking caseworker this month. West London REC has one.");
        referrer.refer(officer, referable.get(3), "WLREC", CONTACT_DETAILS, "Would like support in Somali.", 3);
        // First contact made.
        UUID contacted = referrer.refer(
                officer,
                referable.get(4),
                "VSHNS",
                CONTACT_DETAILS,
                "Wants help writing a Victim Personal Statement.",
                8);
        partners.decide(partner, contacted, true, null);
        partners.recordContact(partner, contacted, Instant.now().minus(Duration.ofDays(6)));
        // Support finished and closed.
        UUID closed = referrer.refer(
                officer, referable.get(5), "VSHNS", CONTACT_DETAILS, "Emotional support after a racist assault.", 30);
        partners.decide(partner, closed, true, null);
        partners.recordContact(partner, closed, Instant.now().minus(Duration.ofDays(27)));
        closings.close(
                partner,
                closed,
                "Six sessions of support completed; the person feels safer and knows how to get back in touch.");
        // Consent withdrawn after an acceptance: the organisation sees the withdrawal, the details are gone.
        UUID withdrawn = referrer.refer(
                officer, referable.get(6), "VSHNS", CONTACT_DETAILS, "Would like a call from a caseworker.", 6);
        partners.decide(partner, withdrawn, true, null);
        Consent consent = consents.forCase(referable.get(6)).get(0);
        consents.withdraw(
                officer,
                referable.get(6),
                consent.id(),
                ConsentChannel.PHONE,
                "The victim has support from family and does not want contact.");
        // To the organisation that stops taking referrals (StoppedOrganisationDemoData).
        if (referable.size() > 7) {
            referrer.refer(
                    officer,
                    referable.get(7),
                    "HNSYOUTH",
                    CONTACT_DETAILS,
                    "The victim is 15 and would like to talk to someone their own age.",
                    3);
        }
        referrer.settleTimes();
    }
}
