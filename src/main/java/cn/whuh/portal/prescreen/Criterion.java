package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.util.List;

/**
 * One inclusion or exclusion criterion of a questionnaire data file.
 *
 * @param id I1…, E1… as in the protocol
 * @param title a short title in plain words
 * @param askedBy the questions its rules read; empty for criteria checked only by the study team
 * @param checkedBy {@code STAFF} for criteria not asked online, else null
 * @param rules FAIL and REVIEW rows; no row matching means PASS
 * @param passReason the reason shown on PASS (optional: a general one otherwise)
 * @param staffReason for STAFF criteria: what the team checks
 * @param screening optional: the part of an asked criterion the team still checks at the screening visit
 * @param screeningWhen optional: for whom that part applies (e.g. a pregnancy test for women); null: everyone
 */
public record Criterion(
        String id,
        Text title,
        List<String> askedBy,
        CriterionStatus checkedBy,
        List<Rule> rules,
        Text passReason,
        Text staffReason,
        Text screening,
        Condition screeningWhen) {

    public Criterion {
        askedBy = askedBy == null ? List.of() : List.copyOf(askedBy);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public boolean staffOnly() {
        return checkedBy == CriterionStatus.STAFF;
    }
}
