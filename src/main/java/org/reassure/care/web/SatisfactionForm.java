package org.reassure.care.web;

import org.reassure.reporting.VictimSatisfaction;

/** The satisfaction answers a victim gave in a survey call or in person: points of the scale, who answered, how. */
record SatisfactionForm(
        String overall, String keptInformed, String treatment, String comments, String respondent, String channel)
        implements PostedForm {

    /** A new survey, taken by phone unless the officer says otherwise. */
    static SatisfactionForm byPhone() {
        return new SatisfactionForm(null, null, null, null, null, VictimSatisfaction.Channel.TELEPHONE.name());
    }

    VictimSatisfaction.Given given() {
        return new VictimSatisfaction.Given(overall, keptInformed, treatment, comments);
    }

    VictimSatisfaction.Respondent chosenRespondent() {
        return Options.option(VictimSatisfaction.Respondent.class, respondent);
    }

    VictimSatisfaction.Channel chosenChannel() {
        return Options.option(VictimSatisfaction.Channel.class, channel);
    }
}
