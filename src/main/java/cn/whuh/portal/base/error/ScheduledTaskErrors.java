package cn.whuh.portal.base.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;

/**
 * A background job (the outbox, the digest, retention, purges) that fails leaves one log line, not a stack trace:
 * a warning while the database cannot be reached (the job runs again on its schedule and heals by itself), else an
 * error with a reference and the failure's classes and place ({@link Failures#describe}), never its messages,
 * which can quote personal data (docs/embedded-database.md#faults).
 */
@Configuration(proxyBeanMethods = false)
class ScheduledTaskErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

    @Override
    public void handleError(Throwable failure) {
        if (Failures.isUnavailable(failure)) {
            log.warn("Background job skipped this run, the database cannot be reached: {}", Failures.describe(failure));
        } else {
            log.error("Background job failed [ref {}]: {}", Failures.newReference(), Failures.describe(failure));
        }
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer quietThreadPoolScheduler() {
        return scheduler -> scheduler.setErrorHandler(this);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer quietSimpleScheduler() {
        return scheduler -> scheduler.setErrorHandler(this);
    }
}
