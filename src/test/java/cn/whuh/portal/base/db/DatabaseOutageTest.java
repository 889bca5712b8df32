package cn.whuh.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.prescreen.Answers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/embedded-database.md#faults: after {@code kill -9} of the embedded mariadbd the API answers 503 problem details
 * with Retry-After (never the sign-in redirect), liveness stays UP, and the portal heals by itself: readiness UP
 * again and the same submission (same Idempotency-Key) stored once. A background job that meets the database down
 * leaves one warning, no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the first restart waits 8 s, so that the requests below surely meet the database down
        properties = "portal.embedded-db.restart-backoff=8s,2s,4s,8s")
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TaskScheduler scheduler;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aKilledDatabaseAnswers503ThenHealsWithoutARestart(CapturedOutput log) throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        String key = UUID.randomUUID().toString();
        long killed = server.pid();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9 of mariadbd
        ProcessHandle.of(killed).ifPresent(process -> process.onExit().join());

        HttpResponse<String> refused = submit(key, "zh");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asString()).isEqualTo("暂时无法使用");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        CompletableFuture<Void> job = new CompletableFuture<>();
        scheduler.schedule(() -> {
            try {
                jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class); // as the outbox's run would
            } finally {
                job.complete(null);
            }
        }, Instant.now());
        job.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> log.getOut().contains("Background job skipped this run, the database cannot be reached"));
        assertThat(log.getOut()).doesNotContain("Unexpected error occurred in scheduled task");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (get("/actuator/health/readiness").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(server.pid()).isNotEqualTo(killed);

        HttpResponse<String> stored = submit(key, "en");
        assertThat(stored.statusCode()).isEqualTo(201);
        HttpResponse<String> replayed = submit(key, "en");
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        String reference = json.readTree(stored.body()).get("reference").asString();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE reference = ?", Integer.class, reference))
                .isEqualTo(1);
    }

    private HttpResponse<String> submit(String key, String language) throws Exception {
        Map<String, Object> body = Map.of("answers", Answers.likelyEligible(),
                "contact", Map.of("full_name", "Li Na", "phone", "13700137000", "preferred_language", "zh"),
                "consent", Map.of("prescreen", true, "future", false));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/studies/NCT06106906/leads"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
