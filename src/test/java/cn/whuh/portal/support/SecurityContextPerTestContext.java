package cn.whuh.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live side by side in one test JVM, and each installs its own Vaadin-aware
 * {@link SecurityContextHolderStrategy} into the static {@link SecurityContextHolder}: the last one started
 * wins. Before each test this points the holder back at the strategy of the context the test runs against,
 * so that a test signing someone in reaches that context's method security.
 */
public class SecurityContextPerTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
