package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.prescreen.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The development default: no SMTP server configured, so mail is rendered and kept, never sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxWithoutSmtpTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    LeadRepository leads;
    @Autowired
    Outbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    DailyDigest digest;

    LeadSubmissions submissions;

    @BeforeEach
    void setUp() {
        submissions = new LeadSubmissions(context);
    }

    @Test
    void submittedLeadKeepsBothMessagesUnsent() {
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", "kept@example.com");
        dispatcher.dispatch();

        List<MailMessage> mail = messages.findByLeadReferenceOrderByIdAsc(reference);
        assertThat(mail).extracting(MailMessage::getKind)
                .containsExactly(MailKind.SITE_LEAD, MailKind.PATIENT_CONFIRMATION);
        assertThat(mail).allSatisfy(message -> {
            assertThat(message.getStatus()).isEqualTo(MailStatus.KEPT);
            assertThat(message.getAttempts()).isZero();
            assertThat(message.getTextBody()).contains(reference);
        });
        assertThat(outbox.sending()).isFalse();
        assertThat(outbox.retry(mail.getFirst().getId())).isFalse();
    }

    @Test
    void rolledBackSubmissionLeavesNeitherLeadNorMail() {
        String reference = submissions.submit(Outcome.NEEDS_REVIEW, "zh", "rollback@example.com", true);

        assertThat(leads.findByReference(reference)).isEmpty();
        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference)).isEmpty();
    }

    @Test
    void notEligibleLeadWithoutEmailGetsNoMail() {
        String reference = submissions.submit(Outcome.NOT_ELIGIBLE, "en", null);

        assertThat(leads.findByReference(reference)).isPresent();
        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference)).isEmpty();
    }

    @Test
    void digestIsWrittenOncePerDateEvenWhenTwoWritersRace() throws Exception {
        LocalDate date = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        Callable<Boolean> write = () -> digest.write(date);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> results = pool.invokeAll(List.of(write, write));
            assertThat(results.stream().filter(this::wrote)).hasSize(1);
        }
        assertThat(digest.write(date)).isFalse();
        assertThat(messages.existsByDedupKey("digest:" + date)).isTrue();
    }

    private boolean wrote(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
