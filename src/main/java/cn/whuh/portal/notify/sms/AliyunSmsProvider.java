package cn.whuh.portal.notify.sms;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.Common;
import java.net.URI;
import java.util.Set;
import org.springframework.core.NestedExceptionUtils;

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, {@code SendSms}) through its official SDK, which signs each request with
 * the access key (ACS3-HMAC-SHA256). The provider's documented error codes are told apart: its rate limits are
 * {@link SmsFailure.Kind#THROTTLED}, template, sign-name, number, parameter and account errors
 * {@link SmsFailure.Kind#REJECTED}, anything else (network, 5xx) {@link SmsFailure.Kind#UNAVAILABLE}
 * (docs/notify.md#sms). The SDK's own retries stay off: the outbox decides when to try again.
 */
public class AliyunSmsProvider implements SmsProvider {

    public static final String NAME = "aliyun";
    static final int TIMEOUT_MILLIS = 10_000;

    private static final Set<String> THROTTLED = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL",
            "isv.MONTH_LIMIT_CONTROL", "Throttling", "Throttling.User", "Throttling.Api");
    private static final Set<String> REJECTED = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT",
            "isv.INVALID_PARAMETERS", "isv.INVALID_JSON_PARAM", "isv.PARAM_LENGTH_LIMIT", "isv.PARAM_NOT_SUPPORT_URL",
            "isv.SMS_CONTENT_ILLEGAL", "isv.DOMESTIC_NUMBER_NOT_SUPPORTED", "isv.BLACK_KEY_CONTROL_LIMIT",
            "isv.ACCOUNT_NOT_EXISTS", "isv.ACCOUNT_ABNORMAL", "isv.PRODUCT_UN_SUBSCRIPT", "isv.PRODUCT_UNSUBSCRIBE",
            "isp.RAM_PERMISSION_DENY", "SignatureDoesNotMatch", "InvalidAccessKeyId.NotFound",
            "InvalidAccessKeyId.Inactive", "Forbidden.RAM");

    private final Client client;

    public AliyunSmsProvider(SmsProperties properties) throws Exception {
        require(properties.accessKeyId(), "PORTAL_SMS_ACCESS_KEY_ID");
        require(properties.accessKeySecret(), "PORTAL_SMS_ACCESS_KEY_SECRET");
        require(properties.signName(), "PORTAL_SMS_SIGN_NAME");
        URI endpoint = URI.create(properties.endpoint().contains("://") ? properties.endpoint()
                : "https://" + properties.endpoint());
        if (endpoint.getHost() == null) {
            throw new IllegalStateException("PORTAL_SMS_ENDPOINT is not an address: " + properties.endpoint());
        }
        Config config = new Config()
                .setAccessKeyId(properties.accessKeyId().strip())
                .setAccessKeySecret(properties.accessKeySecret().strip())
                .setEndpoint(endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort()))
                .setProtocol(endpoint.getScheme())
                .setConnectTimeout(TIMEOUT_MILLIS)
                .setReadTimeout(TIMEOUT_MILLIS);
        this.client = new Client(config);
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set when PORTAL_SMS_PROVIDER=" + NAME);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(SmsRequest request) throws SmsFailure {
        SendSmsRequest sms = new SendSmsRequest()
                .setPhoneNumbers(request.nationalNumber())
                .setSignName(request.signName())
                .setTemplateCode(request.templateCode())
                .setTemplateParam(Common.toJSONString(request.parameters()))
                .setOutId(request.outId());
        SendSmsResponseBody body;
        try {
            body = client.sendSms(sms).getBody();
        } catch (TeaException e) {
            // the gateway's answer to a 4xx or 5xx status: "code: 503, <words> request id: <id>"
            throw failure(e.getCode(), e.getMessage(), e);
        } catch (Exception e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw new SmsFailure(SmsFailure.Kind.UNAVAILABLE, "Aliyun SMS not reached: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
        }
        if (body == null || !"OK".equals(body.getCode())) {
            throw failure(body == null ? null : body.getCode(), body == null ? "no answer"
                    : body.getMessage() + " (request id " + body.getRequestId() + ")", null);
        }
    }

    /** The failure of one of the provider's codes, with its words. */
    static SmsFailure failure(String code, String message, Throwable cause) {
        return new SmsFailure(kind(code), "Aliyun SMS " + code + ": " + message, cause);
    }

    static SmsFailure.Kind kind(String code) {
        if (code == null) {
            return SmsFailure.Kind.UNAVAILABLE;
        }
        if (THROTTLED.contains(code)) {
            return SmsFailure.Kind.THROTTLED;
        }
        if (REJECTED.contains(code) || code.startsWith("isv.SMS_TEMPLATE") || code.startsWith("isv.SMS_SIGN")
                || code.startsWith("isv.TEMPLATE_") || code.startsWith("isv.SIGN_")) {
            return SmsFailure.Kind.REJECTED;
        }
        return SmsFailure.Kind.UNAVAILABLE;
    }
}
