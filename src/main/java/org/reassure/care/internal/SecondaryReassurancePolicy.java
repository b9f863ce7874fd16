package org.reassure.care.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseEvents;
import org.reassure.casework.Classification;

/**
 * The force's policy on secondary reassurance contact ({@code reassure.care.secondary-reassurance}):
 * {@code every-victim} offers one to every victim of a recorded hate crime (as the Met's South West command
 * unit resolved after its trial); {@code trials-only}, the default, leaves it to the trials that allocate it.
 * A trial's decision on a case always overrides this (see {@link SecondaryReassurance}).
 */
@Component
class SecondaryReassurancePolicy {

    enum Offer {
        EVERY_VICTIM,
        TRIALS_ONLY
    }

    private final SecondaryReassurance contacts;
    private final Offer offer;

    SecondaryReassurancePolicy(
            SecondaryReassurance contacts, @Value("${reassure.care.secondary-reassurance:trials-only}") String offer) {
        this.contacts = contacts;
        try {
            this.offer = Offer.valueOf(offer.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(
                    "REASSURE_SRC_POLICY must be trials-only or every-victim, not '" + offer + "'", unknown);
        }
    }

    @ApplicationModuleListener
    void on(CaseEvents.CaseRecorded event) {
        apply(event);
    }

    void apply(CaseEvents.CaseRecorded event) {
        if (offer == Offer.EVERY_VICTIM && event.classification() == Classification.CRIME) {
            contacts.offerByPolicy(
                    event.reference(), "Force policy: every victim of a recorded hate crime is offered one");
        }
    }

    Offer offer() {
        return offer;
    }
}
