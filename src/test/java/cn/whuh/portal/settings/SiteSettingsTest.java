package cn.whuh.portal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** What an ADMIN may change at runtime: validated, audited, optimistically locked, and for ADMIN only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteSettingsTest {

    /** portal.site-contact-email of application.properties: this context sets nothing else. */
    private static final String ENVIRONMENT_DEFAULT = "site-contact@example.invalid";

    @Autowired
    SiteSettings settings;
    @Autowired
    SystemFacts system;
    @Autowired
    AuditLog auditLog;

    private final String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void backToDefaults() {
        TestSettings.restoreDefaults(settings);
    }

    @Test
    void recipientsAreSavedAsTypedAndResetReturnsToTheEnvironmentDefault() {
        assertThat(settings.leadRecipients()).containsExactly(ENVIRONMENT_DEFAULT);

        List<String> saved = asAdmin(() -> settings.changeLeadRecipients(
                " trial.office@whuh.example\n\nLi.Lab@whuh.example; trial.office@WHUH.example,qa@whuh.example ",
                settings.current().leadRecipients().version()));

        assertThat(saved).containsExactly("trial.office@whuh.example", "Li.Lab@whuh.example", "qa@whuh.example");
        assertThat(settings.leadRecipients()).isEqualTo(saved);
        SiteSettings.Current current = asAdmin(settings::current);
        assertThat(current.leadRecipients().environmentDefault()).isFalse();
        assertThat(current.leadRecipients().updatedBy()).isEqualTo(admin);
        assertThat(current.defaultRecipients()).containsExactly(ENVIRONMENT_DEFAULT);

        asAdmin(() -> settings.resetLeadRecipients(current.leadRecipients().version()));

        assertThat(settings.leadRecipients()).containsExactly(ENVIRONMENT_DEFAULT);
        assertThat(asAdmin(settings::current).leadRecipients().environmentDefault()).isTrue();
        assertThat(changesBy(admin)).containsExactly(
                "lead-recipients=trial.office@whuh.example, Li.Lab@whuh.example, qa@whuh.example",
                "lead-recipients=" + ENVIRONMENT_DEFAULT + " (default)");
    }

    @Test
    void invalidRecipientsAreRefusedWithTheReasonAndChangeNothing() {
        long version = asAdmin(settings::current).leadRecipients().version();
        List<String> before = settings.leadRecipients();

        assertRefused("ok@whuh.example\nnot-an-address", version, "settings.error.recipients.invalid",
                "not-an-address");
        assertRefused("ok@whuh.example, someone@localhost", version, "settings.error.recipients.invalid",
                "someone@localhost");
        assertRefused("Qiubai Li <qli@whuh.example>", version, "settings.error.recipients.invalid",
                "Qiubai Li <qli@whuh.example>");
        assertRefused("a@whuh.example b@whuh.example", version, "settings.error.recipients.invalid",
                "a@whuh.example b@whuh.example");
        assertRefused(" \n , ", version, "settings.error.recipients.empty", null);
        String eleven = String.join("\n", IntStream.rangeClosed(1, 11).mapToObj(i -> "r" + i + "@whuh.example").toList());
        assertRefused(eleven, version, "settings.error.recipients.tooMany", null);
        String long10 = String.join(",", IntStream.rangeClosed(1, 10)
                .mapToObj(i -> "a".repeat(45) + i + "@whuh.example").toList());
        assertRefused(long10, version, "settings.error.recipients.tooLong", null);

        assertThat(settings.leadRecipients()).isEqualTo(before);
        assertThat(asAdmin(settings::current).leadRecipients().version()).isEqualTo(version);
        assertThat(changesBy(admin)).isEmpty();
    }

    @Test
    void digestSwitchIsStoredAndAudited() {
        assertThat(settings.dailyDigest()).isTrue();
        asAdmin(() -> settings.changeDailyDigest(false, settings.current().dailyDigest().version()));
        assertThat(settings.dailyDigest()).isFalse();
        asAdmin(() -> settings.changeDailyDigest(true, settings.current().dailyDigest().version()));
        assertThat(settings.dailyDigest()).isTrue();
        assertThat(changesBy(admin)).containsExactly("daily-digest=off", "daily-digest=on");
    }

    @Test
    void aChangeAgainstAnOlderVersionIsRefusedNotOverwritten() throws Exception {
        long version = asAdmin(settings::current).leadRecipients().version();
        asAdmin(() -> settings.changeLeadRecipients("first@whuh.example", version));

        assertRefused("second@whuh.example", version, "settings.error.conflict", null);
        assertThat(settings.leadRecipients()).containsExactly("first@whuh.example");

        // two admins saving at the same moment against the same version: exactly one wins
        long now = asAdmin(settings::current).leadRecipients().version();
        Callable<Boolean> a = () -> saved("a@whuh.example", now);
        Callable<Boolean> b = () -> saved("b@whuh.example", now);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> results = pool.invokeAll(List.of(a, b));
            assertThat(results.stream().filter(SiteSettingsTest::get)).hasSize(1);
        }
        assertThat(settings.leadRecipients()).hasSize(1).first().isIn("a@whuh.example", "b@whuh.example");
        assertThat(changesBy(admin)).hasSize(2);
    }

    @Test
    void onlyAdminsMayReadOrChangeSettingsAndSystemFacts() {
        List<Runnable> calls = List.of(() -> settings.current(),
                () -> settings.changeLeadRecipients("x@whuh.example", SiteSettings.NEVER_SAVED),
                () -> settings.resetLeadRecipients(SiteSettings.NEVER_SAVED),
                () -> settings.changeDailyDigest(false, SiteSettings.NEVER_SAVED), () -> system.facts());
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            for (StaffRole role : List.of(StaffRole.RECRUITER, StaffRole.INVESTIGATOR)) {
                TestStaff.as("not-admin", role, () -> assertThatThrownBy(call::run)
                        .isInstanceOf(AccessDeniedException.class));
            }
        }
        assertThat(settings.leadRecipients()).containsExactly(ENVIRONMENT_DEFAULT);
        assertThat(settings.dailyDigest()).isTrue();
    }

    @Test
    void systemFactsDescribeTheInstallationWithoutSecrets() {
        SystemFacts.Facts facts = asAdmin(system::facts);
        assertThat(facts.version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(facts.builtAt()).isNotNull();
        assertThat(facts.embeddedDatabase()).isTrue();
        assertThat(facts.databaseLocation()).matches("127\\.0\\.0\\.1:\\d+/portal");
        assertThat(facts.databaseVersion()).startsWith("MariaDB 11.4");
        // V30 (the mail outbox) is the newest migration today; later features add higher ones
        assertThat(Integer.parseInt(facts.schemaVersion().split(" ")[0])).isGreaterThanOrEqualTo(30);
        assertThat(facts.mailServer()).isNull();
        assertThat(facts.maxFailedLogins()).isEqualTo(5);

        assertThat(SystemFacts.location(
                "jdbc:mariadb://portal:s3cr@t@db.whuh.example:3306/portal?password=s3cret&sslMode=verify-full"))
                .isEqualTo("db.whuh.example:3306/portal");
        assertThat(SystemFacts.location("jdbc:mariadb://db.whuh.example/portal;password=s3cret"))
                .isEqualTo("db.whuh.example/portal");
        assertThat(SystemFacts.location("not a url")).isNull();
    }

    private void assertRefused(String input, long version, String key, String firstArgument) {
        assertThatThrownBy(() -> asAdmin(() -> settings.changeLeadRecipients(input, version)))
                .isInstanceOfSatisfying(SettingsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    if (firstArgument != null) {
                        assertThat(refused.args()[0]).isEqualTo(firstArgument);
                    }
                });
    }

    private boolean saved(String recipients, long version) {
        try {
            asAdmin(() -> settings.changeLeadRecipients(recipients, version));
            return true;
        } catch (SettingsException refused) {
            assertThat(refused.messageKey()).isEqualTo("settings.error.conflict");
            return false;
        }
    }

    private List<String> changesBy(String actor) {
        return auditLog.byAction(SiteSettings.AUDIT_ACTION).stream().filter(e -> e.getActor().equals(actor))
                .map(AuditEvent::getDetail).toList();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> code) {
        return TestStaff.as(admin, StaffRole.ADMIN, code);
    }

    private void asAdmin(Runnable code) {
        TestStaff.as(admin, StaffRole.ADMIN, code);
    }

    private static boolean get(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
