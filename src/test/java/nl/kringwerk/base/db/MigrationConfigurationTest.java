package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** On a database server of its own, Flyway migrates with DB_MIGRATION_USER; the application keeps DB_USER. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DataSourceProperties.class)
    static class DataSourceSettings {}

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withUserConfiguration(MigrationConfiguration.class, DataSourceSettings.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:mariadb://db:3306/kringwerk",
                    "spring.datasource.username=kringwerk_app",
                    "spring.datasource.password=app-secret");

    @Test
    void flywayMigratesWithTheMigrationAccountWhenOneIsSet(CapturedOutput output) {
        server.withPropertyValues(
                        "kringwerk.db.migration-user=kringwerk", "kringwerk.db.migration-password=owner-secret")
                .run(context -> {
                    FlywayConnectionDetails flyway = context.getBean(FlywayConnectionDetails.class);
                    assertThat(flyway.getJdbcUrl()).isEqualTo("jdbc:mariadb://db:3306/kringwerk");
                    assertThat(flyway.getUsername()).isEqualTo("kringwerk");
                    assertThat(flyway.getPassword()).isEqualTo("owner-secret");
                    assertThat(context).hasSingleBean(FlywayMigrationStrategy.class);
                });
        assertThat(output).doesNotContain("DB_MIGRATION_USER");
    }

    @Test
    void withoutAMigrationAccountFlywayUsesTheApplicationsAccountAndWarnsInDutchAndEnglish(CapturedOutput output) {
        server.run(context -> {
            FlywayConnectionDetails flyway = context.getBean(FlywayConnectionDetails.class);
            assertThat(flyway.getUsername()).isEqualTo("kringwerk_app");
            assertThat(flyway.getPassword()).isEqualTo("app-secret");
        });
        assertThat(output)
                .contains("DB_MIGRATION_USER is niet gezet")
                .contains("DB_MIGRATION_USER is not set")
                .doesNotContain("app-secret");
    }

    @Test
    void theEmbeddedDatabaseBringsItsOwnMigrationAccount() {
        new ApplicationContextRunner()
                .withUserConfiguration(MigrationConfiguration.class, DataSourceSettings.class)
                .run(context -> assertThat(context).doesNotHaveBean(FlywayConnectionDetails.class));
    }
}
