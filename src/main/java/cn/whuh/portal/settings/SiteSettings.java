package cn.whuh.portal.settings;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.staff.CurrentStaff;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settings an ADMIN may change at runtime (the page {@code /staff/settings}); everything else comes from the
 * environment. A value saved here wins over the environment's default until it is reset. Every change is
 * audited ({@code SETTING_CHANGED}, {@code key=new value}) and optimistically locked: a change made against an
 * older version than the stored one is refused, so one admin never silently overwrites another's.
 *
 * <p>The readers ({@link #leadRecipients()}, {@link #dailyDigest()}) need no role: the mail feature asks at
 * send time, also from scheduled jobs.
 */
@Service
public class SiteSettings {

    public static final String LEAD_RECIPIENTS = "lead-recipients";
    public static final String DAILY_DIGEST = "daily-digest";
    public static final String AUDIT_ACTION = "SETTING_CHANGED";
    public static final int MAX_RECIPIENTS = 10;
    /** The whole list as stored ("a@x, b@y"), so that one audit record holds it. */
    public static final int MAX_RECIPIENTS_LENGTH = 480;
    /** The version of a setting never saved on the page. */
    public static final long NEVER_SAVED = -1;

    private static final Logger log = LoggerFactory.getLogger(SiteSettings.class);
    private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,;]+");
    private static final int MAX_AUDIT_DETAIL = 500;
    private static final String INVALID_ADDRESS = "settings.error.recipients.invalid";

    private final SiteSettingRepository settings;
    private final AuditLog audit;
    private final PortalProperties portal;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SiteSettings(SiteSettingRepository settings, AuditLog audit, PortalProperties portal, Validator validator,
            TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.portal = portal;
        this.validator = validator;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A setting as the page shows it: its value, whether it is the environment's default, and who saved it. */
    public record Setting<T>(T value, boolean environmentDefault, long version, String updatedBy, Instant updatedAt) {
    }

    /** Everything the page edits, read together. */
    public record Current(Setting<List<String>> leadRecipients, List<String> defaultRecipients,
            Setting<Boolean> dailyDigest) {
    }

    /** Only its annotations are used: the rules for the lead recipients, checked with Bean Validation. */
    private record LeadRecipients(
            @NotEmpty(message = "settings.error.recipients.empty")
            @Size(max = MAX_RECIPIENTS, message = "settings.error.recipients.tooMany")
            List<@Size(max = 254, message = INVALID_ADDRESS)
                    @Email(regexp = ".+@[^@]+\\.[^@.]+", message = INVALID_ADDRESS) String> addresses) {
    }

    /** Who receives the "new qualified lead" mail and the daily digest now (one or more addresses). */
    public List<String> leadRecipients() {
        return recipientsIn(settings.findById(LEAD_RECIPIENTS));
    }

    /** Whether the daily digest is sent (default: yes). */
    public boolean dailyDigest() {
        return digestIn(settings.findById(DAILY_DIGEST));
    }

    /** The environment's recipients ({@code portal.site-contact-email}, PORTAL_SITE_CONTACT_EMAIL). */
    public List<String> defaultRecipients() {
        return split(portal.siteContactEmail());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Current current() {
        Optional<SiteSetting> recipients = settings.findById(LEAD_RECIPIENTS);
        Optional<SiteSetting> digest = settings.findById(DAILY_DIGEST);
        return new Current(setting(recipients, recipientsIn(recipients)), defaultRecipients(),
                setting(digest, digestIn(digest)));
    }

    /**
     * Sets the lead recipients from what an admin typed (one per line, or separated by commas or semicolons);
     * returns the saved list.
     *
     * @throws SettingsException when an address is not valid, there are none or too many, or the setting changed
     *     since {@code expectedVersion} was read; nothing is changed then
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> changeLeadRecipients(String input, long expectedVersion) {
        List<String> addresses = split(input == null ? "" : input);
        Set<ConstraintViolation<LeadRecipients>> problems = validator.validate(new LeadRecipients(addresses));
        Set<Object> invalid = problems.stream().filter(p -> p.getMessage().equals(INVALID_ADDRESS))
                .map(ConstraintViolation::getInvalidValue).collect(Collectors.toSet());
        Optional<String> firstInvalid = addresses.stream().filter(invalid::contains).findFirst();
        if (firstInvalid.isPresent()) {
            throw new SettingsException(INVALID_ADDRESS, firstInvalid.get());
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems.iterator().next().getMessage(), addresses.size(), MAX_RECIPIENTS);
        }
        String value = String.join(", ", addresses);
        if (value.length() > MAX_RECIPIENTS_LENGTH) {
            throw new SettingsException("settings.error.recipients.tooLong", MAX_RECIPIENTS_LENGTH);
        }
        save(LEAD_RECIPIENTS, value, expectedVersion, value);
        return addresses;
    }

    /** Back to the environment's recipients; a later change of the environment applies again. */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetLeadRecipients(long expectedVersion) {
        save(LEAD_RECIPIENTS, null, expectedVersion, String.join(", ", defaultRecipients()) + " (default)");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void changeDailyDigest(boolean on, long expectedVersion) {
        save(DAILY_DIGEST, on ? "on" : "off", expectedVersion, on ? "on" : "off");
    }

    private void save(String key, String value, long expectedVersion, String audited) {
        String admin = CurrentStaff.username();
        try {
            transactions.executeWithoutResult(status -> {
                SiteSetting setting = settings.findById(key).orElseGet(() -> new SiteSetting(key));
                if (version(setting) != expectedVersion) {
                    throw new SettingsException("settings.error.conflict");
                }
                setting.set(value, admin, Instant.now(clock));
                settings.saveAndFlush(setting);
                String detail = key + "=" + audited;
                audit.record(admin, AUDIT_ACTION, null,
                        detail.length() > MAX_AUDIT_DETAIL ? detail.substring(0, MAX_AUDIT_DETAIL - 1) + "…" : detail);
            });
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrent) {
            // another admin saved the same setting at the same moment
            throw new SettingsException("settings.error.conflict");
        }
        log.info("Setting {} changed by {}", key, admin);
    }

    private List<String> recipientsIn(Optional<SiteSetting> row) {
        return row.map(SiteSetting::getValue).map(SiteSettings::split).orElseGet(this::defaultRecipients);
    }

    private static boolean digestIn(Optional<SiteSetting> row) {
        return row.map(SiteSetting::getValue).map("on"::equals).orElse(true);
    }

    private static <T> Setting<T> setting(Optional<SiteSetting> row, T value) {
        boolean fromEnvironment = row.map(SiteSetting::getValue).isEmpty();
        return new Setting<>(value, fromEnvironment, row.map(SiteSettings::version).orElse(NEVER_SAVED),
                row.map(SiteSetting::getUpdatedBy).orElse(null), row.map(SiteSetting::getUpdatedAt).orElse(null));
    }

    private static long version(SiteSetting setting) {
        return setting.getVersion() == null ? NEVER_SAVED : setting.getVersion();
    }

    /** The addresses in a list as typed: trimmed, without empties, each once (ignoring case), in order. */
    static List<String> split(String text) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String typed : SEPARATORS.split(text)) {
            String address = typed.strip();
            if (!address.isEmpty()) {
                unique.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return new ArrayList<>(unique.values());
    }
}
