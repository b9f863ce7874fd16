package org.reassure.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.reassure.notifications.internal.send.NotifyTemplates;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A stand-in for GOV.UK Notify that speaks its REST API, started once per test run (a static holder, so that the
 * shared Spring context stays one): every test runs with a Notify key, the callback token and a template id for every
 * template setting, all pointing here. By default it accepts every e-mail, text message and letter (echoing the
 * reference, with a new Notify id) and knows of no notification when asked by reference; a test adds stubs of its own
 * for its notification's reference, at a higher priority.
 */
public final class NotifyStandIn {

    public static final String SERVICE_ID = "2b8a4f3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c";
    public static final String API_KEY = "reassure_test-" + SERVICE_ID + "-7c6d5e4f-3a2b-4c1d-9e8f-a0b1c2d3e4f5";
    public static final String CALLBACK_TOKEN = "test-callback-token-0f9e8d7c";

    private static final WireMockServer SERVER = start();

    private NotifyStandIn() {}

    public static WireMockServer server() {
        return SERVER;
    }

    public static WireMock client() {
        return new WireMock(SERVER.port());
    }

    /** The template id the tests configure for a setting: the same on every run. */
    public static String templateId(String setting) {
        return UUID.nameUUIDFromBytes(setting.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .globalTemplating(false)
                .templatingEnabled(true));
        server.start();
        for (String type : new String[] {"email", "sms", "letter"}) {
            server.stubFor(post(urlPathEqualTo("/v2/notifications/" + type))
                    .atPriority(10)
                    .willReturn(accepted(type)));
        }
        server.stubFor(
                get(urlPathEqualTo("/v2/notifications"))
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"notifications\": [], \"links\": {\"current\": \"http://localhost/v2/notifications\"}}")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** Notify's 201 answer for a notification of {@code type}, echoing its reference and template. */
    public static ResponseDefinitionBuilder accepted(String type) {
        String content = switch (type) {
            case "email" ->
                "{\"subject\": \"Subject\", \"body\": \"Body\", \"from_email\": \"reassure@notifications.service.gov.uk\"}";
            case "sms" -> "{\"body\": \"Body\", \"from_number\": \"GOVUK\"}";
            default -> "{\"subject\": \"Subject\", \"body\": \"Body\"}";
        };
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody("{\"id\": \"{{randomValue type='UUID'}}\","
                        + " \"reference\": \"{{jsonPath request.body '$.reference'}}\","
                        + " \"content\": " + content + ","
                        + " \"uri\": \"http://localhost/v2/notifications/x\","
                        + " \"template\": {\"id\": \"{{jsonPath request.body '$.template_id'}}\", \"version\": 1,"
                        + " \"uri\": \"http://localhost/v2/template/x\"},"
                        + " \"scheduled_for\": null}");
    }

    /**
     * The same settings as environment variables, for a second node or command started as a process: without them a
     * node has no Notify key and would record every due notification as not sent.
     */
    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REASSURE_NOTIFY_API_KEY", API_KEY);
        env.put("REASSURE_NOTIFY_BASE_URL", "http://127.0.0.1:" + SERVER.port());
        env.put("REASSURE_NOTIFY_CALLBACK_TOKEN", CALLBACK_TOKEN);
        for (String setting : NotifyTemplates.allSettings()) {
            env.put(setting, templateId(setting));
        }
        return env;
    }

    /** Puts the stand-in's address, key, callback token and every template id into the shared context's settings. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("reassure.notify.api-key", API_KEY);
            properties.put("reassure.notify.base-url", "http://127.0.0.1:" + SERVER.port());
            properties.put("reassure.notify.callback-token", CALLBACK_TOKEN);
            properties.put("reassure.notify.poll-interval", "500ms");
            properties.put("reassure.notify.backoff", "1s");
            properties.put("reassure.notify.max-backoff", "2s");
            properties.put("reassure.notify.timeout", "5s");
            for (String setting : NotifyTemplates.allSettings()) {
                properties.put(setting, templateId(setting));
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("notify-stand-in", properties));
        }
    }
}
