package org.reassure.identity.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow sign-in down ({@code reassure.sign-in.*}). Failures are counted three ways: for the username
 * and the client's address together, for the address (someone trying many usernames) and for the username from
 * anywhere. Past its free failures each count asks for a wait that doubles with every further failure, from
 * {@code firstDelay} up to {@code maxDelay}; the username's own count waits at most {@code accountMaxDelay}, so that
 * an attack from elsewhere can never keep the account's holder out for more than a moment (and not at all from an
 * address they signed in from before). Counts are forgotten {@code forgetAfter} the last failure.
 *
 * @param pairFreeFailures    wrong passwords for one username from one address before a wait
 * @param addressFreeFailures wrong passwords from one address, whatever the usernames, before a wait
 * @param accountFreeFailures wrong passwords for one username, from anywhere, before a wait
 * @param firstDelay          the first wait
 * @param maxDelay            the longest wait for an address, or a username from an address
 * @param accountMaxDelay     the longest wait for a username from anywhere
 * @param forgetAfter         how long after its last failure a count is forgotten
 * @param attackAlertAfter    failures for a username from anywhere that make Reassure tell its holder (once a day)
 * @param knownAddressFor     how long an address the username signed in from stays exempt from the username's count
 * @param exemptAddresses     addresses whose own count never asks for a wait (a force's gateway that all its staff
 *                            share); their username-and-address counts still do
 */
@ConfigurationProperties("reassure.sign-in")
public record SignInLimits(
        @DefaultValue("3") int pairFreeFailures,
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("10") int accountFreeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("5s") Duration accountMaxDelay,
        @DefaultValue("24h") Duration forgetAfter,
        @DefaultValue("10") int attackAlertAfter,
        @DefaultValue("30d") Duration knownAddressFor,
        @DefaultValue("") List<String> exemptAddresses) {

    public SignInLimits {
        exemptAddresses = exemptAddresses == null
                ? List.of()
                : exemptAddresses.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
    }

    /** The wait after {@code failures} wrong attempts with {@code free} allowed, at most {@code max}. */
    Duration delay(int failures, int free, Duration max) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
