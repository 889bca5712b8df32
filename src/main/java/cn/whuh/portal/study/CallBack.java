package cn.whuh.portal.study;

import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.constraints.NotBlank;

/**
 * When the study team calls someone who left their contact details, and from which number (people in China
 * ignore calls from numbers they do not know). {@code when} completes "We will call you …" and
 * "我们会在……给您打电话"; {@code callFrom} is written as in the site's country and must be a valid number there.
 */
public record CallBack(@Bilingual Text when, @NotBlank String callFrom) {
}
