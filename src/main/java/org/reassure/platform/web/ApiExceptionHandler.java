package org.reassure.platform.web;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.platform.Problems;

/** Turns failures in the JSON API into {@code application/problem+json}, with per-field errors for 422. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid) {
        return Problems.response(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Check your request",
                "Some values could not be accepted.",
                invalid.errors());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return Problems.response(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage(), null);
    }

    @ExceptionHandler(ConflictingState.class)
    ResponseEntity<ProblemDetail> conflict(ConflictingState conflict) {
        return Problems.response(HttpStatus.CONFLICT, "Not possible now", conflict.getMessage(), null);
    }

    @ExceptionHandler(org.reassure.platform.JustificationRequired.class)
    ResponseEntity<ProblemDetail> justification(org.reassure.platform.JustificationRequired required) {
        return Problems.response(HttpStatus.FORBIDDEN, "Justification required", required.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "The request body is not valid JSON of the expected shape.",
                null);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception failure) {
        String name = failure instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : ((MissingServletRequestParameterException) failure).getParameterName();
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "The parameter '" + name + "' is missing or not valid.",
                List.of(new InvalidInput.FieldError(name, "Enter a valid value for " + name)));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException missing) {
        return Problems.response(
                HttpStatus.BAD_REQUEST, "Bad request", "The header " + missing.getHeaderName() + " is required.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException unsupported) {
        return Problems.response(
                HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "This address does not accept that method.", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return Problems.response(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Send the body as application/json.",
                null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException missing) {
        return Problems.response(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) throws Exception {
        if (failure instanceof AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException) {
            // Spring Security answers these (403 or 401) and audits the refusal.
            throw failure;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("API error {}", reference, failure);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "Something went wrong on our side. Quote reference " + reference + " if you contact us.",
                null);
    }
}
