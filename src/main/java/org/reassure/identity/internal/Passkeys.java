package org.reassure.identity.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys (WebAuthn) as a second factor, verified here with webauthn4j: the relying party is the host of
 * {@code reassure.public-base-url} and the only origin accepted is that address. The challenge of each ceremony is
 * made here and kept by the caller (in the session) until the browser answers. A passkey's signature counter must go
 * up with each use when the authenticator keeps one (a counter that goes back means a copied key).
 */
@Service
public class Passkeys {

    /** The longest name a person may give a passkey. */
    public static final int NAME_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    /** One of a person's passkeys, as their account page lists it. */
    public record Passkey(long id, String name, Instant createdAt, Instant lastUsedAt) {}

    /** What became of a passkey offered at the second step. */
    public enum Check {
        ACCEPTED,
        UNKNOWN,
        REFUSED
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final Origin origin;
    private final String rpId;

    Passkeys(JdbcClient jdbc, Clock clock, @Value("${reassure.public-base-url:http://localhost:8080}") String base) {
        this.jdbc = jdbc;
        this.clock = clock;
        URI uri = URI.create(base.replaceAll("/+$", ""));
        this.origin = new Origin(uri.getScheme() + "://" + uri.getAuthority());
        this.rpId = uri.getHost();
    }

    /** A new random challenge for one ceremony. */
    public static byte[] newChallenge() {
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        return challenge;
    }

    /** The options for {@code navigator.credentials.create()}, as JSON with base64url bytes. */
    public Map<String, Object> creationOptions(long userId, String username, byte[] challenge) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", B64.encodeToString(challenge));
        options.put("rp", Map.of("id", rpId, "name", "Reassure"));
        options.put(
                "user",
                Map.of(
                        "id",
                        B64.encodeToString(
                                ByteBuffer.allocate(8).putLong(userId).array()),
                        "name",
                        username,
                        "displayName",
                        username));
        options.put(
                "pubKeyCredParams",
                ALGORITHMS.stream()
                        .map(a -> Map.of("type", "public-key", "alg", a.getAlg().getValue()))
                        .toList());
        options.put("timeout", 300_000);
        options.put("attestation", "none");
        options.put("authenticatorSelection", Map.of("userVerification", "preferred", "residentKey", "discouraged"));
        options.put("excludeCredentials", descriptors(userId));
        return options;
    }

    /** The options for {@code navigator.credentials.get()}: the person's own passkeys only. */
    public Map<String, Object> requestOptions(long userId, byte[] challenge) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("challenge", B64.encodeToString(challenge));
        options.put("rpId", rpId);
        options.put("timeout", 300_000);
        options.put("userVerification", "preferred");
        options.put("allowCredentials", descriptors(userId));
        return options;
    }

    /**
     * Checks a new passkey's attestation against the challenge and keeps it under this name; false if it does not
     * verify or is registered already.
     */
    @Transactional
    public boolean register(long userId, String name, byte[] challenge, byte[] clientDataJson, byte[] attestation) {
        RegistrationData data;
        try {
            data = webAuthn.verify(
                    new RegistrationRequest(attestation, clientDataJson),
                    new RegistrationParameters(server(challenge), ALGORITHMS, false, true));
        } catch (VerificationException | DataConversionException | IllegalArgumentException refused) {
            return false;
        }
        var authenticatorData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticatorData.getAttestedCredentialData();
        byte[] publicKey = converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey());
        return jdbc.sql("""
                        INSERT INTO identity_passkey (user_id, credential_id, public_key, sign_count, name, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (credential_id) DO NOTHING""")
                        .params(
                                userId,
                                credential.getCredentialId(),
                                publicKey,
                                authenticatorData.getSignCount(),
                                name,
                                Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /** Checks an assertion from one of the person's passkeys against the challenge; counts its use if right. */
    @Transactional
    public Check authenticate(
            long userId,
            byte[] challenge,
            byte[] credentialId,
            byte[] clientDataJson,
            byte[] authenticatorData,
            byte[] signature) {
        Optional<Stored> stored = jdbc.sql("""
                        SELECT id, public_key, sign_count FROM identity_passkey
                        WHERE user_id = ? AND credential_id = ? FOR UPDATE""")
                .params(userId, credentialId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBytes("public_key"), rs.getLong("sign_count")))
                .optional();
        if (stored.isEmpty()) {
            return Check.UNKNOWN;
        }
        COSEKey key = converter.getCborConverter().readValue(stored.get().publicKey(), COSEKey.class);
        CredentialRecordImpl record = new CredentialRecordImpl(
                new NoneAttestationStatement(),
                null,
                null,
                null,
                stored.get().signCount(),
                new AttestedCredentialData(AAGUID.ZERO, credentialId, key),
                null,
                null,
                null,
                null);
        AuthenticationData data;
        try {
            data = webAuthn.verify(
                    new AuthenticationRequest(credentialId, null, authenticatorData, clientDataJson, null, signature),
                    new AuthenticationParameters(server(challenge), record, List.of(credentialId), false, true));
        } catch (VerificationException | DataConversionException | IllegalArgumentException refused) {
            return Check.REFUSED;
        }
        long count = data.getAuthenticatorData().getSignCount();
        if ((count != 0 || stored.get().signCount() != 0)
                && count <= stored.get().signCount()) {
            return Check.REFUSED;
        }
        jdbc.sql("UPDATE identity_passkey SET sign_count = ?, last_used_at = ? WHERE id = ?")
                .params(count, Timestamp.from(clock.instant()), stored.get().id())
                .update();
        return Check.ACCEPTED;
    }

    /** The person's passkeys, oldest first. */
    public List<Passkey> of(long userId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, last_used_at FROM identity_passkey
                        WHERE user_id = ? ORDER BY created_at, id""")
                .param(userId)
                .query((rs, n) -> new Passkey(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Whether the person has a passkey to offer at the second step. */
    public boolean any(long userId) {
        return jdbc.sql("SELECT count(*) FROM identity_passkey WHERE user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Removes one of the person's own passkeys; its name if there was one. */
    @Transactional
    public Optional<String> remove(long userId, long id) {
        return jdbc.sql("DELETE FROM identity_passkey WHERE user_id = ? AND id = ? RETURNING name")
                .params(userId, id)
                .query(String.class)
                .optional();
    }

    private List<Map<String, Object>> descriptors(long userId) {
        return jdbc.sql("SELECT credential_id FROM identity_passkey WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query((rs, n) -> Map.<String, Object>of(
                        "type", "public-key", "id", B64.encodeToString(rs.getBytes("credential_id"))))
                .list();
    }

    private ServerProperty server(byte[] challenge) {
        return new ServerProperty(origin, rpId, new DefaultChallenge(challenge));
    }

    private record Stored(long id, byte[] publicKey, long signCount) {}
}
