package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the questionnaire as a person does: by the visible labels, in the language shown. */
final class QuestionnairePage {

    private final Browser browser;
    private final String yes;
    private final String no;
    private final String noneOfThese;

    private QuestionnairePage(Browser browser, String yes, String no, String noneOfThese) {
        this.browser = browser;
        this.yes = yes;
        this.no = no;
        this.noneOfThese = noneOfThese;
    }

    static QuestionnairePage english(Browser browser) {
        return new QuestionnairePage(browser, "Yes", "No", "None of these");
    }

    static QuestionnairePage chinese(Browser browser) {
        return new QuestionnairePage(browser, "是", "否", "以上都没有");
    }

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static By optionLabel(String key, String tag, String label) {
        return By.xpath("//*[@id='answer-" + key + "']//" + tag + "//label[normalize-space()=\"" + label + "\"]");
    }

    private void click(By by) {
        browser.click(waiting().until(ExpectedConditions.elementToBeClickable(by)));
    }

    void choose(String key, String label) {
        click(optionLabel(key, "vaadin-radio-button", label));
        waiting().until(d -> !d.findElements(By.xpath("//*[@id='answer-" + key + "']//vaadin-radio-button[@checked]"
                + "//label[normalize-space()=\"" + label + "\"]")).isEmpty());
    }

    void yes(String... keys) {
        for (String key : keys) {
            choose(key, yes);
        }
    }

    void no(String... keys) {
        for (String key : keys) {
            choose(key, no);
        }
    }

    /** The "About you" step, every answer by its label; Next is left to the test. */
    void aboutYou(String respondent, String age, String sex, String weight, String unit, String canAttendVisits) {
        choose("respondent", respondent);
        type("age_years", age);
        choose("sex", sex);
        weight(weight, unit);
        choose("can_attend_visits", canAttendVisits);
    }

    /** The "Your lupus" step: diagnosed in that month (asked only once diagnosed), active and treated. */
    void diagnosedIn(String year, String month) {
        yes("sle_diagnosed");
        assertThat(shown("sle_diagnosis_month", true)).as("the diagnosis month is asked once diagnosed").isTrue();
        month("sle_diagnosis_month", year, month);
        yes("disease_active", "treated_8_weeks");
    }

    /** Answers the treatments, other conditions and recent events steps with "no" and "none of these". */
    void noToTreatmentsConditionsAndRecentEvents() {
        noToTreatments();
        noToConditions();
        tick("recent_events_8w", noneOfThese);
        noToRecentEventsButThe8WeekOnes();
    }

    /** The treatments step, every answer "no", then Next. */
    void noToTreatments() {
        no("prior_bcell_therapy", "prior_car_t", "recent_jak_btk", "recent_other_biologic", "other_trial_4w",
                "steroid_immuno_allergy", "severe_allergy", "allergic_constitution");
        next();
    }

    /** The other conditions step: none of these, and "no", then Next. */
    void noToConditions() {
        tick("conditions", noneOfThese);
        no("current_infection", "long_term_anticoagulant", "alcohol_drug_problem");
        next();
    }

    /** The recent events step after the 8-week events are answered: none or no to the rest, then Next. */
    void noToRecentEventsButThe8WeekOnes() {
        tick("recent_events_4w", noneOfThese);
        no("recent_plasma_ivig_dialysis_14d", "surgery_planned");
        next();
    }

    /**
     * The last step, then the result: not pregnant or breastfeeding (asked of women only), no pregnancy planned,
     * willing to use contraception.
     */
    void noPregnancyThenResult(boolean female) {
        if (female) {
            no("pregnant_or_breastfeeding");
        }
        no("pregnancy_plan_2y");
        yes("willing_contraception");
        next();
    }

    /** From "Your lupus" to the result for someone diagnosed in that month with nothing else to report. */
    void diagnosedInThenNothingElseToResult(String year, String month, boolean female) {
        diagnosedIn(year, month);
        next();
        noToTreatmentsConditionsAndRecentEvents();
        noPregnancyThenResult(female);
    }

    void tick(String key, String label) {
        click(optionLabel(key, "vaadin-checkbox", label));
    }

    /** A checkbox card of a question, by its label. */
    WebElement checkboxCard(String key, String label) {
        return browser.await(By.xpath("//*[@id='answer-" + key + "']//vaadin-checkbox[label[normalize-space()=\"" + label
                + "\"]]"));
    }

    /** Taps (touch) or clicks (mouse) a card 4 px inside its right edge, away from its box and its text. */
    void tapRightEdge(WebElement card, boolean touch) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", card);
        int x = card.getSize().getWidth() / 2 - 4;
        PointerInput pointer = new PointerInput(touch ? PointerInput.Kind.TOUCH : PointerInput.Kind.MOUSE,
                touch ? "finger" : "mouse");
        Sequence tap = new Sequence(pointer, 0)
                .addAction(pointer.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(card), x, 0))
                .addAction(pointer.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(pointer.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((ChromeDriver) browser.driver()).perform(List.of(tap));
    }

    /** Whether a checkbox card is ticked, once the page has caught up with the last tap (waits for the expected). */
    boolean ticked(WebElement card, boolean expected) {
        try {
            waiting().until(d -> (card.getAttribute("checked") != null) == expected);
            return expected;
        } catch (org.openqa.selenium.TimeoutException e) {
            return !expected;
        }
    }

    void type(String key, String text) {
        WebElement input = browser.await(By.cssSelector("#answer-" + key + " input"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    void weight(String value, String unitLabel) {
        type("weight", value);
        choose("weight", unitLabel);
    }

    /** The converted weight shown under the weight, once it reads as expected (or what it reads after waiting). */
    String weightEcho(String expected) {
        By echo = By.cssSelector("#answer-weight .answer-weight-echo");
        try {
            waiting().until(d -> d.findElement(echo).getText().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says what it reads instead
        }
        return browser.driver().findElement(echo).getText();
    }

    /** Picks a year and a month from the two lists of a month question. */
    void month(String key, String year, String month) {
        browser.await(By.cssSelector("#answer-" + key + " vaadin-select"));
        List<WebElement> selects = browser.driver().findElements(By.cssSelector("#answer-" + key + " vaadin-select"));
        pick(selects.get(0), year);
        pick(selects.get(1), month);
    }

    private void pick(WebElement select, String item) {
        browser.click(select);
        // The list may still be sliding in: click the item itself rather than a point on the screen.
        WebElement option = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[normalize-space()=\"" + item + "\"]")));
        browser.script("arguments[0].click()", option);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-select-item")));
    }

    /** Whether a question is shown, once the page has caught up with the last answer. */
    boolean shown(String key, boolean expected) {
        try {
            waiting().until(d -> d.findElements(By.cssSelector("#question-" + key)).stream()
                    .anyMatch(WebElement::isDisplayed) == expected);
            return expected;
        } catch (org.openqa.selenium.TimeoutException e) {
            return !expected;
        }
    }

    String stepTitle() {
        return browser.await(By.id("prescreen-step-title")).getText();
    }

    /** Next, and waits until the next step (or the result) is shown. */
    void next() {
        String before = stepTitle();
        click(By.id("prescreen-next"));
        waiting().until(d -> !d.findElements(By.id("result-outcome")).isEmpty()
                || !d.findElement(By.id("prescreen-step-title")).getText().equals(before));
    }

    void back() {
        String before = stepTitle();
        click(By.id("prescreen-back"));
        waiting().until(d -> !d.findElement(By.id("prescreen-step-title")).getText().equals(before));
    }

    /** The browser's (or the phone's) Back, and waits until another step is shown. */
    void browserBack() {
        String before = stepTitle();
        browser.driver().navigate().back();
        waiting().until(d -> !d.findElements(By.id("prescreen-step-title")).isEmpty()
                && !d.findElement(By.id("prescreen-step-title")).getText().equals(before));
    }

    /** Waits until the step with this title is shown (e.g. after the answers kept on the device are read back). */
    String awaitStep(String title) {
        try {
            waiting().until(d -> title.equals(d.findElement(By.id("prescreen-step-title")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says which step is shown instead
        }
        return stepTitle();
    }

    /** The path of the page shown, e.g. {@code /prescreen/lupus}. */
    String path() {
        return java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    /** The number of ticked options of a question. */
    int checkedOptions(String key) {
        return browser.driver().findElements(By.cssSelector("#answer-" + key + " [checked]")).size();
    }

        void nextExpectingErrors() {
        click(By.id("prescreen-next"));
        browser.await(By.id("prescreen-errors"));
    }

    String errorOf(String key) {
        return (String) browser.script(
                "const f = document.querySelector('#answer-' + arguments[0]);"
                        + "const field = f.matches('[invalid]') ? f : f.querySelector('[invalid]');"
                        + "return field ? field.errorMessage : null;", key);
    }

    /** Saves the whole page, not only the visible part, under target/screenshots. */
    void fullScreenshot(String name) throws IOException {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "clip", clip)).get("data");
        Path file = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /**
     * Whether the result page shows its top with the keyboard focus on the outcome heading, once it has settled
     * (false when it does not within the wait); says what it sees instead in the assertion message.
     */
    String openedAtTheOutcome() {
        browser.await(By.id("result-outcome"));
        String check = "return window.scrollY + ' ' + (document.activeElement ? document.activeElement.id : '')";
        try {
            waiting().until(d -> "0 result-title".equals(browser.script(check)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says where the page is instead
        }
        return (String) browser.script(check);
    }

    String outcome() {
        return browser.await(By.id("result-outcome")).getAttribute("data-outcome");
    }
}
