package cn.whuh.portal.study;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text of a study data file that must be there in English and in Chinese; with {@code required = false} it may
 * be left out, but when it is there it needs both languages.
 */
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = Bilingual.Validator.class)
public @interface Bilingual {

    String message() default "needs a non-empty \"en\" and \"zh\" text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    boolean required() default true;

    class Validator implements ConstraintValidator<Bilingual, Text> {

        private boolean required;

        @Override
        public void initialize(Bilingual annotation) {
            required = annotation.required();
        }

        @Override
        public boolean isValid(Text text, ConstraintValidatorContext context) {
            if (text == null) {
                return !required;
            }
            return text.en() != null && !text.en().isBlank() && text.zh() != null && !text.zh().isBlank();
        }
    }
}
