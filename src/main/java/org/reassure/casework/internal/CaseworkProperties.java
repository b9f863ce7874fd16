package org.reassure.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case work settings ({@code REASSURE_CASEWORK_*}).
 *
 * @param nchiEnabled whether non-crime hate incidents may be recorded at all (reviews in 2025-26 propose
 *                    abolishing them; a force can switch the whole path off)
 * @param persistentlyTargetedAt how many cases (this one included) confirmed for the same victim mark them
 *                    as persistently targeted
 */
@ConfigurationProperties("reassure.casework")
public record CaseworkProperties(
        @DefaultValue("true") boolean nchiEnabled,
        @DefaultValue("3") int persistentlyTargetedAt) {}
