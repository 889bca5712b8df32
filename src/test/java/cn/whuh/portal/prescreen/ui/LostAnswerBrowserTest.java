package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A phone that lost the server's answer to its last message and sends it again (a dropped mobile connection): a
 * small answer, such as the one to a typed age, comes again as it was; the answer that built a new step is no
 * longer kept for the whole session (it held the page, most of a visitor's memory), so the page is told to
 * reload, and it shows the same step with the same answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LostAnswerBrowserTest {

    /**
     * Records each of Vaadin's messages to the server (address, body) with the answer it got; once
     * {@code window.__last} is set, the next message is the last one that reaches the server (the page's own
     * follow-up messages stay in the browser), so that it is the one to send again.
     */
    private static final String RECORD_MESSAGES = """
            window.__messages = [];
            const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.open = function (method, url) { this.__url = String(url); return open.apply(this, arguments); };
            XMLHttpRequest.prototype.send = function (body) {
              if (this.__url.includes('v-r=uidl')) {
                if (window.__messages.some(m => m.last)) return;
                const message = { url: this.__url, body: body, last: window.__last === true };
                window.__messages.push(message);
                this.addEventListener('load', () => message.answer = this.responseText);
              }
              return send.apply(this, arguments);
            };""";

    /** Sends the last recorded message again, as Vaadin's client does after a lost answer; gives the new answer. */
    private static final String SEND_LAST_AGAIN = """
            const done = arguments[arguments.length - 1];
            const last = window.__messages.find(m => m.last) || window.__messages[window.__messages.length - 1];
            fetch(last.url, { method: 'POST', body: last.body, credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json; charset=UTF-8' } })
              .then(r => r.text()).then(text => done([last.answer, text]), e => done(['', String(e)]));""";

    @LocalServerPort
    int port;

    @Test
    void aLostSmallAnswerComesAgainAndALostStepReloadsThePageAtThatStep() {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", RECORD_MESSAGES));
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "34", "女", "104", "斤", "是");

            List<?> typed = sendLastAgain(browser);
            assertThat(typed.get(0).toString()).hasSizeLessThan(4096);
            assertThat(typed.get(1)).as("a small answer is sent again as it was").isEqualTo(typed.get(0));

            browser.script("window.__last = true");
            page.next();
            assertThat(page.stepTitle()).isEqualTo("您的狼疮");
            List<?> step = sendLastAgain(browser);
            assertThat(step.get(0).toString()).as("the answer that built the step").contains("您的狼疮")
                    .hasSizeGreaterThan(4096);
            assertThat(step.get(1).toString()).as("the lost step: reload").contains("\"appError\"")
                    .doesNotContain("您的狼疮");

            browser.driver().navigate().refresh();
            assertThat(page.awaitStep("您的狼疮")).isEqualTo("您的狼疮");
            page.browserBack();
            assertThat(page.stepTitle()).isEqualTo("关于您");
            assertThat(page.checkedOptions("sex")).isEqualTo(1);
        }
    }

    private static List<?> sendLastAgain(Browser browser) {
        return (List<?>) ((ChromeDriver) browser.driver()).executeAsyncScript(SEND_LAST_AGAIN);
    }
}
