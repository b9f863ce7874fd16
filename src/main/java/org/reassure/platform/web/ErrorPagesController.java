package org.reassure.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.Problems;

/**
 * Every error the container sees ends here: API paths get {@code application/problem+json}, pages get a
 * GOV.UK error page. Neither ever shows exception text; a server error shows a reference that matches
 * the log line (which carries the exception, never personal data).
 */
@Controller
class ErrorPagesController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPagesController.class);

    @RequestMapping(value = "/error", produces = "application/problem+json")
    ResponseEntity<ProblemDetail> apiError(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String reference = logIfServerError(request, status);
        return Problems.response(status, apiTitle(status), apiDetail(status, reference), refused(request));
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = statusOf(request);
        String reference = logIfServerError(request, status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return Problems.response(status, apiTitle(status), apiDetail(status, reference), refused(request));
        }
        response.setStatus(status.value());
        List<InvalidInput.FieldError> refused = refused(request);
        if (refused != null) {
            FormErrors errors = FormErrors.none();
            refused.forEach(error -> errors.add(error.field(), error.message()));
            model.addAttribute("errors", errors);
        }
        model.addAttribute("status", status.value());
        model.addAttribute("reference", reference);
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case METHOD_NOT_ALLOWED, BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE -> "error/400";
            case TOO_MANY_REQUESTS -> "error/429";
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
    }

    /** Where the security layer forwards a refused page request (the status is already set). */
    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "error/403";
    }

    /** An unknown address reached by someone not signed in (the security layer forwards here). */
    @RequestMapping("/error/not-found")
    String notFound() {
        return "error/404";
    }

    /** A form posted without its CSRF token, usually because the session expired while it was open. */
    @RequestMapping("/error/expired")
    String expired() {
        return "error/expired";
    }

    /** The parameter {@code InputFilter} refused, named so that the person or program can see what to change. */
    private static List<InvalidInput.FieldError> refused(HttpServletRequest request) {
        Object field = request.getAttribute(InputFilter.REFUSED_FIELD);
        if (field == null || field.toString().isEmpty()) {
            return null;
        }
        return List.of(new InvalidInput.FieldError(field.toString(), "problem.badRequest.character", field.toString()));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String logIfServerError(HttpServletRequest request, HttpStatus status) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error(
                    "Server error {} on {} {}",
                    reference,
                    request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable throwable ? throwable : null);
        }
        return reference;
    }

    private static Message apiTitle(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> Message.of("problem.notFound.title");
            case METHOD_NOT_ALLOWED -> Message.of("problem.method.title");
            case UNAUTHORIZED -> Message.of("problem.unauthorized.title");
            case FORBIDDEN -> Message.of("problem.forbidden.title");
            case PAYLOAD_TOO_LARGE -> Message.of("problem.tooLarge.title");
            case TOO_MANY_REQUESTS -> Message.of("problem.tooMany.title");
            default ->
                status.is5xxServerError()
                        ? Message.of("problem.serverError.title")
                        : Message.of("problem.badRequest.title");
        };
    }

    private static Message apiDetail(HttpStatus status, String reference) {
        return switch (status) {
            case NOT_FOUND -> Message.of("problem.notFound.address");
            case METHOD_NOT_ALLOWED -> Message.of("problem.method.detail");
            case UNAUTHORIZED -> Message.of("problem.unauthorized.detail");
            case FORBIDDEN -> Message.of("problem.forbidden.detail");
            case PAYLOAD_TOO_LARGE -> Message.of("problem.tooLarge.detail");
            case TOO_MANY_REQUESTS -> Message.of("problem.tooMany.detail");
            default ->
                status.is5xxServerError()
                        ? Message.of("problem.serverError.detail", reference)
                        : Message.of("problem.badRequest.detail");
        };
    }
}
