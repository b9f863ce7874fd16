package org.reassure.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Single sign-on with accounts an administrator made ({@code accounts=existing}, the default): the username claim
 * finds the account, whose roles stand whatever the claims say; no account, or a switched-off one, is refused with
 * its reason; the setting that the provider enforces a second factor gives it without an {@code amr} claim. (The
 * shared test context signs in end to end with {@code accounts=claims}: see SingleSignOnTest.)
 */
class SsoUsersTest {

    private final StaffAccounts accounts = Mockito.mock(StaffAccounts.class);

    @Test
    void an_existing_account_keeps_the_roles_its_administrator_gave() {
        known(7, "jo.bloggs");
        OidcUser placed = users(false).place(user("Jo.Bloggs", List.of("reassure-supervisors"), List.of("pwd")));
        assertThat(authorities(placed)).containsExactly("ROLE_INVESTIGATOR");
        assertThat(placed.getName()).isEqualTo("Jo.Bloggs");
        Mockito.verify(accounts, Mockito.never())
                .update(Mockito.anyLong(), Mockito.any(), Mockito.any(), Mockito.any());
    }

    @Test
    void a_provider_that_enforces_a_second_factor_gives_it_without_amr() {
        known(8, "sam.smith");
        assertThat(authorities(users(true).place(user("sam.smith", List.of(), List.of("pwd")))))
                .contains(SignInFactors.SECOND_FACTOR);
        assertThat(authorities(users(false).place(user("sam.smith", List.of(), List.of("pwd")))))
                .doesNotContain(SignInFactors.SECOND_FACTOR);
    }

    @Test
    void no_account_or_a_switched_off_one_is_refused_with_its_reason() {
        Mockito.when(accounts.findByUsername("nobody.here")).thenReturn(Optional.empty());
        Mockito.when(accounts.findByUsername("switched.off"))
                .thenReturn(Optional.of(account(9, "switched.off", false)));
        assertThatThrownBy(() -> users(false).place(user("nobody.here", List.of(), List.of())))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        refusal -> assertThat(refusal.getError().getErrorCode()).isEqualTo(SsoUsers.NO_ACCOUNT));
        assertThatThrownBy(() -> users(false).place(user("switched.off", List.of(), List.of())))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        refusal -> assertThat(refusal.getError().getErrorCode()).isEqualTo(SsoUsers.SWITCHED_OFF));
    }

    private SsoUsers users(boolean enforcesSecondFactor) {
        SsoSettings settings = new SsoSettings(
                "http://127.0.0.1/issuer",
                "client",
                "secret",
                "Example",
                "preferred_username",
                "existing",
                "groups",
                "reassure-supervisors=SUPERVISOR",
                "",
                enforcesSecondFactor,
                List.of("mfa", "otp"));
        return new SsoUsers(settings, accounts);
    }

    private static OidcUser user(String username, List<String> groups, List<String> amr) {
        OidcIdToken token = new OidcIdToken(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("sub", username, "preferred_username", username, "groups", groups, "amr", amr));
        return new DefaultOidcUser(List.of(), token, "preferred_username");
    }

    private static StaffAccount account(long id, String username, boolean enabled) {
        return new StaffAccount(
                id, username, "Test", Set.of(Role.INVESTIGATOR), 1L, "HNS-CSU", enabled, null, null, null, null);
    }

    /** An account that exists and is switched on, as StaffAccounts finds it. */
    private void known(long id, String username) {
        StaffAccount account = account(id, username, true);
        StaffPrincipal person = principal(account);
        Mockito.when(accounts.findByUsername(username)).thenReturn(Optional.of(account));
        Mockito.when(accounts.principal(id)).thenReturn(Optional.of(person));
    }

    /** The person as Spring Security sees them: just their roles here. */
    private static StaffPrincipal principal(StaffAccount account) {
        StaffPrincipal person = Mockito.mock(StaffPrincipal.class);
        Mockito.doReturn(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .when(person)
                .getAuthorities();
        return person;
    }

    private static List<String> authorities(OidcUser user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
