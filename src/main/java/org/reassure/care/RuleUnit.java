package org.reassure.care;

import org.reassure.platform.Labelled;

/** How a rule's amount is counted. Labels: {@code ruleUnit.*}. */
public enum RuleUnit implements Labelled {
    HOURS,
    DAYS,
    WORKING_DAYS,
    MONTHS
}
