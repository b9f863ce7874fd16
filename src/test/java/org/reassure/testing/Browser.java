package org.reassure.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser with JavaScript off: it keeps cookies and sends the
 * CSRF token of the last page it saw with each form it posts. It does not follow redirects, so tests
 * can see them.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern MANUAL_KEY = Pattern.compile("id=\"manual-key\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code class=\"reassure-token\">([a-z2-7-]+)</code>");
    private static final String SECOND_FACTOR = "/sign-in/second-factor";

    public record Page(int status, String body, String location, HttpResponse<String> response) {
        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String clientAddress;
    private String csrf;
    private List<String> recoveryCodes = List.of();

    public Browser(int port) {
        this(port, null);
    }

    /**
     * A browser at an address of its own, as a load balancer tells the service ({@code X-Forwarded-For}): the tests'
     * own address is not rate limited, so a test of the limits uses one of these.
     */
    public Browser(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.clientAddress = clientAddress;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * This browser as a client at another address: every request says {@code X-Forwarded-For}, which the service
     * trusts from loopback in the tests as it would from its load balancer.
     */
    public Browser from(String address) {
        this.clientAddress = address;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token from the last page seen (fetching the path first if none was seen). */
    public Page post(String path, Map<String, String> fields) {
        if (csrf == null) {
            get(path);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /**
     * Posts JSON as a page's script does with {@code fetch}: the CSRF token of the last page seen in the
     * {@code X-CSRF-TOKEN} header, asking for JSON back.
     */
    public Page postJson(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    /** Posts exactly these fields, with no CSRF token added. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a multipart form as a browser does: the fields, then one file, to a form's address as the page gave it
     * (for a file form, with its CSRF token in the address).
     */
    public Page upload(String action, Map<String, String> fields, String fileName, byte[] content) {
        return upload(action, fields, "file", fileName, "application/octet-stream", content);
    }

    /**
     * Posts one file as a browser's file upload would (multipart/form-data), to an address that carries its own CSRF
     * token where the form needs one (as the report's evidence page does).
     */
    public Page upload(String path, String field, String fileName, String contentType, byte[] content) {
        return upload(path, Map.of(), field, fileName, contentType, content);
    }

    private Page upload(
            String action,
            Map<String, String> fields,
            String field,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary = "----reassure" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(field)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: ")
                .append(contentType)
                .append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action.replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A file as its bytes (what {@link #get} reads as text), with its status and headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The password step of signing in only: the page it returns (the second-factor page's address, if right). */
    public Page signIn(String username, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", username, "password", password));
    }

    /** Signs in with a demo account, both steps (the demo key's code), and checks that it worked. */
    public Browser signedInAs(String username) {
        return signedInAs(username, "reassure-demo");
    }

    /**
     * Signs in with this password and a second factor: the demo key's code, or the key a test set up for the account
     * with {@link #signInAndEnrol} (or an account with no app yet is set up here). Checks that it worked.
     */
    public Browser signedInAs(String username, String password) {
        Page page = signIn(username, password);
        if (page.status() != 302 || !page.location().endsWith(SECOND_FACTOR)) {
            throw new AssertionError("Could not sign in as " + username + ": " + page.status() + " " + page.location());
        }
        Page second = get(SECOND_FACTOR);
        if (second.status() == 302 && second.location().endsWith(SECOND_FACTOR + "/set-up")) {
            enrol(username);
        } else {
            secondFactor(username);
        }
        // Signing in gives a new CSRF token: read it from a page, as a browser would.
        Page account = get("/account");
        if (account.status() != 200) {
            throw new AssertionError("Signed in as " + username + " but the account page says " + account.status());
        }
        if (Totp.noRecoveryCodes(username)) {
            Totp.recoveryCodes(username, codesOn(post("/account/second-factor/recovery-codes", Map.of())));
            get("/account");
        }
        return this;
    }

    /**
     * Signs in with a new account's password and sets up its authenticator app as a person would, from the key
     * written on the page; returns the key (the tests remember it for the account's later sign-ins).
     */
    public String signInAndEnrol(String username, String password) {
        Page page = signIn(username, password);
        if (page.status() != 302 || !page.location().endsWith(SECOND_FACTOR)) {
            throw new AssertionError("Could not sign in as " + username + ": " + page.status() + " " + page.location());
        }
        String key = enrol(username);
        get("/account");
        return key;
    }

    /** The recovery codes shown by the last set-up of an authenticator app in this browser. */
    public List<String> recoveryCodes() {
        return List.copyOf(recoveryCodes);
    }

    private String enrol(String username) {
        Page setUp = get(SECOND_FACTOR + "/set-up");
        Matcher key = MANUAL_KEY.matcher(setUp.body());
        if (!key.find()) {
            throw new AssertionError("No key to set up for " + username + ": " + setUp.status());
        }
        String typed = key.group(1);
        Totp.enrolled(username, typed);
        Page done = post(SECOND_FACTOR + "/set-up", Map.of("code", Totp.freshCodeWaiting(username)));
        recoveryCodes = codesOn(done);
        if (recoveryCodes.size() != 10) {
            throw new AssertionError("Setting up an app for " + username + " gave no recovery codes: " + done.status());
        }
        Totp.recoveryCodes(username, recoveryCodes);
        return typed.replace(" ", "");
    }

    /** The second step: a fresh code of the account's key, or one of its recovery codes when no step is free. */
    private void secondFactor(String username) {
        Optional<String> code = Totp.freshCode(username);
        Optional<String> recovery = code.isPresent() ? Optional.empty() : Totp.recoveryCode(username);
        Page page;
        if (recovery.isPresent()) {
            get(SECOND_FACTOR + "/recovery");
            page = post(SECOND_FACTOR + "/recovery", Map.of("code", recovery.get()));
        } else {
            page = post(SECOND_FACTOR, Map.of("code", code.orElseGet(() -> Totp.freshCodeWaiting(username))));
        }
        if (page.status() != 302) {
            // Another process may have used the step or the codes: wait for a step nobody can have used.
            get(SECOND_FACTOR);
            page = post(SECOND_FACTOR, Map.of("code", Totp.freshCodeWaiting(username)));
        }
        if (page.status() != 302) {
            throw new AssertionError("Second factor refused for " + username + ": " + page.status());
        }
    }

    private static List<String> codesOn(Page page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY_CODE.matcher(page.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** The names of every cookie the service has set in this browser. */
    public Set<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("REASSURE_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private Page send(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<String> response = client.send(
                    request.setHeader(
                                    "Accept",
                                    request.build()
                                            .headers()
                                            .firstValue("Accept")
                                            .orElse("text/html,application/xhtml+xml,*/*;q=0.8"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1).replace("&#45;", "-");
            }
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response);
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
