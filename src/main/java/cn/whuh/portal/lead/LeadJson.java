package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a lead's answers and evaluation are kept as JSON ({@code answers_json}, {@code evaluation_json}), and
 * read back by whoever shows a lead.
 */
@Component
public class LeadJson {

    /** The stored evaluation: what the person was shown, in both languages. */
    public record StoredEvaluation(String questionnaireVersion, LocalDate today, Outcome outcome,
            List<CriterionResult> criteria) {
    }

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    /** What an erased evaluation keeps of each criterion. */
    private static final java.util.Set<String> KEPT = java.util.Set.of("id", "status", "title");

    private final JsonMapper json;

    public LeadJson(JsonMapper json) {
        this.json = json;
    }

    String answers(Evaluation evaluation) {
        return json.writeValueAsString(evaluation.answers());
    }

    String evaluation(Evaluation evaluation) {
        return json.writeValueAsString(new StoredEvaluation(evaluation.questionnaireVersion(), evaluation.today(),
                evaluation.outcome(), evaluation.criteria()));
    }

    /**
     * The stored evaluation without what came from the person: each criterion keeps its id, status and title
     * (the protocol's words), the reason and re-check date (which quote the answers) are dropped.
     */
    static String anonymous(String evaluationJson) {
        ObjectNode root = (ObjectNode) PLAIN.readTree(evaluationJson);
        if (root.get("criteria") instanceof ArrayNode criteria) {
            for (JsonNode criterion : criteria) {
                if (criterion instanceof ObjectNode fields) {
                    fields.retain(KEPT);
                }
            }
        }
        return PLAIN.writeValueAsString(root);
    }

    /** Whether the lead's stored answers are those of the evaluation (compared as JSON values, any key order). */
    boolean sameAnswers(Lead lead, Evaluation evaluation) {
        return lead.getAnswersJson() != null && json.readTree(lead.getAnswersJson()).equals(json.readTree(answers(evaluation)));
    }

    /** The stored answers; empty once erased. */
    public Map<String, Object> readAnswers(Lead lead) {
        if (lead.getAnswersJson() == null) {
            return Map.of();
        }
        return json.readValue(lead.getAnswersJson(), new TypeReference<Map<String, Object>>() { });
    }

    public StoredEvaluation readEvaluation(Lead lead) {
        return json.readValue(lead.getEvaluationJson(), StoredEvaluation.class);
    }
}
