package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
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
    void likelyEligiblePersonReachesTheResultAndKeepsAnswersOnReload() {
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/prescreen?lang=en");
            QuestionnairePage page = new QuestionnairePage(browser, "Yes", "No");
            assertThat(page.stepTitle()).isEqualTo("About you");
            assertThat(browser.await(By.id("prescreen-progress-text")).getText()).isEqualTo("Step 1 of 6: About you");

            page.nextExpectingErrors();
            assertThat(page.errorOf("age_years")).isEqualTo("Please answer this question.");
            browser.screenshot("prescreen-errors-en-phone");
            page.choose("respondent", "For myself");
            page.type("age_years", "34");
            page.choose("sex", "Female");
            page.weight("104", "jin (斤)");
            page.yes("can_attend_visits");
            browser.screenshot("prescreen-step1-en-phone");
            page.next();

            assertThat(page.stepTitle()).isEqualTo("Your lupus");
            assertThat(page.shown("sle_diagnosis_month", false)).isFalse();
            page.yes("sle_diagnosed");
            assertThat(page.shown("sle_diagnosis_month", true)).isTrue();
            page.month("sle_diagnosis_month", "2021", "March");
            page.yes("disease_active", "treated_8_weeks");
            browser.screenshot("prescreen-step2-en-phone");
            page.next();

            page.no("prior_bcell_therapy", "prior_car_t", "recent_jak_btk", "recent_other_biologic", "other_trial_4w",
                    "steroid_immuno_allergy", "severe_allergy");
            page.next();
            page.tick("conditions", "None of these");
            page.no("current_infection", "long_term_anticoagulant", "alcohol_drug_problem");
            page.next();
            page.tick("recent_events_8w", "None of these");
            page.tick("recent_events_4w", "None of these");
            page.no("recent_plasma_ivig_dialysis_14d", "surgery_planned");
            page.next();

            // Back and forth keeps the answers; so does a reload of the page.
            page.back();
            assertThat(page.stepTitle()).isEqualTo("Recent events");
            browser.driver().navigate().refresh();
            assertThat(page.stepTitle()).isEqualTo("Recent events");
            assertThat(browser.driver().findElements(By.cssSelector("#answer-surgery_planned vaadin-radio-button[checked]")))
                    .hasSize(1);
            page.next();

            assertThat(page.stepTitle()).isEqualTo("Pregnancy and family planning");
            page.no("pregnant_or_breastfeeding", "pregnancy_plan_2y");
            page.yes("willing_contraception");
            page.next();

            assertThat(page.outcome()).isEqualTo("LIKELY_ELIGIBLE");
            assertThat(browser.await(By.cssSelector("#result-outcome h1")).getText()).isEqualTo("You may qualify for this study");
            assertThat(browser.await(By.id("result-notice")).getText()).contains("not a diagnosis");
            assertThat(browser.driver().findElements(By.id("result-fail"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("result-next-step"))).hasSize(1);
            WebElement call = browser.await(By.id("result-call"));
            assertThat(call.getAttribute("href")).isEqualTo("tel:+862785726808");
            assertThat(browser.await(By.id("result-staff")).getText()).contains("Suicidal thoughts", "pregnancy test");
            browser.screenshot("prescreen-result-eligible-en-phone");
        }
    }
}
