package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Accessibility;
import cn.whuh.portal.support.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person goes through the self-check in the browser and reads their result, in English and Chinese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrescreenJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void likelyEligiblePersonReachesTheResultAndKeepsAnswersOnReload() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/prescreen/result?lang=en");
            QuestionnairePage page = QuestionnairePage.english(browser);
            // No result yet: the questionnaire opens instead.
            assertThat(page.stepTitle()).isEqualTo("About you");
            assertThat(browser.await(By.id("prescreen-progress-text")).getText()).isEqualTo("Step 1 of 6");

            page.nextExpectingErrors();
            assertThat(page.errorOf("age_years")).isEqualTo("Please answer this question.");
            browser.screenshot("prescreen-errors-en-phone");
            page.aboutYou("For myself", "34", "Female", "104", "jin (斤)", "Yes");
            page.fullScreenshot("prescreen-step1-en-phone");
            Accessibility.assertNoSeriousViolations(browser.driver());
            page.next();

            assertThat(page.stepTitle()).isEqualTo("Your lupus");
            assertThat(page.shown("sle_diagnosis_month", false)).isFalse();
            page.diagnosedIn("2021", "March");
            page.fullScreenshot("prescreen-step2-en-phone");
            page.next();

            page.noToTreatmentsConditionsAndRecentEvents();

            // Back and forth keeps the answers; so does a reload of the page.
            page.back();
            assertThat(page.stepTitle()).isEqualTo("Recent events");
            browser.driver().navigate().refresh();
            assertThat(page.stepTitle()).isEqualTo("Recent events");
            assertThat(browser.driver().findElements(By.cssSelector("#answer-surgery_planned vaadin-radio-button[checked]")))
                    .hasSize(1);
            page.next();

            assertThat(page.stepTitle()).isEqualTo("Pregnancy and family planning");
            page.noPregnancyThenResult(true);

            assertThat(page.outcome()).isEqualTo("LIKELY_ELIGIBLE");
            assertThat(browser.await(By.cssSelector("#result-outcome h1")).getText()).isEqualTo("You may qualify for this study");
            assertThat(browser.await(By.id("result-notice")).getText()).contains("not a diagnosis");
            assertThat(browser.driver().findElements(By.id("result-fail"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("result-next-step"))).hasSize(1);
            WebElement call = browser.await(By.id("result-call"));
            assertThat(call.getAttribute("href")).isEqualTo("tel:+862785726808");
            assertThat(browser.await(By.id("result-staff")).getText()).contains("Suicidal thoughts", "pregnancy test");
            page.fullScreenshot("prescreen-result-eligible-en-phone");
            Accessibility.assertNoSeriousViolations(browser.driver());
        }
    }

    @Test
    void personNeedingReviewSeesWhatTheTeamWillCheckInChinese() throws Exception {
        try (Browser browser = new Browser(port, Browser.DESKTOP, "zh-CN")) {
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            assertThat(page.stepTitle()).isEqualTo("关于您");
            page.aboutYou("替家人填写", "45", "男", "150", "磅", "我不确定");
            page.fullScreenshot("prescreen-step1-zh-desktop");
            page.next();

            page.diagnosedIn("2020", "三月");
            page.next();
            page.noToTreatmentsConditionsAndRecentEvents();

            assertThat(page.stepTitle()).isEqualTo("怀孕与生育计划");
            assertThat(page.shown("pregnant_or_breastfeeding", false)).isFalse();
            page.noPregnancyThenResult(false);

            assertThat(page.outcome()).isEqualTo("NEEDS_REVIEW");
            assertThat(browser.await(By.cssSelector("#result-outcome h1")).getText()).isEqualTo("您可能符合条件：研究团队需要核实部分回答");
            assertThat(browser.await(By.cssSelector("#result-review li[data-criterion='I1']")).getText())
                    .contains("能够完成研究访视", "您不确定能否到武汉参加访视");
            assertThat(browser.driver().findElements(By.cssSelector("#result-review li"))).hasSize(1);
            assertThat(browser.await(By.id("result-notice")).getText()).contains("不是诊断");
            // A man is not told about a pregnancy test for women.
            assertThat(browser.await(By.id("result-staff")).getText()).contains("巨细胞病毒").doesNotContain("妊娠");
            assertThat(browser.driver().findElements(By.cssSelector("#result-staff li"))).hasSize(8);
            page.fullScreenshot("prescreen-result-review-zh-desktop");
            Accessibility.assertNoSeriousViolations(browser.driver());
        }
    }

    @Test
    void personAfterSevereNephritisMayQualifyInEightWeeksAndPastMenopauseNeedsNoContraception() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "65", "女", "110", "斤", "是");
            page.next();
            page.diagnosedIn("2015", "六月");
            page.next();
            page.noToTreatments();
            page.noToConditions();
            page.tick("recent_events_8w", "严重狼疮肾炎，需要透析或超大剂量激素治疗");
            page.noToRecentEventsButThe8WeekOnes();
            page.no("pregnant_or_breastfeeding", "pregnancy_plan_2y");
            page.choose("willing_contraception", "我不需要：已绝经、已绝育或无生育可能");
            page.next();

            // The result opens at its top, the outcome heading focused (so a screen reader reads it first).
            assertThat(page.openedAtTheOutcome()).as("scroll position and focused element").isEqualTo("0 result-title");
            assertThat(browser.await(By.id("result-title")).getText()).isEqualTo("您可能符合条件：研究团队需要核实部分回答");
            browser.screenshot("prescreen-result-top-zh-phone");
            assertThat(page.outcome()).isEqualTo("NEEDS_REVIEW");
            LocalDate inEightWeeks = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusWeeks(8);
            assertThat(browser.await(By.cssSelector("#result-review li[data-criterion='E2']")).getText())
                    .contains("严重狼疮肾炎", DateTimeFormatter.ofPattern("yyyy年M月d日").format(inEightWeeks));
            assertThat(browser.driver().findElements(By.cssSelector("#result-review li"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("#result-pass li[data-criterion='I7']"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("#result-staff li"))).hasSize(9);
            assertThat(browser.await(By.id("result-staff")).getText()).contains("女性的妊娠检查");
            page.fullScreenshot("prescreen-result-recheck-zh-phone");
        }
    }

    @Test
    void numbersTypedOnAChinesePhoneAreUnderstoodAndImplausibleOnesRefused() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "０", "女", "0", "公斤", "是");
            page.nextExpectingErrors();
            assertThat(page.errorOf("age_years")).isEqualTo("请输入 1 到 120 之间的整数。");
            assertThat(page.errorOf("weight")).isEqualTo("请输入 20 到 250 公斤之间的体重。");
            assertThat(browser.await(By.id("prescreen-errors")).getText()).doesNotContain("KG", "JIN");

            page.type("age_years", "３５");
            page.weight("79", "斤");
            assertThat(page.weightEcho("79 斤 = 39.5 公斤")).isEqualTo("79 斤 = 39.5 公斤");
            page.weight("52,5", "公斤");
            assertThat(page.weightEcho("52.5 公斤")).isEqualTo("52.5 公斤");
            assertThat(browser.script("return document.querySelector('#answer-weight input').inputMode")).isEqualTo("decimal");
            browser.screenshot("prescreen-numbers-zh-phone");
            page.next();

            assertThat(page.stepTitle()).isEqualTo("您的狼疮");
            page.back();
            assertThat(browser.script("return document.querySelector('#answer-age_years input').value")).isEqualTo("35");
            assertThat(browser.script("return document.querySelector('#answer-weight input').value")).isEqualTo("52.5");
        }
    }

    @Test
    void aTapAnywhereOnACheckboxCardTicksItOnAChinesePhone() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "35", "女", "55", "公斤", "是");
            page.next();
            page.yes("sle_diagnosed");
            WebElement dontRemember = page.checkboxCard("sle_diagnosis_month", "我记不清具体时间");
            page.tapRightEdge(dontRemember, false);
            assertThat(page.ticked(dontRemember, true)).as("the right edge of 我记不清具体时间, by mouse").isTrue();
            page.yes("disease_active", "treated_8_weeks");
            page.next();
            page.noToTreatments();

            WebElement none = page.checkboxCard("conditions", "以上都没有");
            page.tapRightEdge(none, true);
            assertThat(page.ticked(none, true)).as("the right edge of 以上都没有, by touch").isTrue();
            WebElement cancer = page.checkboxCard("conditions", "癌症（现在或过去）");
            page.tapRightEdge(cancer, false);
            assertThat(page.ticked(cancer, true)).as("the right edge of a condition, by mouse").isTrue();
            assertThat(page.ticked(none, false)).as("a condition clears 以上都没有").isFalse();
            page.tapRightEdge(cancer, true);
            assertThat(page.ticked(cancer, false)).as("a second tap unticks").isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("#answer-conditions vaadin-checkbox[checked]"))).isEmpty();
        }
    }

    @Test
    void personRuledOutIsToldKindlyWhichAnswerAndCanSwitchLanguage() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "29", "女", "55", "公斤", "是");
            page.next();

            page.yes("sle_diagnosed");
            assertThat(page.shown("sle_diagnosis_month", true)).isTrue();
            page.no("sle_diagnosed");
            for (String hidden : new String[] {"sle_diagnosis_month", "disease_active", "sledai_score", "treated_8_weeks"}) {
                assertThat(page.shown(hidden, false)).as(hidden).isFalse();
            }
            page.fullScreenshot("prescreen-step2-zh-phone");
            Accessibility.assertNoSeriousViolations(browser.driver());
            page.next();
            page.noToTreatmentsConditionsAndRecentEvents();
            page.noPregnancyThenResult(true);

            assertThat(page.outcome()).isEqualTo("NOT_ELIGIBLE");
            assertThat(browser.await(By.cssSelector("#result-outcome h1")).getText()).isEqualTo("您目前不适合参加本研究");
            assertThat(browser.driver().findElements(By.cssSelector("#result-fail li"))).hasSize(1);
            assertThat(browser.await(By.cssSelector("#result-fail li[data-criterion='I4']")).getText()).contains("您表示尚未确诊");
            assertThat(page.openedAtTheOutcome()).as("scroll position and focused element").isEqualTo("0 result-title");
            // The screening visit is only for those who may qualify.
            assertThat(browser.driver().findElements(By.id("result-staff"))).isEmpty();
            page.fullScreenshot("prescreen-result-ruled-out-zh-phone");

            browser.await(By.cssSelector(".language-switch a[lang='en']")).click();
            browser.awaitUrlContains("lang=en");
            assertThat(browser.await(By.cssSelector("#result-outcome h1")).getText())
                    .isEqualTo("This study is not a match for you right now");
            assertThat(browser.await(By.cssSelector("#result-fail li[data-criterion='I4']")).getText())
                    .contains("you have not been diagnosed");
            page.fullScreenshot("prescreen-result-ruled-out-en-phone");
        }
    }
}
