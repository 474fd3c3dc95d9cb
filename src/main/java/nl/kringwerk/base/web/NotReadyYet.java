package nl.kringwerk.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server answers before the start is complete: the migrations are done, but the first
 * administrator and the demo data are made by application runners after it. Until Spring Boot says
 * the app accepts traffic (and again while it shuts down), every page answers 503 with a short
 * "come back in a moment", so nobody logs in to an account that is not there yet. The health
 * endpoint answers as always: its readiness says the same.
 */
@Configuration(proxyBeanMethods = false)
class NotReadyYet {

    static final String PAGE = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kringwerk</title>
            <meta http-equiv="refresh" content="10"></head><body>
            <p>Kringwerk start op. Probeer het over een halve minuut opnieuw.</p>
            <p lang="en">Kringwerk is starting. Please try again in half a minute.</p>
            </body></html>
            """;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> notReadyYetFilter(ApplicationAvailability availability) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
                            chain.doFilter(request, response);
                            return;
                        }
                        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                        response.setHeader("Retry-After", "10");
                        response.setHeader("Cache-Control", "no-store");
                        response.setContentType("text/html;charset=UTF-8");
                        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
