package org.reassure.referrals.demo;

import org.springframework.stereotype.Component;

import org.reassure.platform.DemoData;
import org.reassure.referrals.internal.NewSelfReferral;
import org.reassure.referrals.internal.SelfReferrals;

/** Two people who contacted Victim Support Hounslow from the public directory, without reporting to the police. */
@Component
class SelfReferralsDemoData implements DemoData {

    private final SelfReferrals selfReferrals;

    SelfReferralsDemoData(SelfReferrals selfReferrals) {
        this.selfReferrals = selfReferrals;
    }

    @Override
    public int order() {
        return 53;
    }

    @Override
    public void load() {
        selfReferrals.send(
                "VSHNS",
                new NewSelfReferral(
                        "Sam",
                        "EMAIL",
                        null,
                        "sam.contact@example.com",
                        "Someone keeps writing abusive things about my family on our street's chat group. I do not want to go to the police yet,"
                                + " but I would like to talk to someone.",
                        true));
        selfReferrals.send(
                "VSHNS",
                new NewSelfReferral(
                        "Mrs K",
                        "PHONE",
                        "020 7946 0999",
                        null,
                        "My son is being called names on the bus to college because of his turban. Please call after 4pm.",
                        true));
    }
}
