package nl.kringwerk.security.session;

import com.vaadin.flow.server.VaadinServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionLimits.class)
class SessionConfiguration {

    /**
     * Vaadin's push (Atmosphere) starts a servlet session for a request that has none. When a login
     * ends the old session, the old page's push channel reconnects with the old cookie; a session
     * started then sends a cookie that can overwrite the new login's, and the user lands on the
     * login page again. A push request without a session gets Vaadin's "session expired" instead.
     */
    @Bean
    static BeanPostProcessor pushStartsNoSession() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    registration.addInitParameter(ApplicationConfig.PROPERTY_SESSION_CREATE, "false");
                }
                return bean;
            }
        };
    }
}
