package nl.kringwerk.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The headers on every answer, next to Spring Security's defaults (nosniff, X-Frame-Options DENY,
 * no caching of pages, and HSTS on requests that came in over https, which includes requests a TLS
 * proxy forwarded with {@code X-Forwarded-Proto: https}).
 */
public final class SecurityHeaders extends AbstractHttpConfigurer<SecurityHeaders, HttpSecurity> {

    @Override
    public void init(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicy())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .frameOptions(frames -> frames.deny()));
    }
}
