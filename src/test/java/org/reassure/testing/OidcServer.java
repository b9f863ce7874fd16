package org.reassure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider for the tests (nav's mock-oauth2-server), started once per run on loopback (a static
 * holder, so that the shared Spring context stays one). The shared context has single sign-on set up against it, with
 * roles and unit from the claims: the group {@code reassure-investigators} gives INVESTIGATOR,
 * {@code reassure-supervisors} SUPERVISOR; the claim {@code unit} names the unit. A test says who signs in next with
 * {@link #nextSignIn}; the provider then answers the authorisation request at once, as after a successful sign-in.
 */
public final class OidcServer {

    public static final String ISSUER_ID = "force";
    public static final String CLIENT_ID = "reassure-test";
    public static final String DISPLAY_NAME = "Example Police account";

    private static final MockOAuth2Server SERVER = start();

    private OidcServer() {}

    /** The claims of the next person to sign in (their username is {@code preferred_username}). */
    public static void nextSignIn(Map<String, Object> claims) {
        Object subject = claims.getOrDefault("preferred_username", "someone");
        SERVER.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, String.valueOf(subject), "JWT", null, claims, 3600));
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (RuntimeException failure) {
            throw new UncheckedIOException(new IOException("The test OIDC server did not start", failure));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    /** Puts the provider's issuer, the client and the claim mapping into the shared context's settings. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("reassure.sso.issuer", SERVER.issuerUrl(ISSUER_ID).toString());
            properties.put("reassure.sso.client-id", CLIENT_ID);
            properties.put("reassure.sso.client-secret", "test-client-secret");
            properties.put("reassure.sso.display-name", DISPLAY_NAME);
            properties.put("reassure.sso.accounts", "claims");
            properties.put("reassure.sso.roles-claim", "groups");
            properties.put(
                    "reassure.sso.role-mapping", "reassure-investigators=INVESTIGATOR,reassure-supervisors=SUPERVISOR");
            properties.put("reassure.sso.unit-claim", "unit");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oidc-server", properties));
        }
    }
}
