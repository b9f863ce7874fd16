package org.reassure.identity.internal;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The one single sign-on provider, as Spring Security's OAuth2 client knows it (registration id {@code sso}). Its
 * endpoints are read from the issuer's discovery document the first time someone uses it, not at start-up, so that
 * Reassure starts while the provider is unreachable; a failed read is tried again next time.
 */
@Component
public class SsoClients implements ClientRegistrationRepository {

    public static final String REGISTRATION = "sso";

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    SsoClients(SsoSettings settings) {
        this.settings = settings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The provider's name for the sign-in page's "Sign in with ..." button. */
    public String displayName() {
        return settings.displayName().isBlank() ? settings.issuer() : settings.displayName();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!settings.enabled() || !REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(settings.usernameClaim())
                    .clientName(displayName())
                    .build();
            registration = known;
        }
        return known;
    }
}
