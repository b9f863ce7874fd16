package org.reassure.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reassure.testing.Browser;

/** Creates a personal API token the way a person does: on their account page. */
final class TokenHelper {

    private final int port;

    TokenHelper(int port) {
        this.port = port;
    }

    String tokenFor(String username) {
        Browser browser = new Browser(port).signedInAs(username);
        browser.get("/account");
        String body =
                browser.post("/account/tokens", Map.of("label", "Test token")).body();
        Matcher matcher =
                Pattern.compile("id=\"issued-token\">(rsr_[A-Za-z0-9_-]+)<").matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No token shown on the account page");
        }
        return matcher.group(1);
    }
}
