package cn.whuh.portal.lead;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.InvalidAnswersException;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.prescreen.PrescreenEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** Stands in for the real engine until it is merged: age decides I2, recent events ask for review. */
@Component
class StubPrescreenEngine implements PrescreenEngine {

    @Override
    public Evaluation evaluate(String nctId, Map<String, Object> answers) {
        if (!"NCT06106906".equals(nctId)) {
            throw new NoSuchElementException(nctId);
        }
        if (!(answers.get("age_years") instanceof Number age)) {
            throw new InvalidAnswersException(List.of(new InvalidAnswersException.FieldProblem("age_years",
                    new Text("Please enter your age.", "请填写年龄。"))));
        }
        boolean ageOk = age.intValue() >= 18 && age.intValue() <= 70;
        boolean recent = answers.get("recent_events_4w") instanceof List<?> l && !l.isEmpty();
        CriterionResult i2 = new CriterionResult("I2", ageOk ? CriterionStatus.PASS : CriterionStatus.FAIL,
                new Text("Age 18 to 70", "年龄 18 至 70 岁"), new Text("age", "年龄"));
        CriterionResult e19 = new CriterionResult("E19", recent ? CriterionStatus.REVIEW : CriterionStatus.PASS,
                new Text("Live vaccine", "活疫苗"), new Text("vaccine", "疫苗"));
        Outcome outcome = !ageOk ? Outcome.NOT_ELIGIBLE : recent ? Outcome.NEEDS_REVIEW : Outcome.LIKELY_ELIGIBLE;
        return new Evaluation(nctId, "stub", LocalDate.of(2026, 11, 25), answers, outcome, List.of(i2, e19));
    }
}
