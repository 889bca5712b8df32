package cn.whuh.portal.triage;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadJson;
import cn.whuh.portal.prescreen.Criterion;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.QuestionnaireRegistry;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The lead's evaluation as a recruiter's checklist for the call: each criterion the person did not clearly meet,
 * worst first, with the protocol's words, what the person answered to the questions behind it and what to ask;
 * the checks left for the screening visit apart. Read from the evaluation stored with the lead (the patient's
 * wording is kept, but staff read the criterion and the answers).
 */
@Component
public class CallChecklist {

    /**
     * One criterion to talk about.
     *
     * @param status FAIL, REVIEW or STAFF (checked at the visit)
     * @param title the criterion's short title
     * @param protocol the criterion as the protocol words it, or null if the study file lacks it
     * @param answers what the person answered to the questions behind it, in the reader's language
     * @param ask what the team still checks (the questionnaire's screening or staff note), or null
     * @param patientReason what the person was told
     */
    public record Item(String id, CriterionStatus status, Text title, Text protocol, List<LeadAnswers.Line> answers,
            Text ask, Text patientReason) {

        public boolean atVisit() {
            return status == CriterionStatus.STAFF;
        }
    }

    private final LeadJson json;
    private final LeadAnswers answers;
    private final QuestionnaireRegistry questionnaires;
    private final StudyCatalog studies;

    CallChecklist(LeadJson json, LeadAnswers answers, QuestionnaireRegistry questionnaires, StudyCatalog studies) {
        this.json = json;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.studies = studies;
    }

    /** The flagged criteria (rules out, then to check), then the screening-visit checks; unreadable: empty. */
    public List<Item> of(Lead lead, Locale locale) {
        List<CriterionResult> criteria = json.readEvaluation(lead).criteria();
        Optional<Questionnaire> questionnaire = questionnaires.find(lead.getNctId());
        Optional<Study> study = studies.find(lead.getNctId());
        List<LeadAnswers.Line> lines = answers.of(lead, locale);
        return criteria.stream()
                .filter(r -> r.status() != CriterionStatus.PASS)
                .sorted(Comparator.comparing(CriterionResult::status))
                .map(r -> {
                    Optional<Criterion> criterion = questionnaire.flatMap(q -> q.criterion(r.id()));
                    List<String> asked = criterion.map(Criterion::askedBy).orElse(List.of());
                    Text ask = criterion.map(c -> c.staffOnly() ? c.staffReason() : c.screening()).orElse(null);
                    Text protocol = study.map(s -> protocol(s, r.id())).orElse(null);
                    return new Item(r.id(), r.status(), r.title(), protocol,
                            lines.stream().filter(line -> asked.contains(line.key())).toList(), ask, r.reason());
                })
                .toList();
    }

    private static Text protocol(Study study, String id) {
        try {
            return study.criterionText(id);
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
    }
}
