package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;

/**
 * Something the study team checks with the person at the screening visit, never online (docs/questionnaire.md §5):
 * a STAFF criterion, or the part of an asked criterion that is checked in person.
 *
 * @param id the criterion (I1…, E1…)
 * @param title the criterion's title
 * @param what what the team checks
 */
public record ScreeningCheck(String id, Text title, Text what) {
}
