package org.reassure.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.platform.CommandLineMode;
import org.reassure.platform.DemoData;
import org.reassure.platform.ReassureProperties;
import org.reassure.platform.database.EmbeddedPostgresServer;

/**
 * Loads the demo data set on start when the database is empty: by default only into the embedded
 * database; into an external one only when REASSURE_DEMO_DATA=true asks for it, so demo accounts with
 * published passwords never reach a real deployment by accident.
 */
@Component
@Profile("!" + CommandLineMode.PROFILE)
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Serialises loading when several nodes start at once on one database. */
    private static final long LOCK_KEY = 0x5245415353555245L;

    private final ReassureProperties properties;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final List<DemoData> contributions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataLoader(
            ReassureProperties properties,
            ObjectProvider<EmbeddedPostgresServer> embedded,
            List<DemoData> contributions,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.embedded = embedded;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoDataRefused()) {
            return;
        }
        boolean embeddedDatabase = embedded.getIfAvailable() != null;
        if (!embeddedDatabase && !properties.demoDataExplicitlyRequested()) {
            log.info("External database configured: demo data not loaded (set REASSURE_DEMO_DATA=true to ask for it)");
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
            if (jdbc.sql("SELECT count(*) FROM demo_data_load")
                            .query(Long.class)
                            .single()
                    > 0) {
                return;
            }
            long started = System.nanoTime();
            contributions.stream()
                    .sorted(Comparator.comparingInt(DemoData::order))
                    .forEach(DemoData::load);
            jdbc.sql("INSERT INTO demo_data_load (id, loaded_at) VALUES (1, now())")
                    .update();
            log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }
}
