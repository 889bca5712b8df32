package cn.whuh.portal.notify.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for Alibaba Cloud SMS on a loopback port that tests stop and start: it answers {@code SendSms}
 * (Dysmsapi 2017-05-25, RPC style) as the provider documents it, after checking the request's V3 signature
 * (ACS3-HMAC-SHA256: canonical request of method, path, sorted percent-encoded query, the signed headers and the
 * SHA-256 of the body, signed with HMAC-SHA256 under the test secret). A wrong signature gets the gateway's 400
 * {@code SignatureDoesNotMatch}. Replies can be scripted per phone number: success, the provider's rate limit
 * ({@code isv.BUSINESS_LIMIT_CONTROL}), a template error ({@code isv.SMS_TEMPLATE_ILLEGAL}, echoing the number as
 * some provider messages do) or a 503 outage.
 */
public final class AliyunSmsServer {

    public static final String KEY_ID = "LTAI5tPortalTestKey";
    public static final String KEY_SECRET = "portal-test-secret-0123456789";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the server answers one request. */
    public enum Reply { OK, THROTTLED, TEMPLATE_ILLEGAL, UNAVAILABLE }

    /** One request the server took (answered OK): what the provider would send. */
    public record Accepted(String phoneNumbers, String signName, String templateCode, Map<String, String> parameters,
            String outId) {
    }

    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** The address for {@code PORTAL_SMS_ENDPOINT}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The next requests for this number (national, e.g. 139…) get these replies, then OK. */
    public void script(String phoneNumber, Reply... replies) {
        scripts.computeIfAbsent(phoneNumber, key -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    /** What was accepted for this number (national), in order. */
    public List<Accepted> accepted(String phoneNumber) {
        return accepted.stream().filter(a -> a.phoneNumbers().equals(phoneNumber)).toList();
    }

    /** The gateway's codes of the requests refused before any SMS logic (signature, action). */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String problem = checkSignature(exchange, query, body);
            if (problem == null && !"SendSms".equals(exchange.getRequestHeaders().getFirst("x-acs-action"))) {
                problem = "InvalidAction.NotFound";
            }
            if (problem != null) {
                refused.add(problem);
                answer(exchange, 400, problem, "Specified signature does not match our calculation.");
                return;
            }
            String phone = query.get("PhoneNumbers");
            Deque<Reply> script = scripts.get(phone);
            Reply reply = script == null || script.isEmpty() ? Reply.OK : script.poll();
            switch (reply) {
                case OK -> {
                    accepted.add(new Accepted(phone, query.get("SignName"), query.get("TemplateCode"),
                            JSON.readValue(query.get("TemplateParam"), new TypeReference<Map<String, String>>() { }),
                            query.get("OutId")));
                    answer(exchange, 200, "OK", "OK");
                }
                case THROTTLED -> answer(exchange, 200, "isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控Permits:10");
                case TEMPLATE_ILLEGAL -> answer(exchange, 200, "isv.SMS_TEMPLATE_ILLEGAL",
                        "该账号下找不到对应模板 " + query.get("TemplateCode") + "，号码 " + phone);
                case UNAVAILABLE -> answer(exchange, 503, "ServiceUnavailable",
                        "The request has failed due to a temporary failure of the server.");
            }
        }
    }

    /** Null when the V3 signature is right; otherwise the gateway's error code. */
    private static String checkSignature(HttpExchange exchange, Map<String, String> query, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher parts = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (parts == null || !parts.matches()) {
            return "IncompleteSignature";
        }
        if (!KEY_ID.equals(parts.group(1))) {
            return "InvalidAccessKeyId.NotFound";
        }
        String hashedPayload = hex(sha256(body));
        if (!hashedPayload.equals(exchange.getRequestHeaders().getFirst("x-acs-content-sha256"))) {
            return "SignatureDoesNotMatch";
        }
        List<String> signed = List.of(parts.group(2).split(";"));
        if (!signed.containsAll(List.of("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-version"))) {
            return "IncompleteSignature";
        }
        StringBuilder headers = new StringBuilder();
        for (String name : signed) {
            String value = exchange.getRequestHeaders().getFirst(name);
            headers.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(query).forEach((key, value) -> pairs.add(encode(key) + "=" + encode(value)));
        String canonical = exchange.getRequestMethod() + "\n" + exchange.getRequestURI().getRawPath() + "\n"
                + String.join("&", pairs) + "\n" + headers + "\n" + parts.group(2) + "\n" + hashedPayload;
        String stringToSign = "ACS3-HMAC-SHA256\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        return hex(hmac(stringToSign)).equals(parts.group(3)) ? null : "SignatureDoesNotMatch";
    }

    private static void answer(HttpExchange exchange, int status, String code, String message) throws IOException {
        Map<String, String> reply = new TreeMap<>(Map.of("Code", code, "Message", message,
                "RequestId", UUID.randomUUID().toString().toUpperCase()));
        if ("OK".equals(code)) {
            reply.put("BizId", System.nanoTime() + "^0");
        }
        byte[] json = JSON.writeValueAsBytes(reply);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new TreeMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /** RFC 3986 percent-encoding, as the signature method defines it. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
