package org.reassure.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.reassure.identity.StaffAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An API token for a demo account, stored as the service stores them (only its hash). */
public final class Tokens {

    private Tokens() {
    }

    public static String of(StaffAccounts accounts, JdbcClient jdbc, String username) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "rsr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("INSERT INTO api_token (user_id, label, token_hash, prefix) VALUES (?, 'test', ?, ?)")
                    .params(accounts.findByUsername(username).orElseThrow().id(), hash, token.substring(0, 10)).update();
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        return token;
    }
}
