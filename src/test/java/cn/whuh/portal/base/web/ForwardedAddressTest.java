package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without PORTAL_TRUSTED_PROXIES (the default) X-Forwarded-For and X-Forwarded-Proto are ignored, even from
 * loopback: a client rotating the header is still one client for the rate limit, and a claimed https is not TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.trusted-proxies=")
class ForwardedAddressTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theForwardedHeadersAreIgnoredFromAnUnconfiguredPeer() throws Exception {
        int limited = 0;
        for (int i = 0; i < 320; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/studies/NCT06106906/prescreen/evaluate")).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10.0." + (i / 250) + "." + (i % 250 + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            limited += response.statusCode() == 429 ? 1 : 0;
        }
        assertThat(limited).as("300 evaluations a minute per client, the header notwithstanding").isEqualTo(20);
        HttpResponse<String> claimed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(claimed.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("Secure");
    }
}
