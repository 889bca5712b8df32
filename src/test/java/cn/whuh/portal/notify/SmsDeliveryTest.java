package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.lead.ConsentChoices;
import cn.whuh.portal.lead.ContactDetails;
import cn.whuh.portal.lead.LeadService;
import cn.whuh.portal.lead.LeadSubmission;
import cn.whuh.portal.lead.PatientDoor;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.lead.VisitorSource;
import cn.whuh.portal.notify.sms.AliyunSmsServer;
import cn.whuh.portal.notify.sms.AliyunSmsServer.Accepted;
import cn.whuh.portal.notify.sms.AliyunSmsServer.Reply;
import cn.whuh.portal.notify.sms.SmsTemplate;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS through the real Alibaba Cloud SDK to a server that checks each request's signature and answers as the
 * provider documents ({@link AliyunSmsServer}); no SMTP server, so mail is kept. Each test uses its own number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "portal.base-url=https://whuh.cn",
    "portal.notify.dispatch-interval=PT0.5S",
    "portal.notify.first-retry=PT0.4S",
    "portal.notify.max-retry=PT1S",
    "portal.sms.provider=aliyun",
    "portal.sms.access-key-id=" + AliyunSmsServer.KEY_ID,
    "portal.sms.access-key-secret=" + AliyunSmsServer.KEY_SECRET,
    "portal.sms.sign-name=" + SmsDeliveryTest.SIGN,
    "portal.sms.template.confirmation.zh=SMS_0001",
    "portal.sms.template.confirmation.en=SMS_0002",
    "portal.sms.template.recheck.zh=SMS_0003",
    "portal.sms.template.withdrawal.zh=SMS_0005",
    "spring.datasource.hikari.connection-timeout=3000"})
class SmsDeliveryTest {

    static final String SIGN = "武汉协和医院";
    static final AliyunSmsServer SERVER = new AliyunSmsServer();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("portal.sms.endpoint", SERVER::endpoint);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    Outbox outbox;
    @Autowired
    PatientSms patientSms;
    @Autowired
    SmsTexts texts;
    @Autowired
    LeadService leadService;
    @Autowired
    PatientDoor door;

    LeadSubmissions submissions;

    @BeforeEach
    void setUp() {
        SERVER.start();
        submissions = new LeadSubmissions(context);
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    private static String newMobile() {
        return "139" + TestLeads.digits(8);
    }

    private MailMessage awaitSms(String reference, Predicate<MailMessage> done) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS),
                        sms -> sms.size() == 1 && done.test(sms.getFirst())).getFirst();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void leadWithoutEmailGetsOneSmsWithItsReferenceAndLinkOnce() {
        String mobile = newMobile();
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "zh", null, mobile);

        MailMessage sms = awaitSms(reference, m -> m.getStatus() == MailStatus.SENT);
        pause(Duration.ofSeconds(2));
        assertThat(SERVER.accepted(mobile)).singleElement().satisfies(accepted -> {
            assertThat(accepted.signName()).isEqualTo(SIGN);
            assertThat(accepted.templateCode()).isEqualTo("SMS_0001");
            assertThat(accepted.parameters()).containsOnly(java.util.Map.entry("ref", reference),
                    java.util.Map.entry("link", LeadSubmissions.personalLink(reference)),
                    java.util.Map.entry("phone", "027-8572 6808"));
            assertThat(accepted.outId()).isEqualTo(sms.getMessageId());
        });
        assertThat(sms.getKind()).isEqualTo(MailKind.PATIENT_CONFIRMATION);
        assertThat(sms.getRecipient()).isEqualTo("+86" + mobile);
        assertThat(sms.getTextBody()).as("sent: the token is not kept").isEqualTo("【武汉协和医院】已收到预筛查，编号"
                + reference + "。http://localhost/my/(sent) 咨询027-8572 6808");
        assertThat(sms.getTemplateParameters()).containsEntry("link", "http://localhost/my/(sent)");
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL))
                .extracting(MailMessage::getKind).containsExactly(MailKind.SITE_LEAD);
    }

    @Test
    void patientWithEmailAndPhoneGetsBothInTheirLanguage() {
        String mobile = newMobile();
        String reference = submissions.submit(Outcome.NEEDS_REVIEW, "en", "both@example.com", mobile);

        MailMessage sms = awaitSms(reference, m -> m.getStatus() == MailStatus.SENT);
        assertThat(SERVER.accepted(mobile)).extracting(Accepted::templateCode).containsExactly("SMS_0002");
        assertThat(sms.getLanguage()).isEqualTo("en");
        assertThat(sms.getTextBody()).startsWith("【武汉协和医院】We received your pre-screening, reference " + reference);
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL))
                .filteredOn(m -> m.getKind() == MailKind.PATIENT_CONFIRMATION).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getRecipient()).isEqualTo("both@example.com");
                    assertThat(mail.getLanguage()).isEqualTo("en");
                });
    }

    @Test
    void smsWrittenDuringAProviderOutageIsSentOnceWhenItReturns() {
        String mobile = newMobile();
        SERVER.script(mobile, Reply.UNAVAILABLE, Reply.UNAVAILABLE);
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "zh", null, mobile);

        MailMessage waiting = awaitSms(reference, m -> m.getLastError() != null);
        assertThat(waiting.getStatus()).isIn(MailStatus.PENDING, MailStatus.SENDING, MailStatus.SENT);
        assertThat(waiting.getLastError()).contains("ServiceUnavailable");

        MailMessage sent = awaitSms(reference, m -> m.getStatus() == MailStatus.SENT);
        pause(Duration.ofSeconds(2));
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(SERVER.accepted(mobile)).hasSize(1);
    }

    @Test
    void throttledSmsIsRetriedLater() {
        String mobile = newMobile();
        SERVER.script(mobile, Reply.THROTTLED);
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "zh", null, mobile);

        MailMessage sent = awaitSms(reference, m -> m.getStatus() == MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(SERVER.accepted(mobile)).hasSize(1);
    }

    @Test
    void templateErrorIsDeadAtOnceWithTheProvidersWordsWithoutThePhoneAndAnAdminRetrySendsIt() {
        String mobile = newMobile();
        SERVER.script(mobile, Reply.TEMPLATE_ILLEGAL);
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "zh", null, mobile);

        MailMessage dead = awaitSms(reference, m -> m.getStatus() == MailStatus.DEAD);
        assertThat(dead.getAttempts()).isEqualTo(1);
        assertThat(dead.getLastError()).contains("isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板 SMS_0001", "<phone>")
                .doesNotContain(mobile);
        assertThat(SERVER.accepted(mobile)).isEmpty();

        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> outbox.retry(dead.getId()))).isTrue();
        awaitSms(reference, m -> m.getStatus() == MailStatus.SENT);
        assertThat(SERVER.accepted(mobile)).hasSize(1);
    }

    @Test
    void aNumberOutsideChinaGetsNoSms() {
        String reference = submissions.submit(Outcome.LIKELY_ELIGIBLE, "en", "abroad@example.com", "+447700900123");

        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS)).isEmpty();
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL)).hasSize(2);
        assertThat(patientSms.withdrawalReceipt(reference, "NCT06106906", "+447700900123", "en")).isFalse();
    }

    @Test
    void aPersonWhoWithdrawsOnTheirPageGetsOneReceiptAndTheOutboxThenForgetsTheirNumber() {
        String mobile = newMobile();
        LeadService.SubmittedLead lead = leadService.submit(new LeadSubmission("NCT06106906",
                Answers.likelyEligible(), new ContactDetails("周敏", mobile, null, null, "zh", null),
                new ConsentChoices(true, true, false), Locale.SIMPLIFIED_CHINESE, VisitorSource.NONE, null));
        awaitSms(lead.reference(), m -> m.getStatus() == MailStatus.SENT);

        String token = lead.personalLink().substring(lead.personalLink().lastIndexOf('/') + 1);
        assertThat(door.withdraw(token)).isTrue();
        assertThat(door.withdraw(token)).isFalse();

        MailMessage receipt = await().atMost(Duration.ofSeconds(30)).until(() -> messages
                .findByLeadReferenceAndChannelOrderByIdAsc(lead.reference(), Channel.SMS).stream()
                .filter(m -> m.getKind() == MailKind.WITHDRAWAL_RECEIPT && m.getStatus() == MailStatus.SENT)
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        pause(Duration.ofSeconds(2));
        assertThat(SERVER.accepted(mobile)).extracting(Accepted::templateCode).containsExactly("SMS_0001", "SMS_0005");
        assertThat(SERVER.accepted(mobile).getLast().parameters()).containsOnlyKeys("ref", "phone")
                .containsEntry("ref", lead.reference());
        assertThat(receipt.getTextBody()).contains("撤回同意", lead.reference()).doesNotContain(mobile);
        assertThat(receipt.getRecipient()).as("the number is forgotten once the receipt is sent").isNull();
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(lead.reference(), Channel.SMS))
                .allSatisfy(m -> assertThat(m.getRecipient()).isNull());
    }

    @Test
    void recheckInvitationAndWithdrawalReceiptAreSentOnceEach() {
        String mobile = newMobile();
        String reference = LeadSubmissions.newReference();
        String link = "https://whuh.cn/my/Zt8Qk2";

        assertThat(patientSms.recheckInvitation(reference, "NCT06106906", "+86" + mobile, "zh", link)).isTrue();
        assertThat(patientSms.recheckInvitation(reference, "NCT06106906", "+86" + mobile, "zh", link)).isFalse();
        assertThat(patientSms.withdrawalReceipt(reference, "NCT06106906", "+86" + mobile, "zh")).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.accepted(mobile).size() == 2);
        pause(Duration.ofSeconds(1));
        List<Accepted> accepted = SERVER.accepted(mobile);
        assertThat(accepted).extracting(Accepted::templateCode).containsExactlyInAnyOrder("SMS_0003", "SMS_0005");
        assertThat(accepted).filteredOn(a -> a.templateCode().equals("SMS_0003")).singleElement()
                .satisfies(a -> assertThat(a.parameters()).containsEntry("link", link).containsEntry("ref", reference));
        assertThat(accepted).filteredOn(a -> a.templateCode().equals("SMS_0005")).singleElement()
                .satisfies(a -> assertThat(a.parameters()).containsOnlyKeys("ref", "phone"));
        assertThat(messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS))
                .extracting(MailMessage::getKind)
                .containsExactly(MailKind.RECHECK_INVITATION, MailKind.WITHDRAWAL_RECEIPT);
    }

    @Test
    void aTemplateWithoutCodeIsDeadAtOnceNamingTheVariableToSet() {
        String mobile = newMobile();
        String reference = LeadSubmissions.newReference();
        patientSms.withdrawalReceipt(reference, "NCT06106906", "+86" + mobile, "en");

        MailMessage dead = awaitSms(reference, m -> m.getStatus() == MailStatus.DEAD);
        assertThat(dead.getLastError()).isEqualTo("No template code configured: set PORTAL_SMS_TEMPLATE_WITHDRAWAL_EN");
        assertThat(SERVER.accepted(mobile)).isEmpty();
    }

    @Test
    void chineseTextsFitOneSegmentWithTheSignNameAndAShortLink() {
        for (SmsTemplate template : SmsTemplate.values()) {
            Sms sms = texts.render(template, "LP-7K3QXAB", "NCT06106906", "+8613900000000", "zh",
                    "https://whuh.cn/my/Zt8Qk2");
            assertThat(sms.text()).as(template.name()).startsWith("【" + SIGN + "】").doesNotContain("${");
            assertThat(sms.text().length()).as(template.name() + ": " + sms.text()).isLessThanOrEqualTo(70);
        }
    }
}
