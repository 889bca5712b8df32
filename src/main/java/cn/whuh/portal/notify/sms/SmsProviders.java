package cn.whuh.portal.notify.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMS provider named by {@code PORTAL_SMS_PROVIDER}; none when it is empty (SMS are then kept, not sent). A
 * second provider is one more bean here, selected by its own name.
 */
@Configuration(proxyBeanMethods = false)
class SmsProviders {

    @Bean
    @ConditionalOnProperty(prefix = "portal.sms", name = "provider", havingValue = AliyunSmsProvider.NAME)
    SmsProvider aliyunSms(SmsProperties properties) throws Exception {
        return new AliyunSmsProvider(properties);
    }
}
