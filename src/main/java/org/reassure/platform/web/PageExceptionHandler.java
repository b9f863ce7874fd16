package org.reassure.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
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

    /**
     * Input a page's own controller did not turn into its error summary (an unknown code in a filter or an address, a
     * download's filter): 422 with the error summary, each error linking to its field on the page the request came
     * from, rather than a server error.
     */
    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String invalid(InvalidInput invalid, Model model) {
        model.addAttribute("errors", FormErrors.of(invalid));
        return "error/400";
    }

    /** A multipart body over the server's limit that no upload filter turned back first: 413, no stack trace. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge() {
        return "error/400";
    }

    @ExceptionHandler(ConflictingState.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictingState conflict, Model model) {
        model.addAttribute("message", conflict.message());
        return "error/409";
    }
}
