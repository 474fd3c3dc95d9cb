package nl.kringwerk.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Groups meet in the Netherlands; "today" is Amsterdam's today. */
    @Bean
    Clock clock() {
        return amsterdam();
    }

    /** The same clock for code that runs before or without Spring (the backup and restore command). */
    public static Clock amsterdam() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
