package cn.whuh.portal.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.FunnelCounter;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.staff.StaffHttp;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.triage.LeadWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lead API of docs/api.md over HTTP, each test from its own client address (X-Forwarded-For). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LeadApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FunnelCounter funnel;
    @Autowired
    StaffUsers users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;
    @Autowired
    LeadWork work;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, HttpResponse<String> response, JsonNode body) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    static Map<String, Object> body(Map<String, Object> answers, boolean prescreen, boolean future) {
        return Map.of("answers", answers,
                "contact", Map.of("full_name", "Wang Fang", "phone", "13800138000", "email", "wf@example.com",
                        "preferred_language", "zh", "preferred_contact_time", "after 6 pm"),
                "consent", Map.of("prescreen", prescreen, "future", future));
    }

    Reply post(String path, Object body, String idempotencyKey, String language, String fromClient) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("X-Forwarded-For", fromClient)
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Reply get(String path, String language) throws Exception {
        return reply(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    Reply reply(HttpResponse<String> response) {
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
        JsonNode node = isJson ? json.readTree(response.body()) : null;
        return new Reply(response.statusCode(), response, node);
    }

    Reply submit(Object body, String key, String language) throws Exception {
        return post("/api/studies/NCT06106906/leads", body, key, language, uniqueClient());
    }

    static String uniqueClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    int leadCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class);
    }

    @Test
    void qualifiedLeadGets201WithReferenceAndLocationAndReplayCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Reply created = submit(body(Answers.likelyEligible(), true, false), key, "en");
        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asString();
        assertThat(reference).matches("LP-[2-9A-HJ-NP-Z]{5}");
        assertThat(created.body().get("outcome").asString()).isEqualTo("LIKELY_ELIGIBLE");
        assertThat(created.header("Location")).endsWith("/api/studies/NCT06106906/leads/" + reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_consent c JOIN leads l ON l.id = c.lead_id"
                + " WHERE l.reference = ?", Integer.class, reference)).isEqualTo(2);

        int after = leadCount();
        Reply replay = submit(body(Answers.likelyEligible(), true, false), key, "en");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body().get("reference").asString()).isEqualTo(reference);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(leadCount()).isEqualTo(after);
    }

    @Test
    void invalidInputGives400WithOneEntryPerFieldTranslated() throws Exception {
        Map<String, Object> answers = Answers.likelyEligible();
        answers.remove("age_years");
        Map<String, Object> bad = Map.of("answers", answers,
                "contact", Map.of("full_name", "", "phone", "12345", "email", "x@", "nickname", "x"),
                "consent", Map.of("prescreen", true));
        int before = leadCount();
        Reply reply = submit(bad, null, "zh-CN");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("errors").findValuesAsString("field")).containsExactly("contact.nickname");

        Map<String, Object> wellFormed = Map.of("answers", answers,
                "contact", Map.of("full_name", "", "phone", "12345", "email", "x@"),
                "consent", Map.of("prescreen", true));
        reply = submit(wellFormed, null, "zh-CN");
        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = reply.body().get("errors").findValuesAsString("field");
        assertThat(fields).contains("age_years", "contact.full_name", "contact.phone", "contact.email")
                .doesNotHaveDuplicates();
        assertThat(reply.body().toString()).contains("请填写您的姓名");
        assertThat(submit("{not json", null, "en").status()).isEqualTo(400);
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void unknownStudyGives404() throws Exception {
        Reply reply = post("/api/studies/NCT00000000/leads", body(Answers.likelyEligible(), true, false), null, "en",
                uniqueClient());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void notEligibleWithoutFutureConsentGives422AndStoresNothing() throws Exception {
        int before = leadCount();
        Reply reply = submit(body(Answers.notEligible(), true, false), UUID.randomUUID().toString(), "en");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("errors").findValuesAsString("field")).containsExactly("consent.future");
        assertThat(reply.body().get("errors").get(0).get("message").asString()).contains("future studies");
        assertThat(submit(body(Answers.likelyEligible(), false, false), null, "en").status()).isEqualTo(422);
        assertThat(leadCount()).isEqualTo(before);

        Reply stored = submit(body(Answers.notEligible(), true, true), null, "en");
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void tooManySubmissionsFromOneClientGive429WithRetryAfter() throws Exception {
        String me = uniqueClient();
        for (int i = 0; i < 20; i++) {
            assertThat(post("/api/studies/NCT06106906/leads", "{}", null, "en", me).status()).isEqualTo(400);
        }
        Reply limited = post("/api/studies/NCT06106906/leads", body(Answers.likelyEligible(), true, false), null, "zh",
                me);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(limited.body().get("detail").asString()).contains("请求过多");
        // Another client is not affected.
        assertThat(submit(body(Answers.likelyEligible(), true, false), null, "en").status()).isEqualTo(201);
    }

    @Test
    void evaluateIsLimitedTo300PerMinutePerClient() throws Exception {
        String me = uniqueClient();
        for (int i = 0; i < 300; i++) {
            assertThat(post("/api/studies/NCT00000000/prescreen/evaluate", "{}", null, "en", me).status())
                    .isNotEqualTo(429);
        }
        Reply limited = post("/api/studies/NCT00000000/prescreen/evaluate", "{}", null, "en", me);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    @Test
    void noNamePhoneEmailOrAnswerReachesTheLog(CapturedOutput output) throws Exception {
        Map<String, Object> answers = Answers.likelyEligible();
        answers.put("age_years", 43);
        Map<String, Object> contact = Map.of("full_name", "Zhao Xiaoyun", "phone", "13912398765",
                "email", "zhao.xiaoyun@example.com", "wechat_id", "zhaoxy_1983");
        assertThat(submit(Map.of("answers", answers, "contact", contact, "consent", Map.of("prescreen", true)),
                null, "en").status()).isEqualTo(201);
        assertThat(submit(Map.of("answers", answers, "contact", Map.of("full_name", "Zhao Xiaoyun", "phone", "139x"),
                "consent", Map.of("prescreen", true)), null, "en").status()).isEqualTo(400);
        assertThat(output.getAll()).contains("stored for NCT06106906")
                .doesNotContain("Zhao", "13912398765", "zhao.xiaoyun", "zhaoxy_1983", "139x", "\"age_years\":43");
    }

    @Test
    void apiLeadsAreLabelledWithTheClientsUtmSourceElseApi() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long miniprogramBefore = leadsInFunnel(today, "wechat-miniprogram");
        long apiBefore = leadsInFunnel(today, "api");
        Reply labelled = post("/api/studies/NCT06106906/leads?utm_source=wechat-miniprogram&utm_campaign=spring",
                body(Answers.likelyEligible(), true, false), null, "en", uniqueClient());
        Reply plain = submit(body(Answers.likelyEligible(), true, false), null, "en");
        assertThat(labelled.status()).isEqualTo(201);
        assertThat(plain.status()).isEqualTo(201);

        assertThat(storedSource(labelled)).containsEntry("utm_source", "wechat-miniprogram")
                .containsEntry("utm_medium", "api").containsEntry("utm_campaign", "spring");
        assertThat(storedSource(plain)).containsEntry("utm_source", "api").containsEntry("utm_medium", "api")
                .containsEntry("utm_campaign", null).containsEntry("referrer", null);
        assertThat(leadsInFunnel(today, "wechat-miniprogram")).isEqualTo(miniprogramBefore + 1);
        assertThat(leadsInFunnel(today, "api")).isEqualTo(apiBefore + 1);
    }

    Map<String, Object> storedSource(Reply created) {
        return jdbc.queryForMap("SELECT utm_source, utm_medium, utm_campaign, referrer FROM leads WHERE reference = ?",
                created.body().get("reference").asString());
    }

    long leadsInFunnel(LocalDate day, String source) {
        return funnel.counts(day, day).stream()
                .filter(c -> c.step() == FunnelCounter.Step.LEAD_SUBMITTED && c.source().equals(source))
                .mapToLong(FunnelCounter.Count::count).sum();
    }

    @Test
    void theSameSubmissionWithItsJsonKeysInAnotherOrderIsAReplay() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(Answers.likelyEligible(), true, false);
        Reply first = submit(json.writeValueAsString(body), key, "en");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        String reference = first.body().get("reference").asString();
        assertThat(jdbc.queryForObject("SELECT idempotency_fingerprint FROM leads WHERE reference = ?", String.class,
                reference)).matches("[0-9a-f]{64}");

        assertThat(json.writeValueAsString(reversed(body))).isNotEqualTo(json.writeValueAsString(body));
        String reordered = json.writerWithDefaultPrettyPrinter().writeValueAsString(reversed(body));
        int after = leadCount();
        Reply again = submit(reordered, key, "en");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().get("reference").asString()).isEqualTo(reference);
        assertThat(leadCount()).isEqualTo(after);
    }

    /** The map with its keys in reverse order, at every level. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> reversed(Map<String, Object> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        Map<String, Object> reversed = new LinkedHashMap<>();
        for (String key : keys.reversed()) {
            Object value = map.get(key);
            reversed.put(key, value instanceof Map<?, ?> nested ? reversed((Map<String, Object>) nested) : value);
        }
        return reversed;
    }

    @Test
    void theSameKeyWithADifferentSubmissionGives422AndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        Reply first = submit(body(Answers.likelyEligible(), true, false), key, "en");
        assertThat(first.status()).isEqualTo(201);
        int after = leadCount();

        Map<String, Object> otherAnswers = Answers.likelyEligible();
        otherAnswers.put("age_years", 35);
        Reply otherAge = submit(body(otherAnswers, true, false), key, "en");
        assertThat(otherAge.status()).isEqualTo(422);
        assertThat(otherAge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherAge.body().get("detail").asString())
                .isEqualTo("Nothing was stored: this Idempotency-Key was already used for a different submission.");
        assertThat(otherAge.body().get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
        assertThat(otherAge.header("Idempotent-Replayed")).isNull();

        Reply otherConsent = submit(body(Answers.likelyEligible(), true, true), key, "zh-CN");
        assertThat(otherConsent.status()).isEqualTo(422);
        assertThat(otherConsent.body().get("detail").asString()).contains("已用于另一份不同的提交");
        assertThat(leadCount()).isEqualTo(after);

        Reply same = submit(body(Answers.likelyEligible(), true, false), key, "en");
        assertThat(same.status()).isEqualTo(201);
        assertThat(same.body().get("reference").asString()).isEqualTo(first.body().get("reference").asString());
    }

    @Test
    void aLeadStoredWithoutFingerprintReplaysForItsKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = submit(body(Answers.likelyEligible(), true, false), key, "en").body().get("reference")
                .asString();
        jdbc.update("UPDATE leads SET idempotency_fingerprint = NULL WHERE reference = ?", reference);
        int after = leadCount();
        Reply again = submit(body(Answers.needsReview(), true, true), key, "en");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("reference").asString()).isEqualTo(reference);
        assertThat(leadCount()).isEqualTo(after);
    }

    @Test
    void theLocationShowsSignedInStaffWhereTheLeadStandsAndNothingPersonal() throws Exception {
        Reply created = submit(body(Answers.likelyEligible(), true, false), null, "en");
        String reference = created.body().get("reference").asString();
        String location = URI.create(created.header("Location")).getPath();

        Reply anonymous = get(location, "zh");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.body().get("detail").asString()).contains("请先登录");
        assertThat(anonymous.body().has("outcome")).isFalse();
        assertThat(anonymous.response().body()).doesNotContain("LIKELY_ELIGIBLE", "NEW");

        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp staff = new StaffHttp(port, uniqueClient());
        staff.login(recruiter, TestStaff.PASSWORD);
        HttpResponse<String> seen = staff.get(location);
        assertThat(seen.statusCode()).isEqualTo(200);
        JsonNode lead = json.readTree(seen.body());
        assertThat(lead.propertyNames()).containsExactlyInAnyOrder("reference", "outcome", "status", "received_at",
                "recheck_from");
        assertThat(lead.get("recheck_from").isNull()).isTrue();
        assertThat(lead.get("reference").asString()).isEqualTo(reference);
        assertThat(lead.get("outcome").asString()).isEqualTo("LIKELY_ELIGIBLE");
        assertThat(lead.get("status").asString()).isEqualTo("NEW");
        assertThat(Duration.between(Instant.parse(lead.get("received_at").asString()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(seen.body()).doesNotContain("Wang", "13800138000", "wf@example.com", "age_years");

        List<AuditEvent> views = auditLog.byAction("LEAD_VIEWED").stream()
                .filter(e -> reference.equals(e.getLeadReference())).toList();
        assertThat(views).singleElement().satisfies(view -> {
            assertThat(view.getActor()).isEqualTo(recruiter);
            assertThat(view.getDetail()).isEqualTo("api");
        });

        HttpResponse<String> unknown = staff.get("/api/studies/NCT06106906/leads/LP-ZZZZZ9");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("There is no lead with this reference for this study.");
        assertThat(staff.get("/api/studies/NCT00000000/leads/" + reference).statusCode()).isEqualTo(404);
    }

    @Test
    void aLeadDiagnosedThreeMonthsAgoMayQualifyFromTheEndOfThatMonthPlus24Weeks() throws Exception {
        YearMonth diagnosed = YearMonth.now(ClockConfig.SITE_ZONE).minusMonths(3);
        LocalDate from = diagnosed.atEndOfMonth().plusWeeks(24);
        Map<String, Object> answers = Answers.likelyEligible();
        answers.put("sle_diagnosis_month", diagnosed.toString());
        Reply created = submit(body(answers, true, true), null, "zh");
        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asString();

        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp staff = new StaffHttp(port, uniqueClient());
        staff.login(recruiter, TestStaff.PASSWORD);
        JsonNode lead = json.readTree(staff.get(URI.create(created.header("Location")).getPath()).body());
        assertThat(lead.get("recheck_from").asString()).isEqualTo(from.toString());
        assertThat(TestStaff.as(recruiter, StaffRole.RECRUITER, () -> work.open(reference).suggestedRecontact()))
                .as("the lead page's re-contact date").isEqualTo(from);
    }
}
