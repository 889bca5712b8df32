package cn.whuh.portal.lead;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.i18n.TypedText;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks and normalises contact details (docs/leads.md). Problems are added per field, named as in
 * the API ({@code contact.full_name}, {@code contact.phone}, …), with a message in both languages.
 */
@Component
public class ContactValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE_INPUT = 30;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WECHAT = 20;
    public static final int MAX_CONTACT_TIME = 200;

    /** A WeChat ID: 6–20 letters, digits, underscores or hyphens. */
    private static final Pattern WECHAT = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    /** Digits of a Chinese mobile number as typed: 11 digits starting with 1. */
    private static final Pattern CN_MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-.]");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final Validator validator;
    private final BilingualMessages texts;

    ContactValidator(Validator validator, BilingualMessages texts) {
        this.validator = validator;
        this.texts = texts;
    }

    /** Only its annotation is used: Hibernate Validator's e-mail check, requiring a dot in the domain. */
    private record EmailHolder(@Email(regexp = ".+@[^@]+\\.[^@.]+") String email) {
    }

    /** The validated details, or null when a problem was added. */
    public ValidContact validate(ContactDetails contact, Locale requestLocale, List<FieldProblem> problems) {
        int before = problems.size();
        ContactDetails c = contact == null ? new ContactDetails(null, null, null, null, null, null) : contact;
        typed("full_name", c.fullName(), problems);
        typed("phone", c.phone(), problems);
        typed("email", c.email(), problems);
        typed("wechat_id", c.wechatId(), problems);
        typed("preferred_language", c.preferredLanguage(), problems);
        typed("preferred_contact_time", c.preferredContactTime(), problems);
        if (problems.size() > before) {
            return null;
        }
        String name = clean(c.fullName());
        if (name == null) {
            problems.add(problem("full_name", "lead.error.fullName.required"));
        } else {
            tooLong("full_name", name, MAX_NAME, problems);
        }
        String phone = phone(clean(c.phone()), problems);
        String email = clean(c.email());
        if (email != null && (email.length() > MAX_EMAIL
                || !validator.validateValue(EmailHolder.class, "email", email).isEmpty())) {
            problems.add(problem("email", "lead.error.email.invalid"));
        }
        String wechat = clean(c.wechatId());
        if (wechat != null && !WECHAT.matcher(wechat).matches()) {
            problems.add(problem("wechat_id", "lead.error.wechat.invalid"));
        }
        String language = clean(c.preferredLanguage());
        if (language == null) {
            language = Languages.code(requestLocale);
        } else if (!language.equals("en") && !language.equals("zh")) {
            problems.add(problem("preferred_language", "lead.error.language.invalid"));
        }
        String time = clean(c.preferredContactTime());
        if (time != null) {
            tooLong("preferred_contact_time", time, MAX_CONTACT_TIME, problems);
        }
        return problems.size() > before ? null : new ValidContact(name, phone, email, wechat, language, time);
    }

    private String phone(String input, List<FieldProblem> problems) {
        if (input == null) {
            problems.add(problem("phone", "lead.error.phone.required"));
            return null;
        }
        String compact = PHONE_SEPARATORS.matcher(input).replaceAll("");
        if (input.length() <= MAX_PHONE_INPUT) {
            try {
                if (compact.startsWith("+")) {
                    PhoneNumber number = phones.parse(compact, "ZZ");
                    if (phones.isValidNumber(number)) {
                        return phones.format(number, PhoneNumberFormat.E164);
                    }
                } else if (CN_MOBILE.matcher(compact).matches()) {
                    PhoneNumber number = phones.parse(compact, "CN");
                    PhoneNumberType type = phones.getNumberType(number);
                    if (phones.isValidNumber(number)
                            && (type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                        return phones.format(number, PhoneNumberFormat.E164);
                    }
                }
            } catch (NumberParseException e) {
                // falls through to the problem below
            }
        }
        problems.add(problem("phone", "lead.error.phone.invalid"));
        return null;
    }

    /** Control characters, half characters and direction overrides are refused, never silently removed. */
    private void typed(String field, String value, List<FieldProblem> problems) {
        TypedText.problem(value).ifPresent(key -> problems.add(problem(field, key)));
    }

    private void tooLong(String field, String value, int max, List<FieldProblem> problems) {
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem("contact." + field, texts.text("lead.error.tooLong", max)));
        }
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem("contact." + field, texts.text(key));
    }

    /** Trimmed (control characters are refused before); null when nothing is left. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
