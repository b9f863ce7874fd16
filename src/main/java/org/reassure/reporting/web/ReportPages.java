package org.reassure.reporting.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;
import org.reassure.reporting.ReportMessages.Sender;
import org.reassure.reporting.Reports.Status;
import org.reassure.reporting.internal.MessageThreads;

/**
 * What a report's page shows to the person who made it, on "track my report", or to the centre that made it: its
 * status and the messages with the officers, which they have now seen.
 */
@Component
class ReportPages {

    private final MessageThreads threads;

    ReportPages(MessageThreads threads) {
        this.threads = threads;
    }

    /** @param typed the message being written, kept when it could not be sent */
    void status(Status status, FormErrors errors, String typed, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("messages", threads.on(status.reference()));
        model.addAttribute("errors", errors);
        model.addAttribute("message", typed);
        model.addAttribute(
                "messageHint", Message.of("message.hint", String.format(Locale.UK, "%,d", MessageThreads.MAX_LENGTH)));
        threads.markRead(status.reference(), Sender.OFFICER);
    }
}
