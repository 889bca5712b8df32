package cn.whuh.portal.notify;

import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.prescreen.Outcome;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery through a real SMTP server (GreenMail). */
class MailDeliveryTest extends SmtpContext {

    @Test
    void siteContactAndPatientGetTheirMessageInTheirLanguage() {
        SMTP.start();
        String reference = submissions.submit(Outcome.NEEDS_REVIEW, "zh", "patient@example.com");

        List<MailMessage> mail = awaitStatus(reference, MailStatus.SENT);
        MimeMessage site = receivedOnce(mail.get(0));
        MimeMessage patient = receivedOnce(mail.get(1));
        Smtp.save(site, "site-lead");
        Smtp.save(patient, "patient-zh");

        assertThat(Smtp.header(site, "To")).isEqualTo("site@whuh.example");
        assertThat(Smtp.header(site, "Message-ID")).isEqualTo(mail.get(0).getMessageId());
        String siteSubject = Smtp.subject(site);
        assertThat(siteSubject).contains(reference, "需要审核", "Needs review");
        for (String body : List.of(Smtp.content(site, "text/plain"), Smtp.content(site, "text/html"))) {
            assertThat(body).contains(reference, "需要审核", "Needs review", "E21", "Prior B-cell targeted therapy",
                    "既往接受过 B 细胞靶向治疗", "中文", "Chinese", "weekday evenings", "(UTC+8)",
                    "https://portal.whuh.example/staff/leads/" + reference, "参考编号", "Reference");
            assertThat(body).doesNotContain(LeadSubmissions.NAME, LeadSubmissions.PHONE, "patient@example.com",
                    LeadSubmissions.ANSWER);
        }

        assertThat(Smtp.header(patient, "To")).isEqualTo("patient@example.com");
        assertThat(Smtp.subject(patient)).contains(reference, "预筛查");
        for (String body : List.of(Smtp.content(patient, "text/plain"), Smtp.content(patient, "text/html"))) {
            assertThat(body).contains(reference, "027-8572 6808", "撤回同意", "研究团队成员会审核您的回答",
                            "研究团队会在 2 个工作日内（北京时间 9:00–17:00）给您打电话，来电号码为 027-8572 6808。")
                    .doesNotContain("Thank you", "Withdrawing", LeadSubmissions.ANSWER, "E21");
        }
    }

    @Test
    void englishPatientGetsEnglishMail() {
        SMTP.start();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", "english@example.com");

        MimeMessage patient = receivedOnce(awaitStatus(reference, MailStatus.SENT).get(1));
        Smtp.save(patient, "patient-en");
        assertThat(Smtp.subject(patient)).isEqualTo("Your pre-screening for study NCT06106906: reference " + reference);
        assertThat(Smtp.content(patient, "text/plain"))
                .contains(reference, "What happens next", "027-8572 6808", "withdraw your consent",
                        "We will call you within 2 working days, between 9:00 and 17:00 Beijing time, from 027-8572 6808.")
                .doesNotContain("撤回");
    }

    @Test
    void mailWrittenWhileSmtpIsDownIsDeliveredOnceWhenItReturns() {
        SMTP.stop();
        List<String> references = Stream.of("zh", "en", "zh")
                .map(language -> submissions.submit(Outcome.LIKELY_ELIGIBLE, language, language + "@example.com"))
                .toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> references.stream()
                .flatMap(r -> messages.findByLeadReferenceAndChannelOrderByIdAsc(r, Channel.MAIL).stream())
                .allMatch(m -> m.getStatus() == MailStatus.PENDING && m.getLastError() != null));

        SMTP.start();
        List<MailMessage> mail = references.stream().flatMap(r -> awaitStatus(r, MailStatus.SENT).stream()).toList();
        assertThat(mail).hasSize(6);
        pause(Duration.ofSeconds(2));
        assertThat(mail).allSatisfy(this::receivedOnce);
        assertThat(mail).allSatisfy(m -> assertThat(messages.findById(m.getId()).orElseThrow().getStatus())
                .isEqualTo(MailStatus.SENT));
    }

    @Test
    void dispatchersRacingOnOneDatabaseSendEachMessageOnce() throws Exception {
        SMTP.start();
        // eight leads committed together, so that all their mail is due at the same moment
        List<String> references = context.getBean(TransactionTemplate.class).execute(status -> Stream
                .generate(() -> submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", null)).limit(8).toList());
        // three more dispatchers besides the scheduled one and the nudges: like four portal instances
        OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
        try (ExecutorService instances = Executors.newFixedThreadPool(3)) {
            instances.invokeAll(List.of(Executors.callable(dispatcher::dispatch), Executors.callable(dispatcher::dispatch),
                    Executors.callable(dispatcher::dispatch)));
        }
        List<MailMessage> mail = references.stream().flatMap(r -> awaitStatus(r, MailStatus.SENT).stream()).toList();
        assertThat(mail).hasSize(8).allSatisfy(this::receivedOnce);
    }

    @Test
    void unparseableAddressIsDeadAtOnceWithoutHoldingUpTheSiteMail() {
        SMTP.start();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", "not an address@@");

        MailMessage patient = await().atMost(Duration.ofSeconds(30))
                .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL).get(1),
                        m -> m.getStatus() == MailStatus.DEAD);
        assertThat(patient.getAttempts()).isEqualTo(1);
        assertThat(patient.getLastError()).doesNotContain("not an address");
        receivedOnce(awaitSent(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL).getFirst()));
    }

    @Test
    void messageIsDeadAfterTheLastAttemptAndAnAdminRetryDeliversIt() {
        SMTP.stop();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", null);

        MailMessage dead = awaitStatus(reference, MailStatus.DEAD).getFirst();
        assertThat(dead.getAttempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.getLastError()).contains("Connect").doesNotContain("site@whuh.example");

        SMTP.start();
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> outbox.retry(dead.getId()))).isTrue();
        receivedOnce(awaitStatus(reference, MailStatus.SENT).getFirst());
    }

    private MailMessage awaitSent(MailMessage message) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> messages.findById(message.getId()).orElseThrow(),
                m -> m.getStatus() == MailStatus.SENT);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
