package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.Application;
import cn.whuh.portal.base.db.EmbeddedMariaDb;
import cn.whuh.portal.lead.PersonalLinks;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.staff.StaffHttp;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.support.MariaDbServerDir;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What docs/operations.md#several-instances promises, with two portal instances on one MariaDB server (as behind a
 * load balancer): every lead is mailed once although both dispatchers run, the daily digest is written once, a
 * lockout and the rate limits hold on both, and a settings change on one is what the other uses. Method security
 * is called on the second instance: the last context started owns the JVM's security-context strategy (Vaadin's).
 */
class TwoInstancesTest {

    private static final Smtp SMTP = new Smtp();
    private static final int LEADS_PER_HOUR = 6;

    @TempDir
    static Path root;
    static EmbeddedMariaDb server;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        SMTP.start();
        server = EmbeddedMariaDb.start(root, MariaDbServerDir.get(), "shared_portal", () -> { });
        one = instance("one");
        two = instance("two");
    }

    private static ConfigurableApplicationContext instance(String name) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + server.url("shared_portal"),
                "--spring.datasource.username=" + server.migrateUser(),
                "--spring.datasource.password=" + server.migratePassword(),
                "--portal.data-dir=" + root.resolve(name),
                "--portal.site-contact-email=site@whuh.example",
                "--portal.rate-limit-per-hour=" + LEADS_PER_HOUR,
                "--portal.notify.dispatch-interval=PT0.3S",
                "--portal.digest.time=00:00",
                "--portal.digest.check-interval=PT0.5S"));
        arguments.addAll(List.of(SMTP.springArguments()));
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        Stream.of(two, one).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
        if (server != null) {
            server.close();
        }
        SMTP.stop();
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void eachLeadIsMailedOnceAndTheDigestWrittenOnceWhileBothInstancesDispatch() throws Exception {
        JsonMapper json = one.getBean(JsonMapper.class);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? one : two;
            references.add(PersonalLinks.post(port(instance), json, "138" + TestLeads.digits(8), "10.70.1." + i));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> siteMailsPer(references).size() == references.size());
        Thread.sleep(2_000); // time for a second delivery, if there were one
        assertThat(siteMailsPer(references)).hasSize(references.size()).allSatisfy((reference, count) ->
                assertThat(count).as(reference).isEqualTo(1));
        assertThat(SMTP.received()).filteredOn(m -> Smtp.subject(m).contains("Daily leads digest")).hasSize(1);
    }

    @Test
    void fiveWrongPasswordsOnOneInstanceLockTheUserOnTheOther() {
        String recruiter = TestStaff.as("admin", StaffRole.ADMIN,
                () -> TestStaff.create(two.getBean(StaffUsers.class), StaffRole.RECRUITER));
        for (int i = 0; i < 5; i++) {
            new StaffHttp(port(two), "10.70.2." + i).login(recruiter, "wrong-" + i);
        }
        assertThat(StaffHttp.location(new StaffHttp(port(one), "10.70.2.99").login(recruiter, TestStaff.PASSWORD)))
                .endsWith("/login?error");
    }

    @Test
    void theLeadRateLimitCountsTheSubmissionsToBothInstances() throws Exception {
        JsonMapper json = one.getBean(JsonMapper.class);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= LEADS_PER_HOUR; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? one : two;
            statuses.add(PersonalLinks.send(port(instance), json, "139" + TestLeads.digits(8), "10.70.3.1")
                    .statusCode());
        }
        assertThat(statuses.subList(0, LEADS_PER_HOUR)).containsOnly(201);
        assertThat(statuses.getLast()).isEqualTo(429);
    }

    @Test
    void aSettingChangedOnOneInstanceIsWhatTheOtherUses() {
        SiteSettings settings = two.getBean(SiteSettings.class);
        TestStaff.as("admin", StaffRole.ADMIN, () -> {
            settings.changeLeadRecipients("team@whuh.example, pi@whuh.example",
                    settings.current().leadRecipients().version());
        });

        assertThat(one.getBean(SiteSettings.class).leadRecipients()).containsExactly("team@whuh.example",
                "pi@whuh.example");
        TestStaff.as("admin", StaffRole.ADMIN, () -> settings.resetLeadRecipients(
                settings.current().leadRecipients().version()));
        assertThat(one.getBean(SiteSettings.class).leadRecipients()).containsExactly("site@whuh.example");
    }

    private static Map<String, Long> siteMailsPer(List<String> references) {
        return SMTP.received().stream().map(Smtp::subject)
                .flatMap(subject -> references.stream().filter(subject::contains)
                        .filter(reference -> subject.contains("New lead")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
