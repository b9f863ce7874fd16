package org.reassure.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.reassure.platform.Message;
import org.reassure.platform.Problems;

/**
 * Errors Tomcat answers itself, before the request reaches the service (a request line or header it cannot read, an
 * address whose %-encoding is broken): the service's own short error page, or {@code application/problem+json} under
 * {@code /api/}, with the same security headers as every page, in place of Tomcat's page. Errors raised inside the
 * service never get here: {@code ErrorPagesController} answers them.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    TomcatErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        // After Spring Boot's own customizer, which adds Tomcat's error report valve: this one replaces it.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                // The host adds a valve of this class when it starts unless one is there already.
                standard.setErrorReportValveClass(ServiceErrorReport.class.getName());
            }
            host.getPipeline().addValve(new ServiceErrorReport(messages));
        });
    }

    /** Writes the service's error page (or problem) for an error that has no answer yet. */
    static final class ServiceErrorReport extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ServiceErrorReport.class);

        private final MessageSource messages;

        ServiceErrorReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            String acceptLanguage = request.getHeader("Accept-Language");
            Locale locale = acceptLanguage != null
                            && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("cy")
                    ? Locale.forLanguageTag("cy")
                    : Locale.UK;
            try {
                response.resetBuffer();
                headers(response);
                // As sent: an address Tomcat could not decode has no decoded form.
                String uri = request.getRequestURI();
                if (uri != null && uri.startsWith("/api/")) {
                    problem(response, status, messages);
                } else {
                    page(response, status, locale, messages);
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException failed) {
                log.debug("Could not write the error page for a {} Tomcat answered itself", code);
            }
        }

        static void headers(HttpServletResponse response) {
            response.setHeader(
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        }

        static void problem(HttpServletResponse response, HttpStatus status, MessageSource messages)
                throws IOException {
            boolean tooLarge =
                    status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE || status == HttpStatus.PAYLOAD_TOO_LARGE;
            Problems.write(
                    response,
                    messages,
                    status,
                    Message.of(tooLarge ? "problem.tooLarge.title" : "problem.badRequest.title"),
                    Message.of(tooLarge ? "problem.tooLarge.detail" : "problem.badRequest.detail"));
        }

        static void page(HttpServletResponse response, HttpStatus status, Locale locale, MessageSource messages)
                throws IOException {
            boolean server = status.is5xxServerError();
            String heading = text(messages, server ? "error.500.title" : "error.400.title", locale);
            String body = text(messages, server ? "error.500.body" : "error.400.body", locale);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response instanceof Response tomcat ? tomcat.getReporter() : response.getWriter();
            if (writer == null) {
                return;
            }
            writer.write(
                    "<!DOCTYPE html>\n<html lang=\"" + (locale.getLanguage().equals("cy") ? "cy" : "en")
                            + "\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                            + HtmlUtils.htmlEscape(heading + " – " + text(messages, "service.name", locale))
                            + "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                            + "<link rel=\"stylesheet\" href=\"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css\">\n"
                            + "<link rel=\"stylesheet\" href=\"/css/reassure.css\">\n</head>\n"
                            + "<body class=\"govuk-template__body\">\n<header class=\"govuk-header\"><div class=\"govuk-header__container"
                            + " govuk-width-container\"><a href=\"/\" class=\"govuk-header__link govuk-header__link--homepage\">"
                            + HtmlUtils.htmlEscape(text(messages, "service.name", locale)) + "</a></div></header>\n"
                            + "<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">\n"
                            + "<h1 class=\"govuk-heading-l\">" + HtmlUtils.htmlEscape(heading) + "</h1>\n"
                            + "<p class=\"govuk-body\">" + HtmlUtils.htmlEscape(body) + "</p>\n"
                            + "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">"
                            + HtmlUtils.htmlEscape(text(messages, "error.startAgain", locale)) + "</a></p>\n"
                            + "</main></div>\n</body>\n</html>\n");
        }

        private static String text(MessageSource messages, String key, Locale locale) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
