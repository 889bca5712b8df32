package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HTTP edge (issue 15 item 6): every API error is problem details and never a redirect to the sign-in page,
 * bad requests are 4xx with one log line and no stack trace, any Accept-Language is read, odd path spellings
 * answer without redirect, the session id never shows in an address. Raw sockets where the JDK's client would
 * refuse to send what an attacker sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiEdgeTest {

    private static final String STUDY = "/api/studies/NCT06106906";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** A raw HTTP/1.1 exchange: the status line, headers and body as text. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    Raw raw(String method, String target, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            byte[] all = readAll(socket.getInputStream());
            String text = new String(all, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? text : text.substring(0, split);
            String responseBody = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            return new Raw(status, responseHead, responseBody);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // the server closed after answering a refused body: what arrived is the answer
        }
        return all.toByteArray();
    }

    Raw raw(String method, String target, String headers) throws IOException {
        return raw(method, target, headers, null);
    }

    static void assertProblem(Raw reply, int status) {
        assertThat(reply.status()).as(reply.head()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.head()).startsWith("application/problem+json");
        assertThat(reply.header("Location")).as(reply.head()).isNull();
        assertThat(reply.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("Tomcat");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblemDetails(CapturedOutput log) throws Exception {
        assertProblem(raw("GET", "/api/nothing-here", ""), 404);
        assertProblem(raw("GET", "/api", ""), 404);
        Raw wrongMethod = raw("PUT", STUDY + "/leads", "Content-Type: application/json\r\n", "{}".getBytes());
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("POST");
        assertProblem(raw("GET", STUDY + "/prescreen/evaluate", ""), 405);
        assertProblem(raw("DELETE", STUDY, ""), 405);
        assertProblem(raw("GET", STUDY, "Accept: image/png\r\n"), 406);
        for (String type : new String[] {"application/*", "*/*", "text/plain", "garbage", "application/json; charset=x"}) {
            assertProblem(raw("POST", STUDY + "/prescreen/evaluate", "Content-Type: " + type + "\r\n",
                    "{}".getBytes()), 415);
        }
        assertThat(log.getOut()).doesNotContain("\tat ").doesNotContain("IllegalArgumentException");
    }

    @Test
    void malformedBodiesAndQueriesAre400WithOneLogLine(CapturedOutput log) throws Exception {
        long before = log.getOut().lines().count();
        assertProblem(raw("POST", STUDY + "/prescreen/evaluate", "Content-Type: application/json\r\n",
                "{\"answers\": {".getBytes()), 400);
        // the server logs after answering: wait for the line, then make sure no more follow
        await().atMost(Duration.ofSeconds(5)).until(() -> log.getOut().lines().count() > before);
        Thread.sleep(300);
        List<String> lines = log.getOut().lines().skip(before).toList();
        assertThat(lines).as("one line for a bad request").hasSize(1);
        assertThat(lines.getFirst()).contains("API 400 POST /api/studies/{nctId}/prescreen/evaluate");
        assertProblem(raw("POST", STUDY + "/prescreen/evaluate", "Content-Type: application/json\r\n",
                new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'}), 400);
        assertProblem(raw("GET", "/api/studies?lang=%ff", ""), 400);
        assertProblem(raw("GET", "/api/studies?x=%zz", ""), 400);
        assertProblem(raw("GET", "/api/studies/%ff", ""), 400);
        assertProblem(raw("GET", "/api/studies/NCT%0006106906", ""), 400);
        assertThat(log.getOut()).doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void bodiesOver64KbAre413BeforeParsing() throws Exception {
        byte[] big = ("{\"answers\": {\"x\": \"" + "a".repeat(70 * 1024) + "\"}}").getBytes();
        assertProblem(raw("POST", STUDY + "/prescreen/evaluate", "Content-Type: application/json\r\n", big), 413);
        assertProblem(raw("POST", STUDY + "/leads", "Content-Type: application/json\r\n", big), 413);
        // without a Content-Length: counted while read
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + STUDY
                + "/prescreen/evaluate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void anyAcceptLanguageIsReadOnEveryPage(CapturedOutput log) throws Exception {
        String twenty = IntStream.range(0, 20).mapToObj(i -> "x" + i + "-Y" + i + ";q=0." + (9 - i % 9))
                .collect(Collectors.joining(", "));
        String chrome = "de-DE,de;q=0.9,fr-FR;q=0.8,fr;q=0.7,it-IT;q=0.6,it;q=0.5,es-ES;q=0.4,es;q=0.3,"
                + "ja-JP;q=0.2,ja;q=0.2,ko-KR;q=0.1,ko;q=0.1,zh-CN;q=0.1";
        for (String header : new String[] {twenty, chrome, "garbage;;;q=x,,,", "*", "zh-CN;q=abc", "中文",
                "en;q=0.5,".repeat(200)}) {
            for (String path : new String[] {"/", "/actuator/health", "/api/studies", "/prescreen", "/login"}) {
                Raw reply = raw("GET", path, "Accept-Language: " + header + "\r\n");
                assertThat(reply.status()).as(path + " with " + header).isEqualTo(200);
            }
        }
        Raw chinese = raw("GET", "/api/studies", "Accept-Language: " + twenty + ", zh-CN;q=0.05\r\n");
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(log.getOut()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void oddPathSpellingsAnswerWithoutRedirect() throws Exception {
        for (String path : new String[] {"/api/studies;jsessionid=ABC", "//api/studies", "/api//studies",
                "/api/studies/;jsessionid=ABC", STUDY + ";jsessionid=1234/prescreen"}) {
            Raw reply = raw("GET", path, "");
            assertThat(reply.status()).as(path).isBetween(200, 499);
            assertThat(reply.header("Location")).as(path).isNull();
            assertThat(reply.header("Content-Type")).as(path).contains("json");
        }
        for (String path : new String[] {"/;jsessionid=ABC", "//", "//login", "/login;jsessionid=ABC"}) {
            Raw reply = raw("GET", path, "");
            assertThat(reply.status()).as(path).isBetween(200, 499);
            assertThat(reply.header("Location")).as(path).isNull();
        }
        Raw evaluate = raw("POST", "/api/studies//NCT06106906/prescreen/evaluate;jsessionid=1",
                "Content-Type: application/json\r\n", "{}".getBytes());
        assertThat(evaluate.header("Location")).isNull();
        assertThat(evaluate.status()).isBetween(400, 499);
    }

    @Test
    void theSessionIdNeverShowsInAnAddress() throws Exception {
        Raw staff = raw("GET", "/staff", "");
        assertThat(staff.status()).isEqualTo(302);
        assertThat(staff.header("Location")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        Raw page = raw("GET", "/login", "");
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid=");
        assertThat(page.header("Set-Cookie")).startsWith("JSESSIONID=").contains("HttpOnly");
    }
}
