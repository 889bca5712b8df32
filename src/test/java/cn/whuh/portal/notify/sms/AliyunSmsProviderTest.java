package cn.whuh.portal.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.notify.sms.AliyunSmsServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Alibaba Cloud SDK against a server that checks its signatures and answers as the provider documents. */
class AliyunSmsProviderTest {

    static final String PHONE = "+8613700001111";
    static final String NATIONAL = "13700001111";

    private final AliyunSmsServer server = new AliyunSmsServer();

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmsProvider provider(String secret) throws Exception {
        return new AliyunSmsProvider(new SmsProperties("aliyun", AliyunSmsServer.KEY_ID, secret, "武汉协和医院",
                server.endpoint(), new SmsProperties.Templates(null, null, null)));
    }

    private static SmsRequest request() {
        return new SmsRequest(PHONE, "武汉协和医院", "SMS_100000001",
                Map.of("ref", "LP-7K3QXAB", "link", "https://portal.whuh.example", "phone", "027-8572 6808"),
                "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    }

    @Test
    void signedRequestIsAcceptedWithTheNationalNumberSignNameTemplateAndParameters() throws Exception {
        provider(AliyunSmsServer.KEY_SECRET).send(request());

        assertThat(server.refused()).isEmpty();
        assertThat(server.accepted(NATIONAL)).singleElement().satisfies(sms -> {
            assertThat(sms.signName()).isEqualTo("武汉协和医院");
            assertThat(sms.templateCode()).isEqualTo("SMS_100000001");
            assertThat(sms.parameters()).containsExactlyInAnyOrderEntriesOf(request().parameters());
            assertThat(sms.outId()).isEqualTo("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        });
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefusedAndSendsNothing() throws Exception {
        assertThatThrownBy(() -> provider("not-the-secret").send(request()))
                .isInstanceOfSatisfying(SmsFailure.class, e -> {
                    assertThat(e.kind()).isEqualTo(SmsFailure.Kind.REJECTED);
                    assertThat(e.getMessage()).contains("SignatureDoesNotMatch");
                });
        assertThat(server.refused()).containsExactly("SignatureDoesNotMatch");
        assertThat(server.accepted(NATIONAL)).isEmpty();
    }

    @Test
    void theProvidersCodesAreToldApart() throws Exception {
        SmsProvider provider = provider(AliyunSmsServer.KEY_SECRET);
        server.script(NATIONAL, Reply.THROTTLED, Reply.TEMPLATE_ILLEGAL, Reply.UNAVAILABLE);

        assertThatThrownBy(() -> provider.send(request())).isInstanceOfSatisfying(SmsFailure.class, e -> {
            assertThat(e.kind()).isEqualTo(SmsFailure.Kind.THROTTLED);
            assertThat(e.getMessage()).contains("isv.BUSINESS_LIMIT_CONTROL", "流控");
        });
        assertThatThrownBy(() -> provider.send(request())).isInstanceOfSatisfying(SmsFailure.class, e -> {
            assertThat(e.kind()).isEqualTo(SmsFailure.Kind.REJECTED);
            assertThat(e.getMessage()).contains("isv.SMS_TEMPLATE_ILLEGAL", "找不到对应模板");
        });
        assertThatThrownBy(() -> provider.send(request())).isInstanceOfSatisfying(SmsFailure.class, e -> {
            assertThat(e.kind()).isEqualTo(SmsFailure.Kind.UNAVAILABLE);
            assertThat(e.getMessage()).contains("ServiceUnavailable", "503");
        });
        assertThat(server.accepted(NATIONAL)).isEmpty();

        server.stop();
        assertThatThrownBy(() -> provider.send(request())).isInstanceOfSatisfying(SmsFailure.class,
                e -> assertThat(e.kind()).isEqualTo(SmsFailure.Kind.UNAVAILABLE));
        server.start();
        provider.send(request());
        assertThat(server.accepted(NATIONAL)).hasSize(1);
    }

    @Test
    void missingSettingsStopTheStartWithTheVariableToSet() {
        assertThatThrownBy(() -> provider(" ")).isInstanceOf(IllegalStateException.class)
                .hasMessage("PORTAL_SMS_ACCESS_KEY_SECRET must be set when PORTAL_SMS_PROVIDER=aliyun");
        assertThatThrownBy(() -> new SmsProperties("twilio", null, null, null, "x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PORTAL_SMS_PROVIDER");
    }
}
