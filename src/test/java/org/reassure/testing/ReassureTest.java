package org.reassure.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context every integration test shares: the whole service on a random port, on one
 * embedded PostgreSQL (or on the server named by SPRING_DATASOURCE_URL), with the demo data loaded. Requests
 * from the tests' own address are not rate limited. GOV.UK Notify is a local stand-in ({@link NotifyStandIn}),
 * started once, with a key, a callback token and every template set. Uploads are scanned by a real clamd ({@link ClamAv})
 * where it is installed. Single sign-on is set up against a real OpenID Connect provider on loopback ({@link OidcServer}).
 * Keep every test on exactly this configuration so that the context is started once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "reassure.demo-data=true",
            "server.shutdown=immediate",
            // Tests share one address: it is not rate limited, and a test that needs a client of its own says so
            // with X-Forwarded-For, as a load balancer would.
            "server.forward-headers-strategy=native",
            "reassure.public-rate.exempt=127.0.0.1,0:0:0:0:0:0:0:1",
            // Nor are its wrong passwords counted against the address (a test that needs that count says
            // X-Forwarded-For); they still count for the username from that address.
            "reassure.sign-in.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1"
        })
@ContextConfiguration(
        initializers = {NotifyStandIn.Initializer.class, ClamAv.Initializer.class, OidcServer.Initializer.class})
public @interface ReassureTest {}
