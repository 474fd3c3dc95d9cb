package nl.kringwerk;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, the static {@link SecurityContextHolder} (what {@link SignIn} and Karibu's login
 * write to) uses this test's application context's holder strategy, the bean the application itself
 * reads (MeetingBroadcaster, OpenScreens, FreshAccountFilter). Every application context sets the
 * static holder to its own strategy when it starts, so without this a test running after another
 * context started (a browser test's, LoginTest's) signed in where its application could not see it.
 */
public class SecurityHolderOfThisContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
