package cn.whuh.portal.study.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public study API over real HTTP, as a partner site would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudyApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void listsTheStudyWithTitleStatusAndPhase() throws Exception {
        HttpResponse<String> response = get("/api/studies", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode study = list.get(0);
        assertThat(study.propertyNames()).containsExactlyInAnyOrder("nctId", "title", "status", "phase");
        assertThat(study.get("nctId").asString()).isEqualTo("NCT06106906");
        assertThat(study.get("title").asString()).isEqualTo("A Clinical Study of CD19 CAR-T in Active Systemic Lupus Erythematosus");
        assertThat(study.get("status").asString()).isEqualTo("RECRUITING");
        assertThat(study.get("phase").asString()).isEqualTo("PHASE1/PHASE2");

        JsonNode chinese = JSON.readTree(get("/api/studies", "zh-CN,zh;q=0.9,en;q=0.5").body()).get(0);
        assertThat(chinese.get("title").asString()).isEqualTo("CD19 CAR-T 治疗活动性系统性红斑狼疮的临床研究");
    }

    @Test
    void givesTheWholeRecordInEnglishByDefault() throws Exception {
        HttpResponse<String> response = get("/api/studies/NCT06106906", "fr-FR");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode study = JSON.readTree(response.body());
        assertThat(study.get("language").asString()).isEqualTo("en");
        assertThat(study.at("/identificationModule/orgStudyIdInfo/id").asString()).isEqualTo("UHCT230444");
        assertThat(study.at("/statusModule/overallStatus").asString()).isEqualTo("RECRUITING");
        assertThat(study.at("/statusModule/startDate").asString()).isEqualTo("2024-06-19");
        assertThat(study.at("/statusModule/completionDate").asString()).isEqualTo("2027-12-31");
        assertThat(study.at("/statusModule/lastUpdatePostDate").asString()).isEqualTo("2025-01-08");
        assertThat(study.at("/designModule/enrollmentInfo/count").asInt()).isEqualTo(15);
        assertThat(study.at("/designModule/phases").toString()).isEqualTo("[\"PHASE1\",\"PHASE2\"]");
        assertThat(study.at("/eligibilityModule/inclusionCriteria")).hasSize(7);
        assertThat(study.at("/eligibilityModule/exclusionCriteria")).hasSize(33);
        JsonNode e33 = study.at("/eligibilityModule/exclusionCriteria/32");
        assertThat(e33.propertyNames()).containsExactlyInAnyOrder("id", "number", "text");
        assertThat(e33.get("id").asString()).isEqualTo("E33");
        assertThat(e33.get("number").asInt()).isEqualTo(33);
        assertThat(e33.get("text").asString()).startsWith("Patients that have contraindications");
        assertThat(study.at("/eligibilityModule/minimumAge").asString()).isEqualTo("18 Years");
        assertThat(study.at("/eligibilityModule/healthyVolunteers").asBoolean(true)).isFalse();
        assertThat(study.at("/sponsorCollaboratorsModule/leadSponsor/class").asString()).isEqualTo("OTHER");
        assertThat(study.at("/sponsorCollaboratorsModule/collaborators/0/name").asString()).isEqualTo("Guangzhou Bio-gene Technology Co., Ltd");
        assertThat(study.at("/contactsLocationsModule/overallOfficials/0/affiliation").asString())
                .isEqualTo("Department of Rheumatology and Immunology, Wuhan Union Hospital");
        assertThat(study.at("/contactsLocationsModule/locations/0/contacts/0/phone").asString()).isEqualTo("(027) 85726808");
        assertThat(study.at("/contactsLocationsModule/centralContacts/0/phone").asString()).isEqualTo("(027) 85726808");
        assertThat(study.at("/contactsLocationsModule/centralContacts/0").has("phoneExt")).isFalse();
        assertThat(study.at("/sitePhone/display").asString()).isEqualTo("027-8572 6808");
        assertThat(study.at("/sitePhone/telUri").asString()).isEqualTo("tel:+862785726808");
        assertThat(study.at("/callFrom/telUri").asString()).isEqualTo("tel:+862785726808");
        assertThat(study.at("/callBack/when").asString()).isEqualTo("within 2 working days, between 9:00 and 17:00 Beijing time");
        assertThat(study.at("/plainLanguage/investigator").asString()).isEqualTo("Prof. Qiubai Li");
        assertThat(study.at("/relatedStudies/0/nctId").asString()).isEqualTo("NCT06548620");
        assertThat(response.body()).doesNotContain("红斑狼疮");
    }

    /** What the study page tells patients beyond the registry record is in the record too, as the page shows it. */
    @Test
    void givesTheWhoMayJoinSummaryAndWhatHappensInTheAskedLanguage() throws Exception {
        JsonNode english = JSON.readTree(get("/api/studies/NCT06106906", "en").body());
        JsonNode summary = english.get("eligibilitySummary");
        assertThat(summary).hasSizeBetween(7, 8);
        assertThat(summary.get(0).get("text").asString()).startsWith("You are 18 to 70 years old");
        assertThat(summary.get(0).get("criteria").toString()).isEqualTo("[\"I2\"]");
        JsonNode steps = english.at("/whatHappens/steps");
        assertThat(steps.get(0).get("title").asString()).isEqualTo("Pre-screening call");
        assertThat(steps.get(2).get("title").asString()).isEqualTo("Cell collection (leukapheresis)");
        assertThat(steps.get(2).get("practice").asString()).contains("a few hours");
        assertThat(english.at("/whatHappens/risks/0/title").asString()).isEqualTo("Cytokine release syndrome (CRS)");
        assertThat(english.at("/whatHappens/practicalities/0/text").asString()).contains("study team will explain");

        JsonNode chinese = JSON.readTree(get("/api/studies/NCT06106906", "zh-CN").body());
        assertThat(chinese.at("/eligibilitySummary/0/text").asString()).isEqualTo("年龄 18 至 70 岁，男女均可。");
        assertThat(chinese.at("/whatHappens/steps/2/title").asString()).isEqualTo("采集细胞（白细胞单采）");
        assertThat(chinese.at("/callBack/when").asString()).isEqualTo("2 个工作日内（北京时间 9:00–17:00）");
        assertThat(chinese.at("/plainLanguage/investigator").asString()).isEqualTo("Qiubai Li 教授");
    }

    @Test
    void givesChineseTextsWhenAskedForChinese() throws Exception {
        HttpResponse<String> response = get("/api/studies/NCT06106906", "zh-CN");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh");
        JsonNode study = JSON.readTree(response.body());
        assertThat(study.get("language").asString()).isEqualTo("zh");
        assertThat(study.at("/descriptionModule/briefSummary").asString()).contains("系统性红斑狼疮");
        assertThat(study.at("/eligibilityModule/inclusionCriteria/1/text").asString()).isEqualTo("年龄 18 至 70 岁，男女不限；");
        assertThat(study.at("/contactsLocationsModule/locations/0/facility").asString()).isEqualTo("武汉协和医院");
        assertThat(study.at("/statusModule/overallStatus").asString()).isEqualTo("RECRUITING");
    }

    @Test
    void unknownStudyIsAProblemDetail404InTheAskedLanguage() throws Exception {
        HttpResponse<String> english = get("/api/studies/NCT00000000", null);
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(english.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Study not found");
        assertThat(problem.get("detail").asString()).isEqualTo("There is no study with the number NCT00000000.");

        JsonNode chinese = JSON.readTree(get("/api/studies/NCT00000000", "zh").body());
        assertThat(chinese.get("title").asString()).isEqualTo("未找到该研究");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
