package nl.kringwerk.demo;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** 'true' or 'false' decide; 'auto' means: only when Kringwerk runs on its own embedded MariaDB. */
class DemoDataCondition implements ConfigurationCondition {

    @Override
    public ConfigurationPhase getConfigurationPhase() {
        return ConfigurationPhase.REGISTER_BEAN;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment()
                .getProperty("kringwerk.demo-data", "auto")
                .strip();
        if ("true".equalsIgnoreCase(setting)) {
            return true;
        }
        if ("false".equalsIgnoreCase(setting)) {
            return false;
        }
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        return url.isBlank();
    }
}
