package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.InvalidInput;

/** Messages between the organisation and the police about one referral, written by either side. */
@Service
public class ReferralMessages {

    private final JdbcClient jdbc;
    private final ReferralSides sides;
    private final Clock clock;

    ReferralMessages(JdbcClient jdbc, ReferralSides sides, Clock clock) {
        this.jdbc = jdbc;
        this.sides = sides;
        this.clock = clock;
    }

    @Transactional
    public void post(StaffPrincipal person, UUID id, String body) {
        Referral referral = sides.either(person, id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "referrals.message.bodyMissing");
        }
        if (text.length() > 2000) {
            throw new InvalidInput("body", "referrals.message.bodyTooLong");
        }
        jdbc.sql(
                        "INSERT INTO referral_message (referral_id, side, author, author_name, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        referral.id(),
                        ReferralSides.partner(person) ? "ORGANISATION" : "POLICE",
                        person.getUsername(),
                        person.displayName(),
                        text,
                        Timestamp.from(clock.instant()))
                .update();
    }
}
