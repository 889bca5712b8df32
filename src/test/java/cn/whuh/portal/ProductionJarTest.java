package cn.whuh.portal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.whuh.portal.support.Browser;
import cn.whuh.portal.support.MariaDbServerDir;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The jar a hospital deploys (README "Production", Dockerfile): built with {@code ./mvnw -Pproduction package}
 * (Vaadin production mode from Vaadin's pre-built bundles, no Node), started with {@code java -jar} and its
 * embedded MariaDB, and checked as an administrator would. It is built in a copy of the project under
 * {@code target/production-check}, because Vaadin's production build rewrites {@code target/classes} and the
 * other tests run in development mode from there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionJarTest {

    private static final Logger log = LoggerFactory.getLogger(ProductionJarTest.class);

    private static final Path ROOT = Path.of("target/production-check").toAbsolutePath();
    private static final Path PROJECT = ROOT.resolve("project");
    private static final Path BUILD_LOG = ROOT.resolve("build.log");
    private static final Path PORTAL_LOG = ROOT.resolve("portal.log");
    /** What the build needs, as the Dockerfile copies it: no tests, no earlier build output. */
    private static final List<String> SOURCES = List.of("pom.xml", "mvnw", ".mvn", "src/main", "frontend");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Path STUDY = Path.of("src/main/resources/studies/NCT06106906");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process portal;
    private int port;

    @BeforeAll
    void buildAndStartTheProductionJar() throws Exception {
        FileSystemUtils.deleteRecursively(ROOT);
        for (String source : SOURCES) {
            copy(Path.of(source), PROJECT.resolve(source));
        }
        Instant buildStart = Instant.now();
        build();
        log.info("Production jar built in {} s", Duration.between(buildStart, Instant.now()).toSeconds());

        Instant start = Instant.now();
        port = TestSocketUtils.findAvailableTcpPort();
        ProcessBuilder java = new ProcessBuilder(javaCommand(), "-jar", productionJar().toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(PORTAL_LOG.toFile());
        Map<String, String> env = java.environment();
        // Only what is set here: no spring.profiles.active, no datasource or setting of the machine running the tests
        env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PORTAL_") || name.startsWith("SERVER_"));
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("PORTAL_DATA_DIR", ROOT.resolve("data").toString());
        // the MariaDB server the other tests have unpacked (or will use): not unpacked a second time
        env.put("PORTAL_EMBEDDED_DB_SERVER_DIR", MariaDbServerDir.get().toAbsolutePath().toString());
        env.put("PORTAL_ADMIN_PASSWORD", "production-check-Admin-1");
        portal = java.start();
        awaitHealthy();
        log.info("Production jar started in {} s", Duration.between(start, Instant.now()).toSeconds());
    }

    /** Stops the portal as a service manager does (SIGTERM), so that it stops its MariaDB too. */
    @AfterAll
    void stopThePortal() throws Exception {
        if (portal == null) {
            return;
        }
        List<ProcessHandle> database = portal.descendants().toList();
        portal.destroy();
        boolean stopped = portal.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!stopped) {
            killTree(portal.toHandle());
        }
        List<ProcessHandle> survivors = database.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        assertThat(stopped).withFailMessage(() -> failure("The portal did not stop within " + STOP_TIMEOUT
                + " of SIGTERM and was killed", PORTAL_LOG)).isTrue();
        assertThat(survivors).withFailMessage(() -> failure("The embedded MariaDB outlived the portal", PORTAL_LOG))
                .isEmpty();
        assertThat(read(PORTAL_LOG)).contains("Database stopped.");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheStudyPageInVaadinProductionMode() throws Exception {
        HttpResponse<String> page = get("/?lang=zh");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"zh-CN\"", chinese(STUDY.resolve("study.yaml"), "/plainLanguage/headline"));

        // Production mode: the pre-built production bundle, none of the development tools (vaadin-dev-tools,
        // Copilot) that a development-mode page loads
        assertThat(read(PORTAL_LOG)).contains("Vaadin is running in production mode.").doesNotContain("DEVELOPMENT mode");
        assertThat(page.body()).doesNotContain("vaadin-dev-tools", "devTools", "copilot");
        Matcher bundle = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"").matcher(page.body());
        assertThat(bundle.find()).as("the page loads Vaadin's production bundle from VAADIN/build/").isTrue();
        HttpResponse<String> script = get("/" + bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    @Test
    void servesThePortalTheme() throws Exception {
        HttpResponse<String> css = get("/styles/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        // Vaadin's production build minifies the stylesheet: the theme's own properties are all there
        List<String> properties = Pattern.compile("(--portal-[\\w-]+):")
                .matcher(Files.readString(Path.of("frontend/styles/portal.css"))).results().map(found -> found.group(1)).toList();
        assertThat(properties).isNotEmpty();
        assertThat(css.body()).contains(properties);
    }

    @Test
    void aPhoneShowsTheChineseStudyPageAndTheQuestionnaire() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/?lang=zh");
            assertThat(browser.await(By.tagName("h1")).getText())
                    .isEqualTo(chinese(STUDY.resolve("study.yaml"), "/plainLanguage/headline"));
            assertThat(browser.script("return getComputedStyle(document.documentElement).getPropertyValue('--portal-primary')"))
                    .as("the portal theme is applied").asString().isNotBlank();
            assertThat(browser.script("return document.querySelector('vaadin-dev-tools') === null")).isEqualTo(true);
            browser.screenshot("production-study-zh-phone");

            browser.open("/prescreen");
            assertThat(browser.await(By.id("prescreen-step-title")).getText())
                    .isEqualTo(chinese(STUDY.resolve("prescreen.yaml"), "/steps/0/title"));
            assertThat(browser.await(By.id("prescreen-progress-text")).getText()).contains("1", "6");
        }
    }

    private void build() throws IOException, InterruptedException {
        ProcessBuilder maven = new ProcessBuilder("./mvnw", "-B", "-q", "-Pproduction", "-DskipTests", "package")
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(BUILD_LOG.toFile());
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process build = maven.start();
        if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            killTree(build.toHandle());
            fail(failure("The production build did not finish within " + BUILD_TIMEOUT + " and was killed", BUILD_LOG));
        }
        if (build.exitValue() != 0) {
            fail(failure("The production build failed (exit " + build.exitValue() + ")", BUILD_LOG));
        }
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> jars = Files.list(PROJECT.resolve("target"))) {
            List<Path> found = jars.filter(file -> file.toString().endsWith(".jar")).toList();
            assertThat(found).withFailMessage(() -> failure("The production build made no single jar: " + found, BUILD_LOG))
                    .hasSize(1);
            return found.getFirst();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!portal.isAlive()) {
                fail(failure("The production jar stopped at start (exit " + portal.exitValue() + ")", PORTAL_LOG));
            }
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            if (Instant.now().isAfter(deadline)) {
                fail(failure("The production jar was not healthy within " + START_TIMEOUT, PORTAL_LOG));
            }
            Thread.sleep(1000);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** The Chinese text at {@code pointer} of a study data file (the {@code zh} of an en/zh pair). */
    private static String chinese(Path file, String pointer) {
        JsonNode text = new YAMLMapper().readTree(file.toFile()).at(pointer + "/zh");
        assertThat(text.isString()).as("%s/zh in %s", pointer, file).isTrue();
        return text.asString();
    }

    /** Copies a file or folder, keeping file modes (mvnw stays executable). */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void killTree(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), UTF_8);
    }

    /** A failure message naming the log, with its last lines (CI may not keep target/). */
    private static String failure(String what, Path logFile) {
        String tail;
        try {
            List<String> lines = read(logFile).lines().toList();
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            tail = "(no log: " + e.getMessage() + ")";
        }
        return what + "; see " + logFile + ". Its last lines:\n" + tail;
    }
}
