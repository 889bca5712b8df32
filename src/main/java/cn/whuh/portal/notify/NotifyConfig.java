package cn.whuh.portal.notify;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox dispatcher and the daily digest run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyConfig {
}
