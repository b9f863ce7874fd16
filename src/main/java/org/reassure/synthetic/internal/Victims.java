package org.reassure.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reassure.casework.CaseImport;

/**
 * The victims of generated cases: a new invented person (a name, date of birth, phone number, e-mail address and
 * address that belong to no one), or someone targeted before, in the same area, whose cases are then linked as
 * staff would link a confirmed repeat victim. Memory stays bounded: the pool of possible repeat victims keeps at most
 * {@value #POOL} people.
 */
final class Victims {

    private static final int POOL = 50_000;

    /** A repeat victim: the same person reported again, in the same area. */
    static final class Pooled {
        final String name;
        final LocalDate born;
        final String phone;
        final String email;
        final String address;
        final String postcode;
        final int target;
        UUID lastPerson;
        UUID lastCase;
        int cases = 1;

        Pooled(String name, LocalDate born, String phone, String email, String address, String postcode, int target) {
            this.name = name;
            this.born = born;
            this.phone = phone;
            this.email = email;
            this.address = address;
            this.postcode = postcode;
            this.target = target;
        }
    }

    private final Draws draws;
    private final Handover handover;
    private final List<Pooled> pool = new ArrayList<>();

    Victims(Draws draws, Handover handover) {
        this.draws = draws;
        this.handover = handover;
    }

    /** Someone targeted before, for a case that is not anonymous, or null for a new victim. */
    Pooled repeat(boolean anonymous) {
        return !anonymous && !pool.isEmpty() && draws.chance(Calibration.REPEAT_SHARE)
                ? pool.get(draws.below(pool.size()))
                : null;
    }

    /** The victim (or complainant, for an incident) of a case, a new person unless {@code repeat} is given. */
    void add(
            UUID caseId,
            boolean incident,
            long received,
            long recordedAt,
            Pooled repeat,
            int targetIndex,
            World.Target target,
            String supervisor,
            boolean recorded) {
        UUID personId = draws.uuid();
        Pooled who = repeat != null ? repeat : newPerson(received, targetIndex, target);
        handover.add(new CaseImport.Person(
                personId,
                caseId,
                incident ? "COMPLAINANT" : "VICTIM",
                who.name,
                who.born,
                who.phone,
                who.email,
                who.address,
                who.postcode,
                null,
                CaseStory.ACTOR,
                Draws.at(received)));
        if (repeat != null && recorded) {
            repeat.cases++;
            handover.add(new CaseImport.RepeatMatch(
                    personId,
                    repeat.lastPerson,
                    "same name, date of birth and phone number",
                    1.0,
                    "CONFIRMED",
                    supervisor,
                    Draws.at(recordedAt)));
            handover.add(new CaseImport.Link(caseId, repeat.lastCase, "Same victim", supervisor, Draws.at(recordedAt)));
            handover.add(new CaseImport.Flag(caseId, "REPEAT_VICTIM"));
            if (repeat.cases >= 3) {
                handover.add(new CaseImport.Flag(caseId, "PERSISTENTLY_TARGETED"));
            }
        }
        who.lastPerson = personId;
        who.lastCase = caseId;
    }

    private Pooled newPerson(long received, int targetIndex, World.Target target) {
        String first = Wording.FIRST_NAMES[draws.below(Wording.FIRST_NAMES.length)];
        int number = 1000 + draws.below(9000);
        String name = first + " Example-" + number;
        LocalDate born = LocalDate.ofEpochDay(received / Draws.DAY)
                .minusYears(16 + draws.below(70))
                .minusDays(draws.below(365));
        String phone = String.format(Locale.UK, "01632 960%03d", draws.below(1000));
        String email = first.toLowerCase(Locale.UK) + ".example" + number + "@example.invalid";
        String address = (1 + draws.below(200)) + " " + Wording.STREETS[draws.below(Wording.STREETS.length)];
        String district = target.districts().get(draws.below(target.districts().size()));
        Pooled who = new Pooled(name, born, phone, email, address, district + "9ZZ", targetIndex);
        if (draws.chance(Calibration.JOINS_REPEAT_POOL)) {
            if (pool.size() < POOL) {
                pool.add(who);
            } else {
                pool.set(draws.below(POOL), who);
            }
        }
        return who;
    }
}
