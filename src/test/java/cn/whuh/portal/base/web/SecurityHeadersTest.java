package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.staff.StaffHttp;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers on every response: Vaadin pages, the API, static files, errors, redirects; no-store where a
 * signed-in person or the staff pages are concerned; HSTS and a Secure session cookie only over TLS (here:
 * forwarded by the trusted loopback proxy of the test profile); foreign origins cannot post the sign-in form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/prescreen", "/login", "/privacy", "/styles/portal.css", "/api/studies",
                "/api/nothing", "/no-such-page", "/staff", "/staff/leads", "/actuator/health", "/my/not-a-token",
                "/api/studies/%ff"}) {
            HttpResponse<String> response = get(path);
            assertThat(header(response, "Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CSP)
                    .contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Permissions-Policy")).as(path).contains("camera=()").contains("geolocation=()");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo(
                    path.startsWith("/my/") ? "no-referrer" : "strict-origin-when-cross-origin");
            assertThat(header(response, "Strict-Transport-Security")).as(path + " over plain HTTP").isNull();
            assertThat(header(response, "Server")).as(path).isNull();
            assertThat(response.body()).as(path).doesNotContain("Tomcat").doesNotContain("Apache");
        }
        for (String staffPage : new String[] {"/staff", "/staff/leads", "/login"}) {
            assertThat(header(get(staffPage), "Cache-Control")).as(staffPage).contains("no-store");
        }
    }

    @Test
    void signedInStaffPagesAreNeverStored() {
        String name = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp staff = new StaffHttp(port, "10.9.8.7");
        assertThat(StaffHttp.location(staff.login(name, TestStaff.PASSWORD))).endsWith("/staff");
        HttpResponse<String> page = staff.get("/staff");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
        assertThat(header(staff.get("/"), "Cache-Control")).as("any page of a signed-in session").contains("no-store");
    }

    @Test
    void overTlsThroughTheTrustedProxyHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> secure = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "10.1.2.3");
        assertThat(header(secure, "Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
        assertThat(header(secure, "Set-Cookie")).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly");
        HttpResponse<String> plain = get("/login");
        assertThat(header(plain, "Strict-Transport-Security")).isNull();
        assertThat(header(plain, "Set-Cookie")).startsWith("JSESSIONID=").doesNotContain("Secure");
    }

    @Test
    void theSignInFormRefusesAForeignOrigin() throws Exception {
        String name = TestStaff.create(users, StaffRole.RECRUITER);
        for (Map.Entry<String, String> attack : Map.of("Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site").entrySet()) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/login")).header("X-Forwarded-For", "10.7.7.7").GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/login")).header("X-Forwarded-For", "10.7.7.7").header(attack.getKey(), attack.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + TestStaff.PASSWORD
                            + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(attack.toString()).isEqualTo(403);
            assertThat(header(posted, "Location")).as(attack.toString()).isNull();
        }
        // the portal's own origin signs in
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", "10.7.7.8").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> own = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", "10.7.7.8").header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + TestStaff.PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(header(own, "Location")).endsWith("/staff");
    }
}
