package org.reassure.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.NotFound;

/** Domain refusals on pages: a GOV.UK page that says what happened, never exception text. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(ConflictingState.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictingState conflict, Model model) {
        model.addAttribute("message", conflict.message());
        return "error/409";
    }
}
