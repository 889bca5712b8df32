package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.Application;
import cn.whuh.portal.prescreen.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Mail committed with a lead survives a restart of the portal before it could be sent. */
class RestartDeliveryTest {

    private final Smtp smtp = new Smtp();

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private ConfigurableApplicationContext start(Path dataDir) {
        String[] portal = {"--server.port=0", "--portal.data-dir=" + dataDir, "--portal.notify.dispatch-interval=PT0.2S",
            "--portal.notify.first-retry=PT1S", "--portal.notify.max-retry=PT2S"};
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run(Stream.concat(Stream.of(portal), Stream.of(smtp.springArguments())).toArray(String[]::new));
    }

    @Test
    void mailCommittedBeforeAStopIsDeliveredByTheNextStart(@TempDir Path dataDir) throws Exception {
        String reference;
        List<MailMessage> stored;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            reference = new LeadSubmissions(first).submit(Outcome.LIKELY_ELIGIBLE, "zh", "restart@example.com");
            MailMessageRepository messages = first.getBean(MailMessageRepository.class);
            // the server is not running yet: the first attempt fails and the message waits for its next one
            stored = await().atMost(Duration.ofSeconds(20))
                    .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL),
                            mail -> mail.size() == 2 && mail.stream().allMatch(m -> m.getLastError() != null));
            assertThat(stored).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING));
        }

        smtp.start();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            MailMessageRepository messages = second.getBean(MailMessageRepository.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.MAIL)
                    .stream().allMatch(m -> m.getStatus() == MailStatus.SENT));
        }
        assertThat(stored).allSatisfy(m -> assertThat(smtp.withMessageId(m.getMessageId())).hasSize(1));
    }
}
