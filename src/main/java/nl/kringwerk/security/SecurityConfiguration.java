package nl.kringwerk.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import nl.kringwerk.security.login.LoginHardening;
import nl.kringwerk.security.session.SessionRules;
import nl.kringwerk.security.ui.LoginView;
import nl.kringwerk.security.web.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRules sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/icons/**", "/images/**", "/webjars/**")
                .permitAll()
                // Health, liveness and readiness for probes: status only (application.properties).
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                // The error page (base/web/ErrorPages) must render for anyone, signed in or not.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        // Logins, sessions and headers: see SECURITY.md. The login form's CSRF is LoginHardening's.
        http.with(new LoginHardening("/login"), Customizer.withDefaults())
                .with(new SecurityHeaders(), Customizer.withDefaults())
                .sessionManagement(session -> session.sessionAuthenticationStrategy(sessions.atLogin()))
                .addFilterAfter(sessions.absoluteLimit(), SecurityContextHolderFilter.class);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * bcrypt, with the {id} prefix so hashes can move to a stronger scheme later. Its cost comes from
     * {@code kringwerk.password.bcrypt-strength} (10 in production, as Spring's default; the tests use
     * the minimum, 4, so thousands of test accounts do not spend minutes hashing). A hash made at any
     * cost is checked at its own cost.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${kringwerk.password.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
