package cn.whuh.portal.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.PersonalLink;
import cn.whuh.portal.lead.PersonalLinks;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.notify.MailKind;
import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.notify.Smtp;
import cn.whuh.portal.notify.SmtpContext;
import cn.whuh.portal.support.Accessibility;
import cn.whuh.portal.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when", as a person and the study team notice it: a lead made through the API gets a mail
 * with its personal link; on a phone, in Chinese, the page shows the reference; two taps withdraw; the page then
 * says withdrawn and shows no phone of theirs, the lead recipients get a mail naming the reference and not the
 * phone, and an unknown token shows no reference. The token is nowhere at rest but as its hash, and in no log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalPageBrowserTest extends SmtpContext {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void apiLeadGetsItsLinkByMailAndWithdrawsInTwoTapsOnAPhoneInChinese(CapturedOutput output) throws Exception {
        SMTP.start();
        String national = "139" + TestLeads.digits(8);
        String reference = PersonalLinks.post(port, json, national, "10.61.0.1");
        String token = PersonalLinks.tokenFromMail(messages, SMTP, reference);
        assertThat(token).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+").doesNotContain(reference);

        Map<String, Object> row = jdbc.queryForMap("select * from leads where reference = ?", reference);
        assertThat(row.get("access_token_sha256")).isEqualTo(PersonalLink.sha256(token));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        awaitStatus(reference, MailStatus.SENT);
        // Sent messages forget the token; with no SMS provider here the SMS is KEPT, readable, link and all.
        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference))
                .filteredOn(m -> m.getStatus() == MailStatus.SENT).isNotEmpty().allSatisfy(m -> {
                    assertThat(m.getTextBody()).doesNotContain(token);
                    assertThat(m.getHtmlBody()).doesNotContain(token);
                    assertThat(m.getTemplateParameters().values()).noneMatch(value -> value.contains(token));
                });

        try (Browser desktop = new Browser(port, Browser.DESKTOP, "en-US")) {
            // an English browser gets the whole page in the person's language, header and footer too
            desktop.open("/my/" + token);
            desktop.awaitUrlContains("lang=zh");
            assertThat(desktop.await(By.id("my-reference")).getText()).isEqualTo(reference);
            assertThat(desktop.await(By.tagName("footer")).getText()).contains("研究团队");
        }
        try (Browser phone = new Browser(port, Browser.PHONE, "zh-CN")) {
            phone.open("/my/" + token);
            assertThat(phone.await(By.id("my-reference")).getText()).isEqualTo(reference);
            assertThat(phone.await(By.id("my-status")).getText()).contains("研究团队");
            assertThat(phone.await(By.id("my-held")).getText()).contains("电话号码");
            assertThat((String) phone.script("return document.querySelector('meta[name=robots]').content"))
                    .contains("noindex");
            phone.screenshot("lead-my-page-zh-phone");
            Accessibility.assertNoSeriousViolations(phone.driver());
            phone.click(phone.await(By.id("my-withdraw")));
            phone.screenshot("lead-my-withdraw-confirm-zh-phone");
            phone.click(phone.await(By.id("my-withdraw-confirm")));
            assertThat(phone.await(By.id("my-erased")).getText()).contains("撤回");
            String page = phone.await(By.id("my-lead")).getText();
            assertThat(page).contains(reference).doesNotContain(national.substring(3), "王芳");
            phone.screenshot("lead-my-withdrawn-zh-phone");
            Accessibility.assertNoSeriousViolations(phone.driver());
        }

        assertThat(jdbc.queryForObject("select status from leads where reference = ?", String.class, reference))
                .isEqualTo("WITHDRAWN");
        List<MailMessage> mail = awaitStatus(reference, MailStatus.SENT);
        MailMessage withdrawn = mail.stream().filter(m -> m.getKind() == MailKind.LEAD_WITHDRAWN).findFirst()
                .orElseThrow();
        String received = Smtp.content(SMTP.withMessageId(withdrawn.getMessageId()).getFirst(), "text/plain");
        assertThat(Smtp.subject(SMTP.withMessageId(withdrawn.getMessageId()).getFirst())).contains(reference);
        assertThat(received).contains(reference).doesNotContain(national.substring(3), "王芳", token);
        assertThat(withdrawn.getRecipient()).isEqualTo("site@whuh.example");
        assertThat(mail).filteredOn(m -> m.getKind() != MailKind.LEAD_WITHDRAWN).allSatisfy(m -> {
            assertThat(m.getRecipient()).isNull();
            assertThat(m.getTextBody()).isNull();
        });
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(national.substring(3));
    }

    @Test
    void unknownExpiredOrMalformedTokensGetOneNeutralNotFoundPage() throws Exception {
        HttpResponse<String> unknown = get("/my/" + "A".repeat(32), "10.61.0.2");
        HttpResponse<String> malformed = get("/my/x", "10.61.0.2");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(malformed.body()).contains("此页面不存在").doesNotContain("LP-");
        assertThat(unknown.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(unknown.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        try (Browser phone = new Browser(port, Browser.PHONE, "zh-CN")) {
            phone.open("/my/" + "B".repeat(32));
            assertThat(phone.await(By.id("my-not-found")).getText()).contains("此页面不存在").doesNotContain("LP-");
        }
    }

    private HttpResponse<String> get(String path, String client) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
