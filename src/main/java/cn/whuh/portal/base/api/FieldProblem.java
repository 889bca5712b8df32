package cn.whuh.portal.base.api;

import cn.whuh.portal.base.i18n.Text;

/** What is wrong with one input field, named as in the API ({@code age_years}, {@code contact.phone}, …). */
public record FieldProblem(String field, Text message) {
}
