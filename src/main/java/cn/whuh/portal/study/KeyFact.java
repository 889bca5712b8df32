package cn.whuh.portal.study;

import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One fact of the plain "who may join" summary (age, diagnosis, active disease, ...), naming the registry
 * criteria it restates ({@code I2}, {@code E21}); {@link StudyCatalog} checks that the study has them.
 */
public record KeyFact(@Bilingual Text text, @NotEmpty List<@NotNull @Pattern(regexp = Study.CRITERION_ID) String> criteria) {
}
