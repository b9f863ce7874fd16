package org.reassure.reporting.internal;

import org.reassure.reporting.Reports.Channel;

/**
 * Who sent a report and how: the channel, and for a third-party reporting centre its account and name (both null
 * otherwise).
 */
public record Origin(Channel channel, String centreAccount, String centreName) {

    public static Origin of(Channel channel) {
        if (channel == Channel.THIRD_PARTY) {
            throw new IllegalArgumentException("A third-party report names its centre");
        }
        return new Origin(channel, null, null);
    }

    public static Origin centre(String account, String name) {
        return new Origin(Channel.THIRD_PARTY, account, name);
    }
}
