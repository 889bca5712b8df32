package cn.whuh.portal.prescreen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.LeadJson.StoredEvaluation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A lead keeps its evaluation as JSON of the criterion results: the re-check date is kept, and old JSON still reads. */
class StoredEvaluationJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRecheckDateIsStoredAsAnIsoDateAndReadBack() {
        CriterionResult e19 = new CriterionResult("E19", CriterionStatus.REVIEW, new Text("Live vaccine", "活疫苗"),
                new Text("from 23 December 2026", "从 2026年12月23日 起"), LocalDate.of(2026, 12, 23));
        StoredEvaluation stored = new StoredEvaluation("2026-12-03.1", LocalDate.of(2026, 11, 25), Outcome.NEEDS_REVIEW,
                List.of(e19));

        String json = JSON.writeValueAsString(stored);

        assertThat(json).contains("\"recheckFrom\":\"2026-12-23\"");
        assertThat(JSON.readValue(json, StoredEvaluation.class)).isEqualTo(stored);
    }

    @Test
    void anEvaluationStoredBeforeRecheckDatesReadsWithoutOne() {
        String old = """
                {"questionnaireVersion":"2026-11-25.1","today":"2026-11-25","outcome":"NEEDS_REVIEW",
                 "criteria":[{"id":"E19","status":"REVIEW","title":{"en":"Live vaccine","zh":"活疫苗"},
                              "reason":{"en":"Short wait","zh":"短期等待"}}]}""";

        StoredEvaluation read = JSON.readValue(old, StoredEvaluation.class);

        assertThat(read.criteria()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("E19");
            assertThat(c.reason().en()).isEqualTo("Short wait");
            assertThat(c.recheckFrom()).isNull();
        });
    }
}
