package cn.whuh.portal.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.prescreen.Answers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire's bounds hold in the API (weight 20–250 kg in any unit, age 1–120), and a lead's texts refuse
 * JSON numbers, control characters, half characters and direction overrides with a translated field error and
 * nothing stored (issue 15 item 6).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputApiTest {

    private static final String STUDY = "/api/studies/NCT06106906";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode body) {
        String message(String field) {
            for (JsonNode error : body.path("errors")) {
                if (error.get("field").asString().equals(field)) {
                    return error.get("message").asString();
                }
            }
            return null;
        }
    }

    Reply post(String path, String body, String language) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .header("X-Forwarded-For", LeadApiTest.uniqueClient())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), json.readTree(response.body()));
    }

    private Reply evaluate(String field, String rawValue, String language) throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>(Answers.likelyEligible());
        answers.put(field, "__RAW__");
        String body = json.writeValueAsString(Map.of("answers", answers)).replace("\"__RAW__\"", rawValue);
        return post(STUDY + "/prescreen/evaluate", body, language);
    }

    @Test
    void weightsOutsideTwentyTo250KgAreRefusedInAnyUnit() throws Exception {
        for (String weight : new String[] {"{\"value\": 1e308, \"unit\": \"KG\"}", "{\"value\": 1e-6, \"unit\": \"KG\"}",
                "{\"value\": 19.99, \"unit\": \"KG\"}", "{\"value\": 250.01, \"unit\": \"KG\"}",
                "{\"value\": 39, \"unit\": \"JIN\"}", "{\"value\": 501, \"unit\": \"JIN\"}",
                "{\"value\": 44, \"unit\": \"LB\"}", "{\"value\": 552, \"unit\": \"LB\"}",
                "{\"value\": 0, \"unit\": \"KG\"}", "{\"value\": -60, \"unit\": \"KG\"}",
                "{\"value\": 1e999999, \"unit\": \"KG\"}", "{\"value\": \"60\", \"unit\": \"KG\"}"}) {
            Reply reply = evaluate("weight", weight, "en");
            assertThat(reply.status()).as(weight).isEqualTo(400);
            assertThat(reply.message("weight")).as(weight).startsWith("Enter a body weight from");
        }
        assertThat(evaluate("weight", "{\"value\": 501, \"unit\": \"JIN\"}", "zh").message("weight"))
                .isEqualTo("请输入 40 到 500 斤之间的体重。");
        for (String weight : new String[] {"{\"value\": 20, \"unit\": \"KG\"}", "{\"value\": 250, \"unit\": \"KG\"}",
                "{\"value\": 40, \"unit\": \"JIN\"}", "{\"value\": 500, \"unit\": \"JIN\"}",
                "{\"value\": 45, \"unit\": \"LB\"}", "{\"value\": 551, \"unit\": \"LB\"}"}) {
            assertThat(evaluate("weight", weight, "en").status()).as(weight).isEqualTo(200);
        }
    }

    @Test
    void agesOutsideOneTo120AreRefused() throws Exception {
        for (String age : new String[] {"0", "-1", "121", "1e308", "34.5", "\"34\"", "true", "99999999999999999999"}) {
            Reply reply = evaluate("age_years", age, "en");
            assertThat(reply.status()).as(age).isEqualTo(400);
            assertThat(reply.message("age_years")).as(age).isEqualTo("Enter a whole number from 1 to 120.");
        }
        assertThat(evaluate("age_years", "1", "en").status()).isEqualTo(200);
        assertThat(evaluate("age_years", "120", "en").status()).isEqualTo(200);
        assertThat(evaluate("age_years", "0", "zh").message("age_years")).contains("1").contains("120");
    }

    private Reply submit(String field, String rawValue, String language) throws Exception {
        Map<String, Object> contact = new LinkedHashMap<>(Map.of("full_name", "Wang Fang", "phone", "13800138000",
                "email", "wf@example.com", "preferred_language", "zh", "preferred_contact_time", "after 6 pm"));
        contact.put(field, "__RAW__");
        String body = json.writeValueAsString(Map.of("answers", Answers.likelyEligible(), "contact", contact,
                "consent", Map.of("prescreen", true, "future", false))).replace("\"__RAW__\"", rawValue);
        return post(STUDY + "/leads", body, language);
    }

    @Test
    void leadTextsRefuseNumbersControlsHalfCharactersAndDirectionOverrides() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class);
        record Case(String field, String raw, String english, String chinese) {
        }
        String control = "Please remove the invisible control characters (such as tabs or line breaks) from this field.";
        String broken = "This field contains a broken character. Please type it again.";
        String direction = "Please remove the invisible text-direction characters from this field.";
        for (Case c : new Case[] {
                new Case("phone", "13800138000", "This field must be text.", "此字段必须是文本。"),
                new Case("full_name", "42", "This field must be text.", null),
                new Case("full_name", "1e308", "This field must be text.", null),
                new Case("full_name", "\"Wang\\u0000Fang\"", control, "请删除此栏中看不见的控制字符（如制表符或换行符）。"),
                new Case("full_name", "\"Wang\\nFang\"", control, null),
                new Case("preferred_contact_time", "\"after\\u001b[31m 6\"", control, null),
                new Case("full_name", "\"Wang\\ud800Fang\"", broken, "此栏含有损坏的字符，请重新输入。"),
                new Case("full_name", "\"Wang\\udfffFang\"", broken, null),
                new Case("email", "\"wf\\ud83d@example.com\"", broken, null),
                new Case("full_name", "\"\\u202eadmin\"", direction, "请删除此栏中看不见的文字方向控制字符。"),
                new Case("full_name", "\"Wang \\u2066Fang\\u2069\"", direction, null),
                new Case("preferred_contact_time", "\"\\u202aafter 6 pm\"", direction, null)}) {
            Reply english = submit(c.field(), c.raw(), "en");
            assertThat(english.status()).as(c.raw()).isEqualTo(400);
            assertThat(english.message("contact." + c.field())).as(c.raw()).isEqualTo(c.english());
            if (c.chinese() != null) {
                assertThat(submit(c.field(), c.raw(), "zh").message("contact." + c.field())).isEqualTo(c.chinese());
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class)).isEqualTo(before);
        // a name in any script, and a character outside the BMP (a surrogate pair), is fine
        assertThat(submit("full_name", "\"王芳 𠀀 Ørsted\"", "en").status()).isEqualTo(201);
    }
}
