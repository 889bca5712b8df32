package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A row of a criterion's rules: when the condition holds, the criterion gets the status (FAIL or REVIEW)
 * with the reason. A REVIEW row about something that happened within a time window may give
 * {@code recheckAfter}, the window's length (an ISO-8601 period such as {@code P8W} or {@code P14D}): the
 * window has passed at the latest that long after today. Its reason, or that of a row whose condition is a
 * {@code monthEndWithinWeeks} window, names {@code {date}}, the date from which the window has passed.
 */
public record Rule(CriterionStatus status, Condition when, Period recheckAfter, Text reason) {

    /** The date from which this row's time window has passed, if it has one and its condition holds. */
    public Optional<LocalDate> recheckFrom(Condition.Facts facts) {
        if (recheckAfter != null) {
            return when.test(facts) ? Optional.of(facts.today().plus(recheckAfter)) : Optional.empty();
        }
        return when.passesFrom(facts);
    }

    /** Whether this row has a time window, so that its reason names {@code {date}}. */
    public boolean dated() {
        return recheckAfter != null || when != null && when.windowed();
    }
}
