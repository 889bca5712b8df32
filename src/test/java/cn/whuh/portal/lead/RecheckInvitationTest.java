package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.notify.Channel;
import cn.whuh.portal.notify.MailKind;
import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.notify.RecheckInvitations;
import cn.whuh.portal.notify.Smtp;
import cn.whuh.portal.notify.SmtpContext;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The re-check invitation: planned while the date lies ahead, written once on it in the person's language with a
 * link to the questionnaire, sent once (also by two instances at once), and never for someone who did not agree
 * to be contacted, gave neither an e-mail nor a Chinese mobile number, or withdrew; by SMS as well to a Chinese
 * mobile number (kept here: no provider). The personal page says planned, then sent.
 */
class RecheckInvitationTest extends SmtpContext {

    @Autowired
    RecheckInvitations invitations;
    @Autowired
    LeadRepository leads;
    @Autowired
    PatientDoor door;

    private final LocalDate today = LocalDate.now(ClockConfig.SITE_ZONE);

    @Test
    void aPersonWhoMayQualifyLaterIsInvitedOnceOnTheDayInTheirLanguage() throws Exception {
        SMTP.start();
        LocalDate recheck = today.plusDays(10);
        String token = PersonalLink.newToken();
        String reference = save(recheck, "zh", "inv" + TestLeads.digits(6) + "@example.com", true, token);
        assertThat(door.find(token).orElseThrow().recheckPlanned()).isTrue();

        invitations.invite(recheck.minusDays(1));
        assertThat(invitationsOf(reference)).isEmpty();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        Future<Integer> one = instances.submit(() -> invitations.invite(recheck));
        Future<Integer> two = instances.submit(() -> invitations.invite(recheck));
        one.get();
        two.get();
        instances.shutdown();
        invitations.invite(recheck.plusDays(1));

        assertThat(invitationsOf(reference, Channel.SMS)).singleElement().satisfies(sms -> {
            assertThat(sms.getStatus()).isEqualTo(MailStatus.KEPT);
            assertThat(sms.getTextBody()).contains("https://portal.whuh.example/prescreen?lang=zh", reference);
        });
        List<MailMessage> written = invitationsOf(reference, Channel.MAIL);
        assertThat(written).singleElement().satisfies(m -> {
            assertThat(m.getLanguage()).isEqualTo("zh");
            assertThat(m.getSubject()).contains("可能符合", reference);
            assertThat(m.getTextBody()).contains("https://portal.whuh.example/prescreen?lang=zh");
        });
        MailMessage sent = await().atMost(Duration.ofSeconds(30)).until(
                () -> messages.findById(written.getFirst().getId()).orElseThrow(), m -> m.getStatus() == MailStatus.SENT);
        assertThat(SMTP.withMessageId(sent.getMessageId())).singleElement()
                .satisfies(m -> assertThat(Smtp.content(m, "text/plain")).contains("再做一次预筛查"));
        MyLead my = door.find(token).orElseThrow();
        assertThat(my.recheckInvitedAt()).isNotNull();
        assertThat(my.recheckPlanned()).isFalse();
        assertThat(leads.findByReference(reference).orElseThrow().recheckInvitationPlanned()).isEmpty();
    }

    @Test
    void noInvitationWithoutConsentToBeContactedAWayToReachThemOrAfterWithdrawal() {
        LocalDate recheck = today.plusDays(12);
        String noConsent = save(recheck, "en", "nc" + TestLeads.digits(6) + "@example.com", false, null);
        String noWay = save(recheck, "en", null, true, null, "+4915" + TestLeads.digits(9));
        String smsOnly = save(recheck, "en", null, true, null, CHINESE_MOBILE.get());
        String token = PersonalLink.newToken();
        String withdrawn = save(recheck, "en", "wd" + TestLeads.digits(6) + "@example.com", true, token);
        door.withdraw(token);

        invitations.invite(recheck);

        assertThat(invitationsOf(noConsent)).isEmpty();
        assertThat(invitationsOf(noWay)).isEmpty();
        assertThat(invitationsOf(withdrawn)).isEmpty();
        assertThat(invitationsOf(smsOnly)).singleElement()
                .satisfies(sms -> assertThat(sms.getChannel()).isEqualTo(Channel.SMS));
    }

    private List<MailMessage> invitationsOf(String reference) {
        return messages.findByLeadReferenceOrderByIdAsc(reference).stream()
                .filter(m -> m.getKind() == MailKind.RECHECK_INVITATION).toList();
    }

    private List<MailMessage> invitationsOf(String reference, Channel channel) {
        return invitationsOf(reference).stream().filter(m -> m.getChannel() == channel).toList();
    }

    private static final Supplier<String> CHINESE_MOBILE = () -> "+86134" + TestLeads.digits(8);

    /** A ruled-out lead (diagnosed too recently) that may qualify from {@code recheck}, with a Chinese mobile. */
    private String save(LocalDate recheck, String language, String email, boolean future, String token) {
        return save(recheck, language, email, future, token, CHINESE_MOBILE.get());
    }

    private String save(LocalDate recheck, String language, String email, boolean future, String token,
            String phone) {
        String reference = "TI-" + TestLeads.digits(6);
        Lead lead = new Lead(Reference.of(reference), "NCT06106906", "test", Outcome.NOT_ELIGIBLE, "{}",
                "{\"criteria\":[]}", TestLeads.contact("复查 测试", phone, email, language, null), Instant.now());
        lead.mayQualifyFrom(recheck);
        lead.addConsent(ConsentKind.PRESCREEN_PROCESSING, "1", language, "0".repeat(64), Instant.now());
        if (future) {
            lead.addConsent(ConsentKind.FUTURE_STUDIES, "1", language, "0".repeat(64), Instant.now());
        }
        if (token != null) {
            lead.privacy().personalLink(PersonalLink.sha256(token));
        }
        leads.save(lead);
        return reference;
    }
}
