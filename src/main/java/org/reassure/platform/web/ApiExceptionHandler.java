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
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.JustificationRequired;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;
import org.reassure.platform.Problems;

/** Turns failures in the JSON API into {@code application/problem+json}, with per-field errors for 422. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid) {
        return Problems.response(
                HttpStatus.UNPROCESSABLE_CONTENT,
                Message.of("problem.invalid.title"),
                Message.of("problem.invalid.detail"),
                invalid.errors());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return Problems.response(HttpStatus.NOT_FOUND, Message.of("problem.notFound.title"), notFound.message(), null);
    }

    @ExceptionHandler(ConflictingState.class)
    ResponseEntity<ProblemDetail> conflict(ConflictingState conflict) {
        return Problems.response(HttpStatus.CONFLICT, Message.of("problem.conflict.title"), conflict.message(), null);
    }

    @ExceptionHandler(JustificationRequired.class)
    ResponseEntity<ProblemDetail> justification(JustificationRequired required) {
        return Problems.response(
                HttpStatus.FORBIDDEN, Message.of("problem.justification.title"), required.message(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        String field = fieldOf(unreadable);
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Message.of("problem.badRequest.title"),
                Message.of("problem.badRequest.unreadable"),
                field == null ? null : List.of(new InvalidInput.FieldError(field, "problem.badRequest.field", field)));
    }

    /** The JSON path of the value Jackson could not read ({@code victim.dateOfBirth}), or null for broken JSON. */
    static String fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : InputFilter.printable(path.toString());
            }
        }
        return null;
    }

    @ExceptionHandler(UnusableCharacters.class)
    ResponseEntity<ProblemDetail> unusable(UnusableCharacters unusable) {
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Message.of("problem.badRequest.title"),
                Message.of("problem.badRequest.detail"),
                List.of(new InvalidInput.FieldError(
                        unusable.field(), "problem.badRequest.character", unusable.field())));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException notAcceptable) {
        return Problems.response(
                HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable.title", "problem.notAcceptable.detail");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception failure) {
        String name = failure instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : ((MissingServletRequestParameterException) failure).getParameterName();
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Message.of("problem.badRequest.title"),
                Message.of("problem.badRequest.parameter", name),
                List.of(new InvalidInput.FieldError(name, "problem.badRequest.parameterValue", name)));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException missing) {
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Message.of("problem.badRequest.title"),
                Message.of("problem.badRequest.header", missing.getHeaderName()),
                null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException unsupported) {
        return Problems.response(HttpStatus.METHOD_NOT_ALLOWED, "problem.method.title", "problem.method.detail");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return Problems.response(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType.title", "problem.mediaType.detail");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException missing) {
        return Problems.response(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.address");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            // Spring Security answers these (403 or 401) and audits the refusal.
            throw failure;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("API error {}", reference, failure);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Message.of("problem.serverError.title"),
                Message.of("problem.serverError.detail", reference),
                null);
    }
}
