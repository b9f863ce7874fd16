package org.reassure.trials.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import org.reassure.casework.Channel;
import org.reassure.casework.Strands;
import org.reassure.identity.Units;
import org.reassure.platform.Choice;

/** The choices of the plan form's eligibility: the strands in use, every unit and every way of reporting. */
@Component
class PlanOptions {

    private final Strands strands;
    private final Units units;

    PlanOptions(Strands strands, Units units) {
        this.strands = strands;
        this.units = units;
    }

    /** Strands by their names in case work's catalogue. */
    List<Choice> strands() {
        return strands.active().stream()
                .map(strand -> Choice.data(strand.code(), strand.name()))
                .toList();
    }

    List<Choice> units() {
        return units.all().stream()
                .map(unit -> Choice.data(unit.code(), unit.name() + " (" + unit.code() + ")"))
                .toList();
    }

    List<Choice> channels() {
        return Arrays.stream(Channel.values()).map(PlanOptions::channel).toList();
    }

    private static Choice channel(Channel channel) {
        String key = "trials.channel." + channel.name();
        return Choice.of(channel.name(), key);
    }
}
