package cn.whuh.portal.notify.sms;

import java.util.Map;

/**
 * One SMS for a provider.
 *
 * @param phone the recipient in E.164, a Chinese mobile number ({@code +861…})
 * @param signName the sign name (签名) the provider approved, shown as 【…】 before the text
 * @param templateCode the provider's code of the approved template
 * @param parameters the template's named parameters, in the template's order
 * @param outId the portal's id of this message, for the provider's records
 */
public record SmsRequest(String phone, String signName, String templateCode, Map<String, String> parameters,
        String outId) {

    /** The number without the country code, as Chinese providers take domestic numbers: {@code 139…}. */
    public String nationalNumber() {
        return phone.startsWith("+86") ? phone.substring(3) : phone;
    }
}
