package org.reassure.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passkey made in software, as a browser's authenticator would make one: an EC P-256 key, "none" attestation, and
 * assertions signed with the key over the authenticator data and the hash of the client data, with a counter that goes
 * up with each use. It answers the JSON options the service gives with the JSON the service's script would send.
 */
public final class SoftwareAuthenticator {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

    private final String origin;
    private final String rpId;
    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private int counter;

    public SoftwareAuthenticator(String origin, String rpId) {
        this.origin = origin;
        this.rpId = rpId;
        new SecureRandom().nextBytes(credentialId);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** The body the account page's script posts after {@code navigator.credentials.create()} for these options. */
    public String register(String optionsJson, String name) {
        String clientData = clientData("webauthn.create", challenge(optionsJson));
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x45); // user present, user verified, attested credential data
        authData.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
        authData.writeBytes(new byte[16]); // AAGUID: none
        authData.writeBytes(
                ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authData.writeBytes(credentialId);
        authData.writeBytes(coseKey((ECPublicKey) keys.getPublic()));
        ByteArrayOutputStream attestation = new ByteArrayOutputStream();
        attestation.write(0xA3); // a map of three
        text(attestation, "fmt");
        text(attestation, "none");
        text(attestation, "attStmt");
        attestation.write(0xA0); // an empty map
        text(attestation, "authData");
        bytes(attestation, authData.toByteArray());
        return "{\"name\":\"" + name + "\",\"clientDataJSON\":\"" + b64(clientData) + "\",\"attestationObject\":\""
                + B64.encodeToString(attestation.toByteArray()) + "\"}";
    }

    /** The body the second-factor page's script posts after {@code navigator.credentials.get()}. */
    public String assert_(String optionsJson) {
        return assertion(optionsJson, keys.getPrivate(), credentialId);
    }

    /** An assertion signed with another key than the one registered. */
    public String assertWithWrongKey(String optionsJson) {
        return assertion(optionsJson, new SoftwareAuthenticator(origin, rpId).keys.getPrivate(), credentialId);
    }

    /** An assertion from a credential the service has never seen. */
    public String assertUnknown(String optionsJson) {
        SoftwareAuthenticator other = new SoftwareAuthenticator(origin, rpId);
        return other.assertion(optionsJson, other.keys.getPrivate(), other.credentialId);
    }

    private String assertion(String optionsJson, PrivateKey key, byte[] id) {
        counter++;
        String clientData = clientData("webauthn.get", challenge(optionsJson));
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x05); // user present, user verified
        authData.writeBytes(ByteBuffer.allocate(4).putInt(counter).array());
        byte[] signed = authData.toByteArray();
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(signed);
            signature.update(sha256(clientData.getBytes(StandardCharsets.UTF_8)));
            return "{\"id\":\"" + B64.encodeToString(id) + "\",\"clientDataJSON\":\"" + b64(clientData)
                    + "\",\"authenticatorData\":\"" + B64.encodeToString(signed) + "\",\"signature\":\""
                    + B64.encodeToString(signature.sign()) + "\"}";
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private String clientData(String type, String challenge) {
        return "{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}";
    }

    private static String challenge(String optionsJson) {
        Matcher matcher = CHALLENGE.matcher(optionsJson);
        if (!matcher.find()) {
            throw new AssertionError("No challenge in " + optionsJson);
        }
        return matcher.group(1);
    }

    /** The public key as COSE (RFC 9053): EC2, ES256, P-256, x and y. */
    private static byte[] coseKey(ECPublicKey key) {
        ByteArrayOutputStream cose = new ByteArrayOutputStream();
        cose.write(0xA5);
        cose.write(0x01); // kty
        cose.write(0x02); // EC2
        cose.write(0x03); // alg
        cose.write(0x26); // -7: ES256
        cose.write(0x20); // crv (-1)
        cose.write(0x01); // P-256
        cose.write(0x21); // x (-2)
        bytes(cose, unsigned(key.getW().getAffineX()));
        cose.write(0x22); // y (-3)
        bytes(cose, unsigned(key.getW().getAffineY()));
        return cose.toByteArray();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static void text(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        head(out, 0x60, utf8.length);
        out.writeBytes(utf8);
    }

    private static void bytes(ByteArrayOutputStream out, byte[] bytes) {
        head(out, 0x40, bytes.length);
        out.writeBytes(bytes);
    }

    private static void head(ByteArrayOutputStream out, int major, int length) {
        if (length < 24) {
            out.write(major | length);
        } else if (length < 256) {
            out.write(major | 24);
            out.write(length);
        } else {
            out.write(major | 25);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
    }

    private static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
