package org.reassure.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Units;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix ({@code src/test/resources/authorisation-matrix.csv}): for every endpoint the service maps
 * (read from the request mappings, pages and API), what each role may do, and for endpoints about one case
 * ({@code {reference}}) what it may do to a case of its own unit, of a unit below, of another unit and of another force.
 * A row per endpoint: an endpoint without a row, or a row without an endpoint, fails the test naming it. Each allow must
 * be allowed, each deny must be denied with the status the table gives (403 or 404) and written to the audit log as a
 * refusal. Pages are asked with a signed-in browser, the API with the role's API token.
 *
 * <p>To see what the service does now (after adding an endpoint): {@code -Dmatrix.record=true} writes the observed
 * table to {@code target/authorisation-matrix.csv}, to be read and checked before it replaces the table.
 */
@ReassureTest
class AuthorisationMatrixTest {

    static final String TABLE = "/authorisation-matrix.csv";

    /** One demo account per role, and the unit it belongs to (null: none). */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("CALL_HANDLER", "callhandler");
        USERS.put("INVESTIGATOR", "investigator");
        USERS.put("SUPPORT_OFFICER", "supportofficer");
        USERS.put("NEIGHBOURHOOD_OFFICER", "neighbourhood");
        USERS.put("SUPERVISOR", "supervisor");
        USERS.put("ANALYST", "analyst");
        USERS.put("ADMINISTRATOR", "admin");
        USERS.put("THIRD_PARTY_CENTRE", "thirdparty");
        USERS.put("SUPPORT_ORGANISATION", "supportorg");
    }

    /** The four scopes of a case, for each role: the unit whose case it is, or null where the scope does not exist. */
    static final Map<String, String[]> SCOPES = Map.of(
            "callhandler", new String[] {"MET", "HNS", null, "ZZF-B"},
            "investigator", new String[] {"HNS-CSU", null, "EAL-CSU", "ZZF-B"},
            "supportofficer", new String[] {"HNS", "HNS-CSU", "EAL-CSU", "ZZF-B"},
            "neighbourhood", new String[] {"HNS-SNT", null, "EAL-CSU", "ZZF-B"},
            "supervisor", new String[] {"HNS", "HNS-CSU", "EAL-CSU", "ZZF-B"},
            "analyst", new String[] {"MET", "HNS", null, "ZZF-B"},
            "admin", new String[] {"MET", "HNS", null, "ZZF-B"},
            "thirdparty", new String[] {"HNS", "HNS-CSU", "EAL-CSU", "ZZF-B"},
            "supportorg", new String[] {null, null, "HNS-CSU", "ZZF-B"});

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Units units;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_endpoint_has_a_row_and_every_role_gets_what_its_row_says_in_every_scope() throws IOException {
        TreeSet<String> endpoints = endpoints();
        Map<String, List<String>> table = table();
        List<String> problems = new ArrayList<>();
        for (String endpoint : endpoints) {
            if (!table.containsKey(endpoint)) {
                problems.add("No row in " + TABLE + " for " + endpoint + ": add one saying who may use it");
            }
        }
        for (String row : table.keySet()) {
            if (!endpoints.contains(row)) {
                problems.add("The row " + row + " in " + TABLE + " names no endpoint: remove or correct it");
            }
        }
        boolean record = Boolean.getBoolean("matrix.record");
        if (!record) {
            assertThat(problems).as("rows of the matrix").isEmpty();
        }

        Map<String, String> cases = cases();
        Map<String, String> observed = new TreeMap<>();
        List<String> users = new ArrayList<>(USERS.values());
        for (String endpoint : endpoints) {
            List<String> cells = new ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                String user = users.get(u);
                String expected = record || !table.containsKey(endpoint)
                        ? null
                        : table.get(endpoint).get(u);
                cells.add(check(endpoint, user, expected, cases, problems));
            }
            observed.put(endpoint, String.join(",", cells));
        }
        if (record) {
            StringBuilder out = new StringBuilder(header());
            observed.forEach((endpoint, cells) -> out.append(endpoint.replace(' ', ','))
                    .append(',')
                    .append(cells)
                    .append('\n'));
            Files.writeString(Path.of("target/authorisation-matrix.csv"), out.toString());
        }
        assertThat(problems).as("the authorisation matrix").isEmpty();
    }

    /** The handler of each endpoint, for the types of its path values. */
    private final Map<String, HandlerMethod> handlers = new TreeMap<>();

    /** Every mapped endpoint, as "METHOD /pattern" (a mapping for every method counts as GET). */
    private TreeSet<String> endpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    List<String> names = methods.isEmpty()
                            ? List.of("GET")
                            : methods.stream().map(RequestMethod::name).toList();
                    for (String method : names) {
                        endpoints.add(method + " " + pattern);
                        handlers.put(method + " " + pattern, handler);
                    }
                }
            });
        });
        return endpoints;
    }

    private static String header() {
        return "# The authorisation matrix: read by AuthorisationMatrixTest (see its comment). One row per endpoint;\n"
                + "# a column per role (its demo account). A cell: A = allowed, 403 or 404 = refused so (and audited),\n"
                + "# S = sent to sign in. For endpoints about one case ({reference}) four cells joined by / : a case of\n"
                + "# the person's own unit / of a unit below / of another unit / of another force; - where the\n"
                + "# person's unit has no such unit. Allowed means past the permission checks: the request may still be\n"
                + "# refused for its content (400, 409, 422) or for an object the test does not make (404 on rows\n"
                + "# whose other path values are made up). A change to a case the person may not see is refused\n"
                + "# before its body is read (casework's CaseAccessFirst), so those cells are 403 even for the empty\n"
                + "# request the test sends.\n"
                + "method,path," + String.join(",", USERS.keySet()) + "\n";
    }

    private Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> table = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.strip().split(",");
                assertThat(cells).as(line).hasSize(2 + USERS.size());
                table.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
            }
        }
        return table;
    }

    /** A case in each unit the scopes name, the second force's included (made here, once). */
    private Map<String, String> cases() {
        if (units.findByCode("ZZF").isEmpty()) {
            units.create("ZZF", "Second Test Force", null);
        }
        if (units.findByCode("ZZF-B").isEmpty()) {
            units.create("ZZF-B", "Second Test Force North", "ZZF");
        }
        Map<String, String> cases = new TreeMap<>();
        for (String unit : List.of("MET", "HNS", "HNS-CSU", "HNS-SNT", "EAL-CSU", "ZZF-B")) {
            cases.put(unit, TestCases.newReport(jdbc, unit));
        }
        return cases;
    }

    private final Map<String, Browser> browsers = new TreeMap<>();
    private final Map<String, String> apiTokens = new TreeMap<>();

    /** Asks the endpoint as this user in each scope; returns the observed cell and adds any difference to problems. */
    private String check(
            String endpoint, String user, String expected, Map<String, String> cases, List<String> problems) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (pattern.equals("/sign-out") || pattern.equals("/kiosk/finish")) {
            // Each ends the session the rest of the test uses: everyone may, and they are tested elsewhere.
            return expected == null ? "A" : expected;
        }
        boolean scoped = pattern.contains("{reference}");
        // A public endpoint refusing a made-up object, or a 404 for a made-up object other than the case, is not a
        // refusal of the person: only the others must be in the audit log.
        boolean open =
                publicEndpoints.computeIfAbsent(endpoint, e -> isPublic(method, fill(e, pattern, cases.get("MET"))));
        boolean madeUp = pattern.replace("{reference}", "").contains("{");
        String[] wanted = expected == null ? null : expected.split("/");
        List<String> seen = new ArrayList<>();
        for (int scope = 0; scope < (scoped ? 4 : 1); scope++) {
            String unit = scoped ? SCOPES.get(user)[scope] : null;
            if (scoped && unit == null) {
                seen.add("-");
                continue;
            }
            String path = fill(endpoint, pattern, scoped ? cases.get(unit) : null);
            long before = lastAudit();
            String outcome = ask(method, path, user);
            seen.add(outcome);
            String want = wanted == null || wanted.length <= scope ? null : wanted[scope];
            String where = endpoint + " as " + user
                    + (scoped
                            ? " ("
                                    + List.of("own unit", "unit below", "another unit", "another force")
                                            .get(scope) + ")"
                            : "");
            if (want != null && !want.equals(outcome)) {
                problems.add(where + ": expected " + want + ", was " + outcome);
            }
            boolean refusal = "403".equals(outcome) || ("404".equals(outcome) && !madeUp);
            if (refusal && !open && !deniedAuditedSince(before, user)) {
                problems.add(where + ": refused with " + outcome + " but no refusal in the audit log");
            }
        }
        return String.join("/", seen);
    }

    private String ask(String method, String path, String user) {
        if (path.startsWith("/api/")) {
            String token = apiTokens.computeIfAbsent(user, name -> Tokens.of(tokens, accounts, name));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json");
            request.method(
                    method,
                    method.equals("GET") || method.equals("DELETE")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"));
            try {
                return outcome(
                        http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode(),
                        null);
            } catch (IOException | InterruptedException failure) {
                throw new IllegalStateException(failure);
            }
        }
        Browser browser = browsers.computeIfAbsent(user, name -> new Browser(port).signedInAs(name));
        Browser.Page page = method.equals("POST") ? browser.post(path, Map.of()) : browser.get(path);
        return outcome(page.status(), page.location());
    }

    private static String outcome(int status, String location) {
        if (status == 401 || (status == 302 && location != null && location.contains("/sign-in"))) {
            return "S";
        }
        return status == 403 || status == 404 ? Integer.toString(status) : "A";
    }

    private final Map<String, Boolean> publicEndpoints = new TreeMap<>();

    /** Whether someone not signed in gets past the sign-in (pages) or the token check (API). */
    private boolean isPublic(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        request.method(method, HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return !"S"
                            .equals(outcome(
                                    answer.statusCode(),
                                    answer.headers().firstValue("Location").orElse(null)))
                    && !(method.equals("POST") && answer.statusCode() == 403 && !path.startsWith("/api/"));
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * The path with the case's reference, a pattern's first choice, and for every other value one that names nothing
     * of its type (so that no test object is touched): a nil UUID, a number no row has, or a made-up code.
     */
    private String fill(String endpoint, String pattern, String reference) {
        String path = pattern;
        if (reference != null) {
            path = path.replace("{reference}", reference);
        }
        path = path.replaceAll("\\{\\w+:([\\w-]+)[^}]*}", "$1");
        HandlerMethod handler = handlers.get(endpoint);
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(filled, sample(handler, variable.group(1)));
        }
        variable.appendTail(filled);
        return filled.toString().replace("/**", "/x");
    }

    private static String sample(HandlerMethod handler, String name) {
        Class<?> type = String.class;
        if (handler != null) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
                if (annotation == null) {
                    continue;
                }
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String declared = !annotation.name().isEmpty() ? annotation.name() : annotation.value();
                if (name.equals(declared.isEmpty() ? parameter.getParameterName() : declared)) {
                    type = parameter.getParameterType();
                }
            }
        }
        if (type == UUID.class) {
            return "00000000-0000-4000-8000-000000000000";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "987654321";
        }
        return switch (name) {
            case "code" -> "VSHNS";
            case "slug" -> "who";
            default -> "ZZNONE";
        };
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }

    private boolean deniedAuditedSince(long seq, String user) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE seq > ? AND actor = ? AND outcome = 'DENIED'")
                        .params(seq, user)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
