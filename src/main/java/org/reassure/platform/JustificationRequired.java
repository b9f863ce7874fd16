package org.reassure.platform;

import org.springframework.security.access.AccessDeniedException;

/**
 * A restricted record was asked for without a reason for looking. It is a refusal (audited as such);
 * pages ask for the reason, the API answers 403 naming the {@code X-Justification} header.
 */
public class JustificationRequired extends AccessDeniedException {

    private final Message message;

    public JustificationRequired(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message message() {
        return message;
    }
}
