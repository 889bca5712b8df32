package cn.whuh.portal.support;

import java.io.File;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: the installed browser and driver (CHROME_BIN / CHROMEDRIVER, else
 * Debian's paths), never a downloaded one.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A page that has not loaded by then will not: the test fails then, with what the portal's threads were doing. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(90);

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port, Dimension size, String acceptLanguage) {
        this(port, size, acceptLanguage, null);
    }

    /**
     * A browser keeping its profile (cookies, local storage) in a directory: a second one on the same directory, after
     * this one is closed, is the same browser opened again.
     */
    public Browser(int port, Dimension size, String acceptLanguage, Path profile) {
        ChromeOptions options = new ChromeOptions();
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        }
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=" + acceptLanguage,
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(size);
        this.driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        this.baseUrl = "http://localhost:" + port;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the portal and waits until Vaadin has rendered the page's main landmark. */
    public void open(String path) {
        try {
            driver.get(baseUrl + path);
        } catch (TimeoutException notLoaded) {
            System.err.println("Page " + path + " did not load; the threads of this JVM (the portal under test):");
            Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                    .forEach(Browser::printThread);
            throw notLoaded;
        }
        awaitView();
    }

    /**
     * Waits until Vaadin has rendered the page's view (its main landmark): on the study page that is after the
     * first screen the server sent has given way to it.
     */
    public void awaitView() {
        await(By.cssSelector("main#main > *"));
    }

    private static void printThread(ThreadInfo thread) {
        System.err.printf("\"%s\" %s%s%n", thread.getThreadName(), thread.getThreadState(),
                thread.getLockName() == null ? "" : " on " + thread.getLockName() + " owned by " + thread.getLockOwnerName());
        for (StackTraceElement frame : thread.getStackTrace()) {
            System.err.println("\tat " + frame);
        }
        for (LockInfo held : thread.getLockedSynchronizers()) {
            System.err.println("\tholds " + held);
        }
        for (LockInfo held : thread.getLockedMonitors()) {
            System.err.println("\tholds monitor " + held);
        }
    }

    /**
     * Waits until an element is shown. A page that navigates while it loads (a redirect, the personal link leaving
     * the address) aborts the lookup under way: that is waited out as well.
     */
    public WebElement await(By by) {
        ExpectedCondition<WebElement> visible = ExpectedConditions.visibilityOfElementLocated(by);
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return visible.apply(d);
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("aborted by navigation")) {
                    return null;
                }
                throw e;
            }
        });
    }

    public void awaitUrlContains(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Signs in on /login as a staff member and waits for the staff area. The login form may render again while
     * it is being filled in (a busy machine): then the page is opened again and filled in afresh.
     */
    public void signIn(String username, String password) {
        for (int attempt = 1; ; attempt++) {
            try {
                open("/login");
                await(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
                await(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
                break;
            } catch (StaleElementReferenceException rendered) {
                if (attempt == 3) {
                    throw rendered;
                }
            }
        }
        awaitUrlContains("/staff");
    }

    /** Types into the element, found again if the page re-rendered it between finding and typing. */
    public void type(By locator, CharSequence... keys) {
        for (int attempt = 1; ; attempt++) {
            try {
                await(locator).sendKeys(keys);
                return;
            } catch (StaleElementReferenceException rendered) {
                if (attempt == 3) {
                    throw rendered;
                }
            }
        }
    }

    /** Scrolls an element to the middle of the window, then clicks it: a click off screen would miss it. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Saves a screenshot under target/screenshots so a person can look at what the test saw. */
    public void screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        File target = new File("target/screenshots/" + name + ".png");
        target.getParentFile().mkdirs();
        if (!shot.renameTo(target)) {
            throw new IllegalStateException("Could not save screenshot " + target);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
