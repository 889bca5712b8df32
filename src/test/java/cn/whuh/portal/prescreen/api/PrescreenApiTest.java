package cn.whuh.portal.prescreen.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.prescreen.Answers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public questionnaire API over real HTTP, as a partner site would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PrescreenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/studies/NCT06106906/prescreen";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return items(array).filter(n -> n.get(field).asString().equals(value)).findFirst().orElseThrow();
    }

    /** Answers that all pass ({@link Answers#likelyEligible()}), the optional SLEDAI score left out. */
    private static Map<String, Object> eligibleAnswers() {
        Map<String, Object> answers = Answers.likelyEligible();
        answers.remove("sledai_score");
        return answers;
    }

    private static String body(Map<String, Object> answers) {
        return JSON.writeValueAsString(Map.of("answers", answers));
    }

    @Test
    void questionnaireListsQuestionsWithConditionsAndCriteriaWithProtocolText() throws Exception {
        HttpResponse<String> response = get(BASE, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("version").asString()).isNotBlank();
        JsonNode sex = find(body.get("questions"), "key", "sex");
        assertThat(sex.get("type").asString()).isEqualTo("CHOICE");
        assertThat(sex.get("required").asBoolean()).isTrue();
        assertThat(sex.get("label").asString()).isEqualTo("Sex");
        assertThat(items(sex.get("options")).map(o -> o.get("key").asString() + "=" + o.get("label").asString()))
                .containsExactly("FEMALE=Female", "MALE=Male");
        assertThat(sex.has("shownWhen")).isTrue();
        assertThat(sex.get("shownWhen").isNull()).isTrue();
        JsonNode pregnant = find(body.get("questions"), "key", "pregnant_or_breastfeeding");
        assertThat(pregnant.get("type").asString()).isEqualTo("YES_NO_UNSURE");
        assertThat(JSON.writeValueAsString(pregnant.get("shownWhen"))).isEqualTo("{\"key\":\"sex\",\"equals\":\"FEMALE\"}");
        assertThat(find(body.get("questions"), "key", "sledai_score").get("required").asBoolean()).isFalse();
        assertThat(items(find(body.get("questions"), "key", "weight").get("units")).map(u -> u.get("key").asString()))
                .containsExactly("KG", "JIN", "LB");

        List<String> ids = items(body.get("criteria")).map(c -> c.get("id").asString()).toList();
        assertThat(ids).containsExactlyElementsOf(Stream.concat(IntStream.rangeClosed(1, 7).mapToObj(i -> "I" + i),
                IntStream.rangeClosed(1, 33).mapToObj(i -> "E" + i)).toList());
        JsonNode i2 = find(body.get("criteria"), "id", "I2");
        assertThat(i2.get("text").asString()).startsWith("Age range from 18 to 70");
        assertThat(items(i2.get("askedBy")).map(JsonNode::asString)).containsExactly("age_years");
        assertThat(i2.has("checkedBy")).isFalse();
        JsonNode e3 = find(body.get("criteria"), "id", "E3");
        assertThat(e3.get("text").asString()).startsWith("Suicidal ideation");
        assertThat(e3.get("askedBy").isEmpty()).isTrue();
        assertThat(e3.get("checkedBy").asString()).isEqualTo("STAFF");
    }

    @Test
    void questionnaireSpeaksChineseWhenAsked() throws Exception {
        JsonNode body = json(get(BASE, "zh-CN,zh;q=0.9,en;q=0.5"));

        assertThat(find(body.get("questions"), "key", "sex").get("label").asString()).isEqualTo("性别");
        assertThat(items(find(body.get("questions"), "key", "can_attend_visits").get("options"))
                .map(o -> o.get("label").asString())).containsExactly("是", "否", "我不确定");
        assertThat(items(find(body.get("questions"), "key", "willing_contraception").get("options"))
                .map(o -> o.get("key").asString() + "=" + o.get("label").asString()))
                .containsExactly("YES=是", "NO=否", "UNSURE=我不确定", "NOT_APPLICABLE=我不需要：已绝经、已绝育或无生育可能");
        assertThat(find(body.get("criteria"), "id", "I3").get("text").asString()).contains("40");
        assertThat(find(body.get("questions"), "key", "prior_bcell_therapy").get("label").asString())
                .contains("利妥昔单抗（美罗华）", "泰它西普（泰爱）");
    }

    @Test
    void unknownStudyIsNotFound() throws Exception {
        HttpResponse<String> questionnaire = get("/api/studies/NCT00000000/prescreen", null);
        HttpResponse<String> evaluate = post("/api/studies/NCT00000000/prescreen/evaluate", body(eligibleAnswers()), null);

        for (HttpResponse<String> response : List.of(questionnaire, evaluate)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void evaluateGivesTheOutcomeAndEveryCriterionOnce() throws Exception {
        Map<String, Object> answers = eligibleAnswers();
        answers.put("recent_events_4w", List.of("LIVE_VACCINE"));

        HttpResponse<String> response = post(BASE + "/evaluate", body(answers), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("outcome").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(body.get("criteria")).hasSize(40);
        assertThat(items(body.get("criteria")).map(c -> c.get("id").asString()).distinct()).hasSize(40);
        JsonNode e19 = find(body.get("criteria"), "id", "E19");
        assertThat(e19.get("status").asString()).isEqualTo("REVIEW");
        assertThat(e19.get("reason").asString()).contains("live vaccine");
        LocalDate today = LocalDate.parse(body.get("today").asString());
        assertThat(e19.get("recheck_from").asString()).isEqualTo(today.plusWeeks(4).toString());
        JsonNode i2 = find(body.get("criteria"), "id", "I2");
        assertThat(i2.get("status").asString()).isEqualTo("PASS");
        assertThat(i2.has("recheck_from")).isTrue();
        assertThat(i2.get("recheck_from").isNull()).isTrue();
        assertThat(find(body.get("criteria"), "id", "E3").get("status").asString()).isEqualTo("STAFF");
    }

    @Test
    void evaluateRulesOutKindlyInChinese() throws Exception {
        Map<String, Object> answers = eligibleAnswers();
        answers.put("weight", Map.of("value", 70, "unit", "JIN"));

        JsonNode body = json(post(BASE + "/evaluate", body(answers), "zh"));

        assertThat(body.get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        JsonNode i3 = find(body.get("criteria"), "id", "I3");
        assertThat(i3.get("status").asString()).isEqualTo("FAIL");
        assertThat(i3.get("reason").asString()).contains("40 公斤");
    }

    @Test
    void invalidAnswersAreAProblemWithOneErrorPerFieldInTheRequestLanguage() throws Exception {
        Map<String, Object> answers = eligibleAnswers();
        answers.put("age_years", 130);
        answers.put("sex", "OTHER");
        answers.put("sle_diagnosis_month", "2999-01");
        answers.put("conditions", "CANCER");
        answers.put("shoe_size", 38);
        answers.remove("willing_contraception");

        HttpResponse<String> english = post(BASE + "/evaluate", body(answers), null);
        HttpResponse<String> chinese = post(BASE + "/evaluate", body(answers), "zh-CN");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(english);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");
        assertThat(items(problem.get("errors")).map(e -> e.get("field").asString())).containsExactlyInAnyOrder(
                "shoe_size", "age_years", "sex", "sle_diagnosis_month", "conditions", "willing_contraception");
        assertThat(find(problem.get("errors"), "field", "age_years").get("message").asString())
                .isEqualTo("Enter a whole number from 1 to 120.");
        assertThat(find(problem.get("errors"), "field", "sle_diagnosis_month").get("message").asString())
                .isEqualTo("The month cannot be in the future.");
        assertThat(find(problem.get("errors"), "field", "willing_contraception").get("message").asString())
                .isEqualTo("Please answer this question.");
        JsonNode zh = json(chinese);
        assertThat(zh.get("title").asString()).isEqualTo("输入有误");
        assertThat(find(zh.get("errors"), "field", "willing_contraception").get("message").asString())
                .isEqualTo("请回答这个问题。");
    }

    @Test
    void implausibleNumbersAreRefusedWithTheBoundsInTheRequestLanguage() throws Exception {
        Map<String, Object> huge = eligibleAnswers();
        huge.put("age_years", 0);
        huge.put("weight", Map.of("value", 1e308, "unit", "KG"));
        Map<String, Object> tiny = eligibleAnswers();
        tiny.put("weight", Map.of("value", 1e-6, "unit", "JIN"));

        HttpResponse<String> refused = post(BASE + "/evaluate", body(huge), "zh");
        HttpResponse<String> tooLight = post(BASE + "/evaluate", body(tiny), null);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = json(refused).get("errors");
        assertThat(items(errors).map(e -> e.get("field").asString())).containsExactlyInAnyOrder("age_years", "weight");
        assertThat(find(errors, "field", "age_years").get("message").asString()).isEqualTo("请输入 1 到 120 之间的整数。");
        assertThat(find(errors, "field", "weight").get("message").asString()).isEqualTo("请输入 20 到 250 公斤之间的体重。");
        assertThat(tooLight.statusCode()).isEqualTo(400);
        assertThat(find(json(tooLight).get("errors"), "field", "weight").get("message").asString())
                .isEqualTo("Enter a body weight from 40 to 500 jin (斤).");
    }

    @Test
    void answersNeverReachTheLog(CapturedOutput output) throws Exception {
        Map<String, Object> answers = eligibleAnswers();
        answers.put("respondent", "Zhang Wei 13800138000");
        answers.put("sle_diagnosis_month", "1999-99");

        assertThat(post(BASE + "/evaluate", body(answers), null).statusCode()).isEqualTo(400);
        assertThat(post(BASE + "/evaluate", "{\"answers\": \"Zhang Wei 13800138000\"}", null).statusCode()).isEqualTo(400);
        assertThat(post(BASE + "/evaluate", body(eligibleAnswers()), null).statusCode()).isEqualTo(200);

        assertThat(output.getAll()).doesNotContain("13800138000", "Zhang Wei", "1999-99");
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        HttpResponse<String> response = post(BASE + "/evaluate", "{\"answers\": [", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
