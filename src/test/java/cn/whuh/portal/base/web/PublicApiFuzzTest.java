package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of generated hostile requests against the public API (wrong types, huge and tiny numbers, deep
 * nesting, 1 MB bodies, invalid UTF-8, truncated JSON, odd methods, paths and headers), sent over raw sockets so
 * nothing is cleaned up on the way. Whatever arrives: never a 5xx, never a redirect, always problem details or
 * JSON, and the captured log holds no stack trace and none of the personal data the requests carried. A fixed
 * seed per run (printed) makes a failure repeatable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PublicApiFuzzTest {

    private static final int REQUESTS = 3000;
    /** Personal data the requests carry: none of it may appear in the log. */
    private static final String NAME = "Fuzzname Qiaoyun";
    private static final String PHONE = "13912340987";
    private static final String EMAIL = "fuzz.patient@example.org";
    private static final String[] PATHS = {"/api/studies", "/api/studies/NCT06106906", "/api/studies/NCT00000000",
            "/api/studies/NCT06106906/prescreen", "/api/studies/NCT06106906/prescreen/evaluate",
            "/api/studies/NCT06106906/leads", "/api/studies/NCT06106906/leads/ABCD-1234",
            "/api/studies/NCT06106906/leads/%ff%fe", "/api//studies", "/api/studies;jsessionid=1",
            "/api/studies/NCT06106906/prescreen/evaluate?lang=%ff", "/api/studies?x=%", "/api/../api/studies",
            "/api/studies/%2e%2e/%2e%2e/etc/passwd", "/api/studies/NCT06106906/leads?utm_source=%00", "/api/x",
            "/api/studies/" + "A".repeat(3000)};
    private static final String[] METHODS = {"GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "HEAD", "TRACE", "FOO"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
            "application/json; charset=utf-16", "application/json; charset=nope", "application/*", "*/*", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
            "garbage", "", "application/json;;;", "application/merge-patch+json"};
    private static final String[] ACCEPTS = {"*/*", "application/json", "image/png", "text/html;q=0.9,*/*;q=0.1",
            "application/xml", ";;", "*/*;q=0"};

    @LocalServerPort
    int port;

    record Reply(int status, String head, String body) {
    }

    @Test
    void hostileRequestsNeverGetA5xxARedirectOrAStackTraceAndLeaveNoPersonalDataInTheLog(CapturedOutput log)
            throws Exception {
        long seed = System.nanoTime();
        System.out.println("PublicApiFuzzTest seed " + seed);
        Random random = new Random(seed);
        List<byte[]> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(request(random, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Reply>> replies = new ArrayList<>();
        for (byte[] request : requests) {
            replies.add(pool.submit(() -> send(request)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        int answered = 0;
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i).get();
            if (reply == null) {
                continue; // the server closed a refused connection before its answer could be read
            }
            answered++;
            String what = "seed " + seed + ", request " + i + ":\n"
                    + new String(requests.get(i), 0, Math.min(600, requests.get(i).length), StandardCharsets.UTF_8)
                    + "\n--- answer:\n" + reply.head();
            assertThat(reply.status()).as(what).isBetween(200, 499);
            assertThat(reply.status() / 100).as(what).isNotEqualTo(3);
            assertThat(reply.head().toLowerCase()).as(what).doesNotContain("\nlocation:");
            assertThat(reply.body()).as(what).doesNotContain("Exception").doesNotContain("Tomcat")
                    .doesNotContain("<html");
        }
        assertThat(answered).as("answers read").isGreaterThan(REQUESTS * 9 / 10);
        String out = log.getOut() + log.getErr();
        assertThat(out).doesNotContain("\tat ").doesNotContain("Caused by:").doesNotContain("Servlet.service()")
                .doesNotContain(NAME).doesNotContain("Fuzzname").doesNotContain(PHONE).doesNotContain(EMAIL);
        assertThat(out.lines().filter(l -> l.contains(" ERROR ")).toList()).as("error lines").isEmpty();
    }

    private byte[] request(Random random, int i) {
        String method = METHODS[random.nextInt(METHODS.length)];
        String path = PATHS[random.nextInt(PATHS.length)];
        byte[] body = random.nextInt(6) == 0 ? new byte[0] : body(random);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n")
                .append("X-Forwarded-For: 10.").append(i / 65536 % 256).append('.').append(i / 256 % 256).append('.')
                .append(i % 256).append("\r\n");
        if (random.nextInt(5) > 0) {
            head.append("Content-Type: ").append(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]).append("\r\n");
        }
        if (random.nextBoolean()) {
            head.append("Accept: ").append(ACCEPTS[random.nextInt(ACCEPTS.length)]).append("\r\n");
        }
        switch (random.nextInt(8)) {
            case 0 -> head.append("Accept-Language: ").append("xx-YY;q=0.5,".repeat(random.nextInt(1, 300))).append("\r\n");
            case 1 -> head.append("Accept-Language: ;;q=,zh-CN;q=abc,*\r\n");
            case 2 -> head.append("Idempotency-Key: ").append("k".repeat(random.nextInt(1, 200))).append("\r\n");
            case 3 -> head.append("Idempotency-Key: \u00ff\u00fe bad key\r\n");
            case 4 -> head.append("Cookie: JSESSIONID=").append(Long.toHexString(random.nextLong())).append("\r\n");
            case 5 -> head.append("Origin: https://evil.example\r\nReferer: javascript:alert(1)\r\n");
            case 6 -> head.append("X-Forwarded-Proto: gopher\r\nForwarded: for=\"[::1]\";proto=https\r\n");
            default -> head.append("Accept-Language: zh-CN,zh;q=0.9\r\n");
        }
        boolean chunked = random.nextInt(10) == 0;
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
        } else {
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (chunked) {
            all.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            all.writeBytes(body);
            all.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            all.writeBytes(body);
        }
        return all.toByteArray();
    }

    private byte[] body(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> ("{\"answers\": {\"x\": \"" + "a".repeat(1024 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("[".repeat(random.nextInt(100, 20_000))).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"a\":".repeat(random.nextInt(100, 5_000)) + "1" + "}".repeat(10)).getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '"', '}'};
            case 4 -> ("{\"answers\": {\"age_years\": " + number(random) + ", \"weight\": {\"value\": " + number(random)
                    + ", \"unit\": \"" + pick(random, "KG", "JIN", "LB", "ST", "") + "\"}}}").getBytes(StandardCharsets.UTF_8);
            case 5 -> lead(random).getBytes(StandardCharsets.UTF_8);
            case 6 -> lead(random).substring(0, random.nextInt(1, 60)).getBytes(StandardCharsets.UTF_8);
            case 7 -> ("{\"answers\": " + pick(random, "[]", "null", "1", "\"x\"", "true", "{\"respondent\": [[[]]]}")
                    + ", \"contact\": " + pick(random, "[]", "null", "7", "\"x\"", "{\"full_name\": {\"a\": 1}}")
                    + ", \"consent\": " + pick(random, "[]", "\"yes\"", "{\"prescreen\": \"true\"}", "1") + "}")
                    .getBytes(StandardCharsets.UTF_8);
            case 8 -> randomBytes(random, random.nextInt(1, 4096));
            case 9 -> ("{\"answers\": {\"age_years\": 1" + "0".repeat(random.nextInt(10, 5000)) + "}}")
                    .getBytes(StandardCharsets.UTF_8);
            case 10 -> ("{\"" + "k".repeat(random.nextInt(1, 60_000)) + "\": 1}").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"answers\": {\"sle_diagnosis_month\": \"" + pick(random, "2999-13", "0000-00", "-1-01",
                    "UNSURE", "2021-03\u0000", "\\ud800") + "\", \"conditions\": " + pick(random, "[\"X\"]", "\"NONE\"",
                    "[null]", "[1,2,3]") + "}}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String lead(Random random) {
        return "{\"answers\": {\"respondent\": \"SELF\", \"age_years\": " + number(random) + "}, \"contact\": "
                + "{\"full_name\": " + pick(random, "\"" + NAME + "\"", "\"" + NAME + "\\u202e\"", "\"" + NAME + "\\u0000\"",
                        "\"" + NAME + "\\ud800\"", "12345", "[\"" + NAME + "\"]")
                + ", \"phone\": " + pick(random, "\"" + PHONE + "\"", PHONE, "\"+" + PHONE + "\"", "{\"n\": \"" + PHONE + "\"}")
                + ", \"email\": " + pick(random, "\"" + EMAIL + "\"", "\"" + EMAIL + "\\n" + EMAIL + "\"", "true")
                + ", \"preferred_language\": " + pick(random, "\"zh\"", "\"xx\"", "0") + "}, \"consent\": "
                + "{\"prescreen\": " + pick(random, "true", "\"true\"", "1", "null") + ", \"future\": false}}";
    }

    private static String number(Random random) {
        return pick(random, "1e308", "-1e308", "1e-6", "0", "-0", "34", "34.5", "1e999999999", "9".repeat(400),
                "NaN", "Infinity", "0x10", "\"34\"", "[34]", "1.7976931348623157E309", "-9223372036854775809");
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private Reply send(byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered (413) and closed before the whole body was sent: read what it said
            }
            byte[] all = readAll(socket.getInputStream());
            String text = new String(all, StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                return null;
            }
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : text.substring(split + 4));
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // connection reset after the answer
        }
        return all.toByteArray();
    }
}
