package org.reassure.referrals.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import org.reassure.platform.DemoData;

/** Invented national helplines and support services in the directory, for every area. */
@Component
class NationalOrganisationsDemoData implements DemoData {

    static final String ALL = "";

    private final DemoOrganisations organisations;

    NationalOrganisationsDemoData(DemoOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        organisations.add(new DemoOrganisations.Listing(
                "NHCL",
                "National Hate Crime Helpline",
                "A free, confidential helpline for anyone affected by hate of any kind, open day and night."
                        + " Trained advisers listen, explain your options and can report to the police for you if you want.",
                ALL,
                "Anyone",
                true,
                List.of(),
                "en,cy,pa,ur,bn,pl,so,ar,ro,tr,bfi",
                true,
                true,
                true,
                "24 hours a day, every day",
                "020 7946 0100",
                "help@hatecrimehelpline.example.org",
                "Call, email or send a message from this directory. Police can refer with the victim's consent.",
                "OPEN",
                2));
        organisations.inWelsh(
                "NHCL",
                "Llinell Gymorth Genedlaethol Troseddau Casineb",
                "Llinell gymorth am ddim a chyfrinachol i unrhyw un y mae casineb o unrhyw fath wedi effeithio arno, ar"
                        + " agor ddydd a nos. Mae cynghorwyr hyfforddedig yn gwrando, yn esbonio eich dewisiadau a gallant"
                        + " roi gwybod i’r heddlu ar eich rhan os ydych eisiau.");
        organisations.add(new DemoOrganisations.Listing(
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
                2));
        organisations.add(new DemoOrganisations.Listing(
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
                2));
        organisations.inWelsh(
                "RAINBOWLINE",
                "Llinell Enfys",
                "Cymorth emosiynol ac ymarferol i bobl lesbiaidd, hoyw, deurywiol, traws a cwiar sydd wedi profi"
                        + " camdriniaeth neu drais.");
        organisations.add(new DemoOrganisations.Listing(
                "ACCESSVOICE",
                "Access Voice Advocacy",
                "Independent advocates for disabled people who have been targeted, including"
                        + " 'mate crime' and repeated harassment near home.",
                "DISABILITY",
                "Disabled people, people with learning disabilities, autistic people",
                true,
                List.of(),
                "en,bfi",
                true,
                true,
                true,
                "Monday to Friday, 9am to 5pm",
                "020 7946 0130",
                "advocacy@accessvoice.example.org",
                "Referral with consent; we arrange a home visit or a call in the way that suits the person.",
                "LIMITED",
                3));
    }
}
