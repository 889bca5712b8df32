package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.settings.TestSettings;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead recipients and the digest switch an ADMIN sets on the settings page, as the mail server sees them. */
class LeadRecipientsMailTest extends SmtpContext {

    private static final String OFFICE = "trial.office@whuh.example";
    private static final String LAB = "li.lab@whuh.example";

    @Autowired
    SiteSettings settings;
    @Autowired
    DailyDigest digest;

    @AfterEach
    void backToDefaults() {
        TestSettings.restoreDefaults(settings);
    }

    @Test
    void nextLeadGoesToTheSavedRecipientsOnlyAndAfterResetToTheDefaultAgain() {
        SMTP.start();
        asAdmin(() -> settings.changeLeadRecipients(OFFICE + "\n" + LAB, settings.current().leadRecipients().version()));

        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", null);

        List<MailMessage> mail = awaitStatus(reference, MailStatus.SENT);
        assertThat(mail).extracting(MailMessage::getKind).containsOnly(MailKind.SITE_LEAD);
        assertThat(mail).extracting(MailMessage::getRecipient).containsExactly(OFFICE, LAB);
        assertThat(mail).allSatisfy(m -> assertThat(Smtp.header(receivedOnce(m), "To")).isEqualTo(m.getRecipient()));
        assertThat(recipientsOfMailAbout(reference)).containsExactlyInAnyOrder(OFFICE, LAB);

        asAdmin(() -> settings.resetLeadRecipients(settings.current().leadRecipients().version()));
        String after = submissions.submit(Outcome.NEEDS_REVIEW, "zh", null);

        awaitStatus(after, MailStatus.SENT);
        assertThat(recipientsOfMailAbout(after)).containsExactly("site@whuh.example");
    }

    @Test
    void digestGoesToEachRecipientAndNotAtAllWhenSwitchedOff() {
        SMTP.start();
        LocalDate off = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        asAdmin(() -> settings.changeDailyDigest(false, settings.current().dailyDigest().version()));

        assertThat(digest.write(off)).isFalse();
        assertThat(messages.existsByDedupKey("digest:" + off)).isFalse();

        LocalDate on = off.plusDays(1);
        asAdmin(() -> {
            settings.changeDailyDigest(true, settings.current().dailyDigest().version());
            settings.changeLeadRecipients(OFFICE + ", " + LAB, settings.current().leadRecipients().version());
        });
        assertThat(digest.write(on)).isTrue();
        assertThat(digest.write(on)).isFalse();

        List<MailMessage> written = List.of(messages.findByDedupKey("digest:" + on).orElseThrow(),
                messages.findByDedupKey("digest:" + on + "#2").orElseThrow());
        assertThat(written).extracting(MailMessage::getRecipient).containsExactly(OFFICE, LAB);
        written.forEach(this::awaitSent);
        assertThat(written).allSatisfy(this::receivedOnce);
    }

    private void awaitSent(MailMessage message) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> messages.findById(message.getId()).orElseThrow().getStatus() == MailStatus.SENT);
    }

    /** Every address the mail server received a message for whose subject names the lead. */
    private static List<String> recipientsOfMailAbout(String reference) {
        return SMTP.received().stream().filter(m -> Smtp.subject(m).contains(reference))
                .map(m -> Smtp.header(m, "To")).toList();
    }

    private static void asAdmin(Runnable code) {
        TestStaff.as("settings-admin", StaffRole.ADMIN, code);
    }
}
