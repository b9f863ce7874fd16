package org.reassure.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, bound from {@code reassure.*} (environment: {@code REASSURE_*}).
 *
 * @param dataDir        where the embedded PostgreSQL keeps its files when no database URL is configured
 * @param demoData       {@code auto}: load demo data into an empty embedded database; {@code true}: load it
 *                       into any empty database (an explicit request, needed for an external database);
 *                       {@code false}: never
 * @param staffIdleTimeout how long a signed-in member of staff may be idle before being signed out
 * @param staffAbsoluteTimeout how long after signing in a member of staff is signed out, however busy
 * @param phase          the phase shown in the banner (alpha, beta), or empty for none
 */
@ConfigurationProperties("reassure")
public record ReassureProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("auto") String demoData,
        @DefaultValue("30m") Duration staffIdleTimeout,
        @DefaultValue("10h") Duration staffAbsoluteTimeout,
        @DefaultValue("beta") String phase) {

    public boolean demoDataExplicitlyRequested() {
        return "true".equalsIgnoreCase(demoData);
    }

    public boolean demoDataRefused() {
        return "false".equalsIgnoreCase(demoData);
    }
}
