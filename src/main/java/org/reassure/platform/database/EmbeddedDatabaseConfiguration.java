package org.reassure.platform.database;

import java.io.IOException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import org.reassure.platform.CommandLineMode;
import org.reassure.platform.ReassureProperties;

/**
 * Starts the embedded PostgreSQL server when no {@code spring.datasource.url} (SPRING_DATASOURCE_URL)
 * is configured, and points the connection pool at it. With a URL, Spring Boot's own configuration
 * connects to that server and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ReassureProperties properties, Environment environment)
            throws IOException {
        boolean command = environment.matchesProfiles(CommandLineMode.PROFILE);
        return EmbeddedPostgresServer.obtain(properties.dataDir().resolve("postgres"), command);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("reassure-embedded");
        dataSource.setMaximumPoolSize(10);
        // The embedded server is local, so a connection comes at once or not at all. A short wait also
        // bounds shutdown: the library stops its server from a JVM hook of its own, which can run before
        // Spring has closed the beans that still ask for a connection.
        dataSource.setConnectionTimeout(3000);
        return dataSource;
    }

    static final class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
