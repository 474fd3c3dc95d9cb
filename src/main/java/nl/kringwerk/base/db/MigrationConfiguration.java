package nl.kringwerk.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates with an account of its own, so the application's account needs no right to change
 * the schema (and cannot drop the journal's triggers). Before migrating, {@link BinaryLogCheck} makes
 * sure the server will accept the migrations' triggers.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);

    @Bean
    FlywayMigrationStrategy migrateAfterBinaryLogCheck() {
        return flyway -> {
            BinaryLogCheck.beforeMigrating(flyway);
            flyway.migrate();
        };
    }

    /**
     * A database server of its own ({@code DB_URL} set): {@code DB_MIGRATION_USER} and
     * {@code DB_MIGRATION_PASSWORD}, or the application's account when they are not set.
     */
    @Bean
    @ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
    FlywayConnectionDetails serverMigrationAccount(
            DataSourceProperties dataSource,
            @Value("${kringwerk.db.migration-user:}") String user,
            @Value("${kringwerk.db.migration-password:}") String password) {
        if (user.isBlank()) {
            log.warn("DB_MIGRATION_USER is niet gezet: Flyway migreert met het account van de applicatie (DB_USER),"
                    + " dat dan DDL-rechten nodig heeft en ook de triggers van het kasboek kan weghalen. Geef de"
                    + " migraties een eigen account (zie SECURITY.md). / DB_MIGRATION_USER is not set: Flyway"
                    + " migrates with the application's account (DB_USER), which then needs DDL rights and could"
                    + " also drop the journal's triggers. Give migrations an account of their own (see SECURITY.md).");
            return connectionDetails(
                    dataSource.getUrl(), new DatabaseAccount(dataSource.getUsername(), dataSource.getPassword()));
        }
        return connectionDetails(dataSource.getUrl(), new DatabaseAccount(user, password));
    }

    static FlywayConnectionDetails connectionDetails(String jdbcUrl, DatabaseAccount account) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return jdbcUrl;
            }

            @Override
            public String getUsername() {
                return account.user();
            }

            @Override
            public String getPassword() {
                return account.password();
            }
        };
    }
}
