package org.reassure.identity.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;

/** How a password is hashed, and how a sign-in finds the person and checks their password. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for every new hash; bcrypt only to read hashes made elsewhere.
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /**
     * Finds the person for a sign-in. An unknown username runs the same queries as a known one (the account lookup with
     * an id no account has), so that neither answers sooner.
     */
    @Bean
    UserDetailsService userDetailsService(AccountRows rows, StaffAccounts accounts) {
        return username -> {
            Optional<AccountRows.SignInRow> row = rows.signIn(AccountValidator.normalise(username));
            Optional<StaffPrincipal> person =
                    accounts.principal(row.map(AccountRows.SignInRow::id).orElse(0L));
            return row.flatMap(found -> person.map(p -> p.withPasswordHash(found.passwordHash())))
                    .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        };
    }

    /**
     * Checks a password. For an unknown username {@link DaoAuthenticationProvider} still compares the password typed with
     * a hash made by the same encoder (its defence against timing attacks), so both take as long as one Argon2 check.
     * Whether the account is switched off is checked only after the password is right: before, the answer would tell
     * anyone which usernames exist.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Switched off");
            }
        });
        return new ProviderManager(provider);
    }
}
