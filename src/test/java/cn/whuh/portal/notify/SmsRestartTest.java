package cn.whuh.portal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.Application;
import cn.whuh.portal.notify.sms.AliyunSmsServer;
import cn.whuh.portal.prescreen.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An SMS committed with a lead while the provider is down is sent once, by the next start of the portal. */
class SmsRestartTest {

    private final AliyunSmsServer server = new AliyunSmsServer();

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0",
                "--portal.data-dir=" + dataDir, "--portal.notify.dispatch-interval=PT0.2S",
                "--portal.notify.first-retry=PT1S", "--portal.notify.max-retry=PT2S", "--portal.sms.provider=aliyun",
                "--portal.sms.access-key-id=" + AliyunSmsServer.KEY_ID,
                "--portal.sms.access-key-secret=" + AliyunSmsServer.KEY_SECRET, "--portal.sms.sign-name=武汉协和医院",
                "--portal.sms.endpoint=" + server.endpoint(), "--portal.sms.template.confirmation.zh=SMS_0001");
    }

    @Test
    void smsCommittedDuringAnOutageIsSentOnceByTheNextStart(@TempDir Path dataDir) throws Exception {
        String reference;
        List<MailMessage> stored;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            reference = new LeadSubmissions(first).submit(Outcome.LIKELY_ELIGIBLE, "zh", null, "13811112222");
            MailMessageRepository messages = first.getBean(MailMessageRepository.class);
            // the provider is not reachable yet: the first attempt fails and the SMS waits for its next one
            stored = await().atMost(Duration.ofSeconds(20))
                    .until(() -> messages.findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS),
                            sms -> sms.size() == 1 && sms.getFirst().getLastError() != null
                                    && sms.getFirst().getStatus() == MailStatus.PENDING);
            assertThat(stored.getFirst().getLastError()).contains("not reached").doesNotContain("13811112222");
        }

        server.start();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            MailMessageRepository messages = second.getBean(MailMessageRepository.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> messages
                    .findByLeadReferenceAndChannelOrderByIdAsc(reference, Channel.SMS).getFirst().getStatus()
                    == MailStatus.SENT);
            Thread.sleep(1000);
        }
        assertThat(server.accepted("13811112222")).singleElement()
                .satisfies(sms -> assertThat(sms.parameters()).containsEntry("ref", reference));
    }
}
