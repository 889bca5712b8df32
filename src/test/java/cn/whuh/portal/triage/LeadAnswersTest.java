package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.triage.LeadAnswers.Line;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadAnswersTest {

    static final String NCT = "NCT06106906";

    @Autowired
    LeadAnswers answers;

    @Test
    void answersReadAsQuestionsAndLabelsInQuestionnaireOrder() {
        Map<String, Object> stored = new LinkedHashMap<>(Answers.needsReview());
        stored.put("weight", Map.of("value", 104.50, "unit", "JIN"));
        stored.put("conditions", List.of("HIV", "CANCER"));
        Map<String, Object> reversed = new LinkedHashMap<>();
        List.copyOf(stored.keySet()).reversed().forEach(k -> reversed.put(k, stored.get(k)));

        List<Line> en = answers.of(NCT, reversed, Languages.ENGLISH);
        assertThat(en).extracting(Line::key).startsWith("respondent", "age_years", "sex", "weight");
        assertThat(en).hasSize(stored.size());
        assertThat(line(en, "respondent")).isEqualTo(
                new Line("respondent", "Are you filling this in for yourself or for a family member?", "For myself"));
        assertThat(line(en, "weight").answer()).isEqualTo("104.5 jin (斤)");
        assertThat(line(en, "sex").answer()).isEqualTo("Female");
        assertThat(line(en, "treated_8_weeks").answer()).isEqualTo("Yes");
        assertThat(line(en, "prior_car_t").answer()).isEqualTo("No");
        assertThat(line(en, "sle_diagnosis_month").answer()).isEqualTo("2021-03");
        assertThat(line(en, "age_years").answer()).isEqualTo("34");
        assertThat(line(en, "recent_events_4w").answer()).startsWith("A live vaccine: MMR");
        assertThat(line(en, "conditions").answer()).isEqualTo("HIV, Cancer, now or in the past");
        assertThat(line(en, "recent_events_8w").answer()).isEqualTo("None of these");

        List<Line> zh = answers.of(NCT, stored, Languages.CHINESE);
        assertThat(line(zh, "weight")).isEqualTo(new Line("weight", "体重", "104.5 斤"));
        assertThat(line(zh, "recent_events_8w").answer()).isEqualTo("以上都没有");
        assertThat(line(zh, "treated_8_weeks").answer()).isEqualTo("是");
    }

    @Test
    void unknownAnswersAreKeptAsStoredAtTheEnd() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("retired_question", "MAYBE");
        stored.put("sle_diagnosis_month", "UNSURE");
        List<Line> lines = answers.of(NCT, stored, Languages.ENGLISH);
        assertThat(lines).containsExactly(
                new Line("sle_diagnosis_month", "When were you diagnosed?", "I'm not sure"),
                new Line("retired_question", "retired_question", "MAYBE"));
        assertThat(answers.of("NCT00000000", stored, Languages.ENGLISH)).extracting(Line::answer)
                .containsExactly("MAYBE", "UNSURE");
    }

    private static Line line(List<Line> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }
}
