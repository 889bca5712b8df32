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

/** A text of a study data file that must be there in English and in Chinese. */
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = Bilingual.Validator.class)
public @interface Bilingual {

    String message() default "needs a non-empty \"en\" and \"zh\" text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Bilingual, Text> {

        @Override
        public boolean isValid(Text text, ConstraintValidatorContext context) {
            return text != null && text.en() != null && !text.en().isBlank() && text.zh() != null && !text.zh().isBlank();
        }
    }
}
