package org.reassure.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context every integration test shares: the whole service on a random port, on one
 * embedded PostgreSQL (or on the server named by SPRING_DATASOURCE_URL), with the demo data loaded.
 * Keep every test on exactly this configuration so that the context is started once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reassure.demo-data=true", "server.shutdown=immediate"})
public @interface ReassureTest {
}
