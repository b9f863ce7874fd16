package org.reassure.trials.demo;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.identity.Units;

/** The demo cases the demo trial enrols: every crime recorded in Ealing. */
@Component
class DemoTrialCases {

    private final Cases cases;
    private final CaseProfiles profiles;
    private final Units units;

    DemoTrialCases(Cases cases, CaseProfiles profiles, Units units) {
        this.cases = cases;
        this.profiles = profiles;
        this.units = units;
    }

    List<CaseProfile> recordedCrimes() {
        Set<Long> ealing = units.subtree(units.findByCode("EAL").orElseThrow().id());
        List<String> references = cases.allFacts().stream()
                .filter(facts -> ealing.contains(facts.unitId()))
                .map(CaseFacts::reference)
                .toList();
        return profiles.of(references).stream()
                .filter(profile -> profile.classification() == Classification.CRIME && profile.recordedAt() != null)
                .toList();
    }
}
