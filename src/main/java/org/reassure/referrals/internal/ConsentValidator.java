package org.reassure.referrals.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import org.reassure.platform.FormErrors;

/** The rules of consent recorded by staff (the consent page and the API): every problem at once, in the page's order. */
@Component
class ConsentValidator {

    private final Organisations organisations;
    private final Clock clock;

    ConsentValidator(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The organisation it names when the consent can be recorded; otherwise {@code errors} says why not. */
    Organisation check(NewConsent consent, FormErrors errors) {
        Organisation organisation = null;
        if (consent.organisationCode() == null || consent.organisationCode().isBlank()) {
            errors.add("organisation", "referrals.consent.organisationMissing");
        } else {
            organisation = organisations.find(consent.organisationCode()).orElse(null);
            if (organisation == null) {
                errors.add(
                        "organisation",
                        "referrals.organisation.unknown",
                        Organisations.normalise(consent.organisationCode()));
            }
        }
        if (consent.items() == null || consent.items().isEmpty()) {
            errors.add("items", "referrals.consent.itemsMissing");
        }
        String words = words(consent);
        if (words.isEmpty()) {
            errors.add("words", "referrals.consent.wordsMissing");
        } else if (words.length() > 2000) {
            errors.add("words", "referrals.consent.wordsTooLong");
        }
        if (consent.channel() == null || consent.channel() == ConsentChannel.REPORT) {
            errors.add("channel", "referrals.consent.channelMissing");
        }
        if (!"VICTIM".equals(consent.givenBy()) && !"REPRESENTATIVE".equals(consent.givenBy())) {
            errors.add("givenBy", "referrals.consent.givenByMissing");
        }
        if (givenAt(consent).isAfter(clock.instant())) {
            errors.add("givenAt", "referrals.consent.givenAtFuture");
        }
        return organisation;
    }

    static String words(NewConsent consent) {
        return consent.words() == null ? "" : consent.words().strip();
    }

    Instant givenAt(NewConsent consent) {
        return consent.givenAt() == null ? clock.instant() : consent.givenAt();
    }
}
