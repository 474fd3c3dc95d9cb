package nl.kringwerk.security.login;

import com.vaadin.flow.spring.security.RequestUtil;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The login form's part of the security chain: passwords are checked only through
 * {@link ThrottledLogin}, the form's POST needs the form's CSRF token, and a refused login tells
 * the page why. Use with {@code VaadinSecurityConfigurer.enableCsrfConfiguration(false)}:
 * Vaadin's own CSRF setup exempts the login form, which would let another site sign a browser in
 * under the other site's account (login CSRF).
 */
public final class LoginHardening extends AbstractHttpConfigurer<LoginHardening, HttpSecurity> {

    private final String loginPath;

    public LoginHardening(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void init(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        // The chain's only way in by password; no global AuthenticationManager stands behind it.
        http.authenticationManager(new ProviderManager(new ThrottledLogin(
                context.getBean(UserDetailsService.class),
                context.getBean(PasswordEncoder.class),
                context.getBean(LoginThrottle.class))));
        RequestUtil vaadin = context.getBean(RequestUtil.class);
        // Vaadin's own requests carry Vaadin's CSRF token instead of Spring's; everything else needs Spring's.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler(loginPath)));
        // The vaadin-login-form sends the token from the page it was loaded with. When that page was
        // open longer than its session, it goes back to a fresh login page instead of an error page.
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        AccessDeniedHandler backToLogin =
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + loginPath + "?expired");
        // Explicitly per request: one defaultAccessDeniedHandlerFor mapping would apply to every request.
        http.exceptionHandling(
                exceptions -> exceptions.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(loginPost, backToLogin)), new AccessDeniedHandlerImpl())));
    }
}
