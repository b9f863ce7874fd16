package org.reassure.notifications.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The absolute addresses put into messages, from the service's public address ({@code reassure.public-base-url}). */
@Component
class PublicLinks {

    private final String base;

    PublicLinks(@Value("${reassure.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Track my report: where the person who reported reads messages and answers the satisfaction survey. */
    String track() {
        return base + "/track";
    }

    String caseUrl(String reference) {
        return base + "/cases/" + Recipients.normalise(reference);
    }

    /** The partner portal, where a support organisation sees its referrals. */
    String partner() {
        return base + "/partner";
    }

    /** An officer's own tasks. */
    String myWork() {
        return base + "/care/my-work";
    }
}
