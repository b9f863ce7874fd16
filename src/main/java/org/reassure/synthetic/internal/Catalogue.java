package org.reassure.synthetic.internal;

import java.util.List;

/** Choices from case work's catalogues for a case of given strands: its offence and its religion sub-category. */
final class Catalogue {

    private final Draws draws;
    private final World world;

    Catalogue(Draws draws, World world) {
        this.draws = draws;
        this.world = world;
    }

    /** An offence of a group drawn by the published mix, racially or religiously aggravated for most such cases. */
    World.Offence offence(String[] strands) {
        String group = Calibration.OFFENCE_GROUPS[draws.pick(Calibration.OFFENCE_GROUP_SHARE)];
        List<World.Offence> offences = world.offencesByGroup().get(group);
        if (offences == null || offences.isEmpty()) {
            offences = world.offencesByGroup().values().iterator().next();
        }
        List<String> of = List.of(strands);
        boolean raceOrReligion = of.contains("RACE") || of.contains("RELIGION");
        boolean wantAggravated = raceOrReligion && draws.chance(0.8);
        boolean anyFits = offences.stream().anyMatch(o -> o.aggravated() == wantAggravated);
        double total = 0;
        double[] weights = new double[offences.size()];
        for (int i = 0; i < weights.length; i++) {
            World.Offence offence = offences.get(i);
            boolean fits = offence.aggravated() == wantAggravated || !anyFits;
            weights[i] = fits ? Calibration.offenceWeight(offence.code()) : 0;
            total += weights[i];
        }
        if (total == 0) {
            return offences.get(draws.below(offences.size()));
        }
        return offences.get(draws.pick(weights));
    }

    /** The religion sub-category: mostly anti-Jewish or anti-Muslim where race and religion meet. */
    String religion(String[] strands) {
        return strands.length > 1 && "RACE".equals(strands[0]) && draws.chance(0.7)
                ? (draws.chance(0.6) ? "ANTI_JEWISH" : "ANTI_MUSLIM")
                : Calibration.RELIGIONS[draws.pick(Calibration.RELIGION_SHARE)];
    }
}
