package cn.whuh.portal.notify;

import cn.whuh.portal.lead.StatusChange;
import cn.whuh.portal.notify.sms.SmsTemplate;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.lead.TestLeads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
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
    OutboxDispatcher dispatcher;
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

        List<MailMessage> mail = messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL);
        assertThat(mail).extracting(MailMessage::getKind)
                .containsExactly(MailKind.SITE_LEAD, MailKind.PATIENT_CONFIRMATION);
        assertThat(mail).allSatisfy(message -> {
            assertThat(message.getStatus()).isEqualTo(MailStatus.KEPT);
            assertThat(message.getAttempts()).isZero();
            assertThat(message.getTextBody()).contains(reference);
        });
        assertThat(outbox.sending(Channel.MAIL)).isFalse();
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> outbox.retry(mail.getFirst().getId()))).isFalse();
        for (StaffRole notAdmin : List.of(StaffRole.RECRUITER, StaffRole.INVESTIGATOR)) {
            assertThatThrownBy(() -> TestStaff.as("someone", notAdmin, () -> outbox.latest(null, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestStaff.as("someone", notAdmin, () -> outbox.retry(mail.getFirst().getId())))
                    .isInstanceOf(AccessDeniedException.class);
        }
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
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL)).isEmpty();
    }

    @Test
    void withoutProviderTheSmsIsKeptAndReadableWithItsReferenceAndLink() {
        String reference = submissions.submit(Outcome.NOT_ELIGIBLE, "zh", null);
        dispatcher.dispatch();

        assertThat(outbox.sending(Channel.SMS)).isFalse();
        MailMessage sms = messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS).getFirst();
        assertThat(sms.getStatus()).isEqualTo(MailStatus.KEPT);
        assertThat(sms.getAttempts()).isZero();
        assertThat(sms.getRecipient()).isEqualTo("+86" + LeadSubmissions.PHONE);
        assertThat(sms.getTemplate()).isEqualTo(SmsTemplate.CONFIRMATION);
        assertThat(sms.getTemplateParameters()).containsEntry("ref", reference).containsKeys("link", "phone");
        assertThat(sms.getTextBody()).contains(reference, sms.getTemplateParameters().get("link"), "027-8572 6808");
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> outbox.latest(MailStatus.KEPT, 200)))
                .extracting(MailMessage::getId).contains(sms.getId());
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> outbox.retry(sms.getId()))).isFalse();
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

    @Test
    void digestListsCountsAndReferencesOnly() {
        LocalDate date = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        Instant digestTime = date.atTime(8, 0).atZone(ClockConfig.SITE_ZONE).toInstant();
        String fresh = storeLead(digestTime.minus(Duration.ofHours(10)), LeadStatus.NEW, null);
        String untouched = storeLead(digestTime.minus(Duration.ofHours(60)), LeadStatus.NEW, null);
        String handled = storeLead(digestTime.minus(Duration.ofHours(60)), LeadStatus.REACHED, null);
        String recontact = storeLead(digestTime.minus(Duration.ofDays(30)), LeadStatus.REACHED, date.plusDays(2));
        String closed = storeLead(digestTime.minus(Duration.ofDays(30)), LeadStatus.WITHDRAWN, date.plusDays(3));

        assertThat(digest.write(date)).isTrue();
        MailMessage mail = messages.findByDedupKey("digest:" + date).orElseThrow();
        assertThat(mail.getKind()).isEqualTo(MailKind.DAILY_DIGEST);
        assertThat(mail.getSubject()).contains(date.toString(), "Daily leads digest", "每日线索汇总");
        String text = mail.getTextBody();
        assertThat(text).contains("New leads in the last 24 hours: ", "过去 24 小时的新线索", fresh,
                "Leads still NEW after 48 hours: ", untouched, date.plusDays(2) + " " + recontact, "/staff/leads")
                .doesNotContain(handled, closed, LeadSubmissions.NAME, LeadSubmissions.PHONE, LeadSubmissions.ANSWER);
        assertThat(section(text, "New leads in the last 24 hours")).contains(fresh).doesNotContain(untouched);
        assertThat(mail.getHtmlBody()).contains(fresh, untouched, recontact).doesNotContain(LeadSubmissions.NAME);
    }

    /** A lead stored as the lead feature would, with a given age, status and re-contact date. */
    private String storeLead(Instant createdAt, LeadStatus status, LocalDate recontactDate) {
        String reference = LeadSubmissions.newReference();
        Lead lead = new Lead(Reference.of(reference), "NCT06106906", "test-1", Outcome.LIKELY_ELIGIBLE,
                "{\"medication\":\"" + LeadSubmissions.ANSWER + "\"}", "{}",
                TestLeads.contact(LeadSubmissions.NAME, LeadSubmissions.PHONE, null, "zh", null), createdAt);
        if (recontactDate != null) {
            lead.changeStatus("test", new StatusChange(status, status.closed() ? status.reasons().getFirst() : null,
                    status.closed() ? "test" : null, null, recontactDate), Instant.now());
        } else {
            TestLeads.moveTo(lead, status);
        }
        leads.save(lead);
        return reference;
    }

    /** The line of a digest section heading in the plain text, and the lines up to the next blank one. */
    private static String section(String text, String heading) {
        String rest = text.substring(text.indexOf(heading));
        return rest.substring(0, rest.indexOf("\n\n"));
    }

    private boolean wrote(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
