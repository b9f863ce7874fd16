package org.reassure.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * {@code application/problem+json} answers in the shape the integration surface fixes. Titles, details and field
 * messages are message keys, put into the caller's language (its {@code Accept-Language}) as the answer is
 * written.
 */
public final class Problems {

    /** Where the messages wait until the answer is written (see {@code ProblemMessages}); never sent. */
    public static final String TITLE = "reassure.title";

    public static final String DETAIL = "reassure.detail";

    private Problems() {}

    public static ResponseEntity<ProblemDetail> response(
            HttpStatus status, Message title, Message detail, List<InvalidInput.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title.key());
        problem.setDetail(detail.key());
        problem.setProperty(TITLE, title);
        problem.setProperty(DETAIL, detail);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().map(Problems::error).toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String titleKey, String detailKey) {
        return response(status, Message.of(titleKey), Message.of(detailKey), null);
    }

    private static Map<String, Object> error(InvalidInput.FieldError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", error.field());
        map.put("message", error.message());
        return map;
    }

    /** Puts a problem's messages into words, in place; called once, just before it is written. */
    public static void resolve(ProblemDetail problem, MessageSource messages) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null) {
            return;
        }
        if (properties.remove(TITLE) instanceof Message title) {
            problem.setTitle(messages.getMessage(title, LocaleContextHolder.getLocale()));
        }
        if (properties.remove(DETAIL) instanceof Message detail) {
            problem.setDetail(messages.getMessage(detail, LocaleContextHolder.getLocale()));
        }
        if (properties.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> map && map.get("message") instanceof Message message) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> writable = (Map<String, Object>) map;
                    writable.put("message", messages.getMessage(message, LocaleContextHolder.getLocale()));
                }
            }
        }
    }

    /** Writes a problem straight to the response, for filters that answer before MVC (authentication). */
    public static void write(
            HttpServletResponse response, MessageSource messages, HttpStatus status, Message title, Message detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":"
                        + json(messages.getMessage(title, LocaleContextHolder.getLocale()))
                        + ",\"status\":" + status.value() + ",\"detail\":"
                        + json(messages.getMessage(detail, LocaleContextHolder.getLocale())) + "}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
