package cn.whuh.portal.base.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, so tests can fix "today". The site's time zone is Asia/Shanghai. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    public Clock clock() {
        return Clock.system(SITE_ZONE);
    }
}
