package org.reassure.accessibility;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.send.OutboxRows;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification pages in English and Welsh, with axe-core in Debian Chromium: the case page's "Messages sent"
 * with a sent and a refused notification, and the administrator's notifications page.
 */
@ReassureTest
class NotificationPagesAccessibilityTest extends PagesInChromium {

    NotificationPagesAccessibilityTest() {
        super("notifications");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    private String reference;

    @BeforeAll
    void caseWithNotifications() {
        reference = TestCases.newReport(jdbc, "HNS-CSU");
        OutboxRows outbox = new OutboxRows(notifications, transaction, jdbc);
        UUID sent = outbox.email(
                reference,
                MessageType.REPORT_RECEIVED,
                Map.of("reference", reference, "track_url", "http://localhost:8080/track", "force_name", "Test Police"),
                "axe@example.com");
        UUID welsh = outbox.queue(
                reference,
                MessageType.OFFICER_ASSIGNED,
                RecipientKind.VICTIM,
                NotificationChannel.SMS,
                "cy",
                Map.of("reference", reference, "officer_name", "DC Hughes", "officer_phone", "01632 960077"),
                null,
                "07700 900777",
                null,
                null,
                null,
                null);
        outbox.awaitStatus(sent, "SENT");
        outbox.awaitStatus(welsh, "SENT");
        jdbc.sql("UPDATE notification SET status = 'REJECTED', status_reason = 'notifications.problem.phoneInvalid'"
                        + " WHERE id = ?")
                .param(welsh)
                .update();
    }

    @AfterEach
    void backToEnglish() {
        browser.get(url("/?lang=en"));
    }

    @Test
    void the_messages_sent_and_the_administrators_page_have_no_accessibility_violations_in_english_and_welsh()
            throws IOException {
        signIn("admin");
        List<String> pages = List.of("/admin/notifications", "/admin/notifications?status=REJECTED");
        check(pages, "admin");
        browser.get(url("/?lang=cy"));
        check(pages, "admin-cy");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Hysbysiadau");

        browser.get(url("/?lang=en"));
        browser.manage().deleteAllCookies();
        signIn("supervisor");
        check(List.of("/cases/" + reference), "case");
        assertThat(browser.findElement(By.id("messages-sent")).getText())
                .contains("Messages sent", "Report received", "Refused by Notify", "The phone number is not valid");
        browser.get(url("/?lang=cy"));
        check(List.of("/cases/" + reference), "case-cy");
        assertThat(browser.findElement(By.id("messages-sent")).getText())
                .contains("Negeseuon a anfonwyd", "Dydy'r rhif ffôn ddim yn ddilys");
    }
}
