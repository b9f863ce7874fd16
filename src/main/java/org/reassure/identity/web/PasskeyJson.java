package org.reassure.identity.web;

import java.util.Base64;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The JSON the passkey script and the passkey endpoints exchange: bytes as base64url, and answers that say where to go
 * next or what went wrong (in the person's language, for the page to show).
 */
@Component
class PasskeyJson {

    /** A new passkey from {@code navigator.credentials.create()}, with the name the person gave it. */
    record Registration(String name, String clientDataJSON, String attestationObject) {}

    /** An answer from {@code navigator.credentials.get()}. */
    record Assertion(String id, String clientDataJSON, String authenticatorData, String signature) {}

    private final MessageSource messages;

    PasskeyJson(MessageSource messages) {
        this.messages = messages;
    }

    /** The bytes of a base64url value, or none if it is missing or not base64url. */
    static byte[] bytes(String value) {
        if (value == null) {
            return new byte[0];
        }
        try {
            return Base64.getUrlDecoder()
                    .decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    /** Go on to this address. */
    static ResponseEntity<Map<String, Object>> next(String location) {
        return ResponseEntity.ok(Map.of("redirect", location));
    }

    /** A 422 naming the field, with the message for the page. */
    ResponseEntity<Map<String, Object>> refused(String field, String key, Object... args) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(Map.of(
                        "field", field, "message", messages.getMessage(key, args, LocaleContextHolder.getLocale())));
    }
}
