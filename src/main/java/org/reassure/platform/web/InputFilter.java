package org.reassure.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.platform.Message;
import org.reassure.platform.Problems;

/**
 * Turns back what no page or API call can use, before anything reads it: control characters (other than tab, carriage
 * return and line feed in values) or NUL in a header, a parameter's name or value, or a form body; %-encoding that is
 * broken or not UTF-8; a form body larger than the server reads. The answer is 400 (413 for the size) with the
 * service's own error page, or {@code application/problem+json} on the API, naming the parameter; the log says what
 * kind of thing was refused and where, never the value and never a stack trace.
 *
 * <p>It also keeps the {@code Host} header out of redirects: an absolute {@code Location} that points at the host the
 * request named is sent as a path (Spring Security builds its sign-in redirect and the address saved before sign-in
 * from the Host header). Tomcat sends relative redirects as they are ({@code server.tomcat.use-relative-redirects}).
 *
 * <p>An API call whose {@code Accept} allows neither JSON nor problem JSON is 406 before it is handled.
 *
 * <p>JSON bodies are checked once they are read ({@code ControlCharacterBodyAdvice}); multipart bodies are left to the
 * upload size filters that run before this one and to the pages that take them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class InputFilter extends OncePerRequestFilter {

    private final MessageSource messages;

    InputFilter(MessageSource messages) {
        this.messages = messages;
    }

    /** The request attribute naming the refused parameter or header, for the error page and the problem. */
    static final String REFUSED_FIELD = "reassure.refusedField";

    private static final Logger log = LoggerFactory.getLogger(InputFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = headers(request);
        if (refusal == null) {
            refusal = parameters(request);
        }
        if (refusal == null && !acceptsJson(request)) {
            log.info(
                    "Refused {} {}: an Accept header the API cannot answer",
                    request.getMethod(),
                    request.getRequestURI());
            Problems.write(
                    response,
                    messages,
                    HttpStatus.NOT_ACCEPTABLE,
                    Message.of("problem.notAcceptable.title"),
                    Message.of("problem.notAcceptable.detail"));
            return;
        }
        if (refusal != null) {
            log.info(
                    "Refused {} {}: {} in {} '{}'",
                    request.getMethod(),
                    request.getRequestURI(),
                    refusal.why(),
                    refusal.where(),
                    printable(refusal.name()));
            request.setAttribute(REFUSED_FIELD, printable(refusal.name()));
            // Spring Security, which adds these to every other answer, has not seen this request.
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            if (refusal.name().isEmpty()) {
                // Tomcat could not parse the parameters and would fail again for whatever asks for one while the
                // error page is made: this short page is written here instead.
                HttpStatus status = HttpStatus.valueOf(refusal.status());
                if (request.getRequestURI().startsWith("/api/")) {
                    TomcatErrors.ServiceErrorReport.problem(response, status, messages);
                    return;
                }
                response.setStatus(refusal.status());
                TomcatErrors.ServiceErrorReport.headers(response);
                TomcatErrors.ServiceErrorReport.page(
                        response, HttpStatus.valueOf(refusal.status()), LocaleContextHolder.getLocale(), messages);
                return;
            }
            response.sendError(refusal.status());
            return;
        }
        chain.doFilter(request, new RelativeRedirects(request, response));
    }

    /**
     * Whether an API request accepts JSON (its answers) or problem JSON (its errors): an API call that accepts neither
     * is 406 before it is handled. Evidence downloads answer with the file's own type, so they are left alone.
     */
    private static boolean acceptsJson(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!path.startsWith("/api/") || path.contains("/evidence/") || accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    record Refusal(int status, String why, String where, String name) {}

    private static Refusal headers(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                // Headers are read as ISO-8859-1: bytes above 0x7F are other languages' letters in UTF-8, not controls.
                if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
                    return new Refusal(400, "a control character", "header", name);
                }
            }
        }
        return null;
    }

    private static Refusal parameters(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            // Reading parameters here would read the files too: only the address's own parameters are checked.
            return query(request.getQueryString());
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
            // Tomcat may keep a failure to parse (a body over its limit) for the first parameter asked for.
            request.getParameter("_csrf");
        } catch (InvalidParameterException broken) {
            int status = broken.getErrorCode() == 413 ? 413 : 400;
            return new Refusal(
                    status, status == 413 ? "a body too large" : "broken or non-UTF-8 encoding", "parameters", "");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!acceptable(parameter.getKey(), false)) {
                return new Refusal(400, "a control character", "parameter name", parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (!acceptable(value, true)) {
                    return new Refusal(400, "a control character", "parameter", parameter.getKey());
                }
            }
        }
        return null;
    }

    /** The query of a multipart request, decoded strictly as Tomcat would decode it. */
    private static Refusal query(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return new Refusal(400, "broken or non-UTF-8 encoding", "query", "");
            }
            if (!acceptable(name, false) || !acceptable(value, true)) {
                return new Refusal(400, "a control character", "parameter", name);
            }
        }
        return null;
    }

    /**
     * Whether text holds no control character (C0, DEL or C1), no unpaired surrogate and no non-character U+FFFE/FFFF;
     * a value may hold tab, carriage return and line feed (a text area's lines).
     */
    static boolean acceptable(String text, boolean value) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (value && (c == '\t' || c == '\r' || c == '\n')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A name as it may be logged and shown: printable, short. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(60).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** Sends an absolute redirect to the host the request named as a path, so that Host never reaches Location. */
    static final class RelativeRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RelativeRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }

        String relative(String location) {
            if (location == null || !(location.startsWith("http://") || location.startsWith("https://"))) {
                return location;
            }
            try {
                URI uri = URI.create(location);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
                // Only the service's own address (the host the request named, on the port it came to): an address
                // elsewhere, such as a single sign-on provider on the same host, stays as it is.
                if (uri.getHost() == null
                        || !uri.getHost().equalsIgnoreCase(request.getServerName())
                        || port != request.getServerPort()) {
                    return location;
                }
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } catch (IllegalArgumentException notAnAddress) {
                return location;
            }
        }
    }

    /** %-decodes a query part as UTF-8 ('+' is a space), or null when the encoding is broken or not UTF-8. */
    static String decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7F) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
