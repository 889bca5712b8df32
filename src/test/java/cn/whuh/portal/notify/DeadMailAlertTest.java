package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.notify.ui.DeadMailAlert;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A patient confirmation caught in SENDING by a crash becomes DEAD (the dispatcher's recovery after the sending
 * lease) and is not left for someone to stumble on: an ADMIN sees it on the staff dashboard (the
 * {@link DeadMailAlert} the dashboard adds), other roles do not, and the daily digest lists it without recipient.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadMailAlertTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NotifyProperties properties;
    @Autowired
    DailyDigest digest;

    @Test
    void aConfirmationInterruptedBySendingShowsForAdminOnTheDashboardAndInTheDigest() {
        String email = "dead-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
        String reference = new LeadSubmissions(context).submit(Outcome.LIKELY_ELIGIBLE, "en", email);
        MailMessage confirmation = messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL).stream()
                .filter(m -> m.getKind() == MailKind.PATIENT_CONFIRMATION).findFirst().orElseThrow();
        // the crash: claimed for sending longer ago than the lease, never finished
        Instant now = Instant.now();
        jdbc.update("UPDATE mail_message SET status = 'SENDING', claimed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(now.minus(properties.sendingLease()).minus(Duration.ofMinutes(1))),
                confirmation.getId());
        transactions.executeWithoutResult(s -> messages.markInterrupted(now.minus(properties.sendingLease()),
                "interrupted while sending", now));
        assertThat(messages.findById(confirmation.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.DEAD);

        DeadMailAlert forAdmin = TestStaff.as("admin", StaffRole.ADMIN, DeadMailAlert::new);
        assertThat(forAdmin.isVisible()).isTrue();
        assertThat(forAdmin.getElement().getTextRecursively()).contains("could not be delivered (DEAD)");
        assertThat(test(forAdmin).find(RouterLink.class).single().getHref()).isEqualTo("staff/outbox");
        for (StaffRole other : new StaffRole[] {StaffRole.RECRUITER, StaffRole.INVESTIGATOR}) {
            DeadMailAlert hidden = TestStaff.as("someone", other, DeadMailAlert::new);
            assertThat(hidden.isVisible()).as(other.name()).isFalse();
            assertThat(hidden.getChildren()).isEmpty();
        }

        LocalDate date = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        assertThat(digest.write(date)).isTrue();
        MailMessage mail = messages.findByDedupKey("digest:" + date).orElseThrow();
        String deadLine = "#" + confirmation.getId() + " PATIENT_CONFIRMATION MAIL";
        assertThat(mail.getTextBody()).contains("Messages not delivered (DEAD)", "未能送达的消息（DEAD）", deadLine)
                .doesNotContain(email);
        assertThat(mail.getHtmlBody()).contains(deadLine).doesNotContain(email);
    }
}
