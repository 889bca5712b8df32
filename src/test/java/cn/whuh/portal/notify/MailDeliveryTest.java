package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.prescreen.Outcome;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Delivery through a real SMTP server (GreenMail), with fast retries so failures play out in seconds. */
@SpringBootTest(properties = {
    "portal.site-contact-email=site@whuh.example",
    "portal.base-url=https://portal.whuh.example",
    "portal.notify.dispatch-interval=PT0.2S",
    "portal.notify.first-retry=PT0.4S",
    "portal.notify.max-retry=PT1S",
    "portal.notify.max-attempts=8"})
class MailDeliveryTest {

    static final Smtp SMTP = new Smtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    Outbox outbox;

    LeadSubmissions submissions;

    @BeforeEach
    void setUp() {
        submissions = new LeadSubmissions(context);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void siteContactAndPatientGetTheirMessageInTheirLanguage() {
        SMTP.start();
        String reference = submissions.submit(Outcome.NEEDS_REVIEW, "zh", "patient@example.com");

        List<MailMessage> mail = awaitStatus(reference, MailStatus.SENT);
        MimeMessage site = receivedOnce(mail.get(0));
        MimeMessage patient = receivedOnce(mail.get(1));

        assertThat(Smtp.header(site, "To")).isEqualTo("site@whuh.example");
        assertThat(Smtp.header(site, "Message-ID")).isEqualTo(mail.get(0).getMessageId());
        String siteSubject = subject(site);
        assertThat(siteSubject).contains(reference, "需要审核", "Needs review");
        for (String body : List.of(Smtp.content(site, "text/plain"), Smtp.content(site, "text/html"))) {
            assertThat(body).contains(reference, "需要审核", "Needs review", "E21", "Prior B-cell targeted therapy",
                    "既往接受过 B 细胞靶向治疗", "中文", "Chinese", "weekday evenings", "(UTC+8)",
                    "https://portal.whuh.example/staff/leads/" + reference, "参考编号", "Reference");
            assertThat(body).doesNotContain(LeadSubmissions.NAME, LeadSubmissions.PHONE, "patient@example.com",
                    LeadSubmissions.ANSWER);
        }

        assertThat(Smtp.header(patient, "To")).isEqualTo("patient@example.com");
        assertThat(subject(patient)).contains(reference, "预筛查");
        for (String body : List.of(Smtp.content(patient, "text/plain"), Smtp.content(patient, "text/html"))) {
            assertThat(body).contains(reference, "(027) 85726808", "撤回同意", "研究团队成员会审核您的回答")
                    .doesNotContain("Thank you", "Withdrawing", LeadSubmissions.ANSWER, "E21");
        }
    }

    @Test
    void englishPatientGetsEnglishMail() {
        SMTP.start();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", "english@example.com");

        MimeMessage patient = receivedOnce(awaitStatus(reference, MailStatus.SENT).get(1));
        assertThat(subject(patient)).isEqualTo("Your pre-screening for study NCT06106906: reference " + reference);
        assertThat(Smtp.content(patient, "text/plain"))
                .contains(reference, "What happens next", "(027) 85726808", "withdraw your consent")
                .doesNotContain("撤回");
    }

    @Test
    void mailWrittenWhileSmtpIsDownIsDeliveredOnceWhenItReturns() {
        SMTP.stop();
        List<String> references = Stream.of("zh", "en", "zh")
                .map(language -> submissions.submit(Outcome.LIKELY_ELIGIBLE, language, language + "@example.com"))
                .toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> references.stream()
                .flatMap(r -> messages.findByLeadReferenceOrderByIdAsc(r).stream())
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
    void messageIsDeadAfterTheLastAttemptAndAnAdminRetryDeliversIt() {
        SMTP.stop();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", null);

        MailMessage dead = awaitStatus(reference, MailStatus.DEAD).getFirst();
        assertThat(dead.getAttempts()).isEqualTo(8);
        assertThat(dead.getLastError()).contains("Connect").doesNotContain("site@whuh.example");

        SMTP.start();
        assertThat(outbox.retry(dead.getId())).isTrue();
        receivedOnce(awaitStatus(reference, MailStatus.SENT).getFirst());
    }

    private List<MailMessage> awaitStatus(String reference, MailStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> messages.findByLeadReferenceOrderByIdAsc(reference),
                mail -> !mail.isEmpty() && mail.stream().allMatch(m -> m.getStatus() == status));
    }

    private MimeMessage receivedOnce(MailMessage message) {
        List<MimeMessage> received = SMTP.withMessageId(message.getMessageId());
        assertThat(received).as("copies of %s received", message.getKind()).hasSize(1);
        return received.getFirst();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
