package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as {@code docker compose config} would check it, on a machine without Docker: valid
 * against the Compose Specification's JSON schema (src/test/resources/compose-spec). And the operator's
 * promises: a healthcheck on the readiness probe, the database's character set and collation as the
 * app's own, no secrets or data in the image's build context or in git.
 */
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode compose = read(Path.of("docker-compose.yml"));

    @Test
    void theComposeFileIsValidAgainstTheComposeSpecification() throws IOException {
        assertThat(validate(compose)).isEmpty();
        // The schema does catch mistakes: a misspelt key is refused.
        JsonNode misspelt = YAML.readTree("services:\n  app:\n    imgae: mariadb:11.4\n");
        assertThat(validate(misspelt)).isNotEmpty();
    }

    @Test
    void theAppIsHealthyOnlyWhenItsReadinessProbeSaysUp() {
        JsonNode healthcheck = compose.at("/services/app/healthcheck");
        assertThat(healthcheck.isMissingNode()).isFalse();
        assertThat(text(healthcheck.get("test"))).contains("/actuator/health/readiness", " 200");
        assertThat(compose.at("/services/app/depends_on/db/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void theDatabaseGetsTheAppsCharacterSetAndCollationAsServerOptions() {
        JsonNode db = compose.at("/services/db");
        // The official image has no such variables; they were silently ignored.
        assertThat(db.get("environment").has("MARIADB_CHARACTER_SET_SERVER")).isFalse();
        assertThat(db.get("environment").has("MARIADB_COLLATION_SERVER")).isFalse();
        // As the embedded MariaDB and its CREATE DATABASE (base/db/EmbeddedMariaDb, EmbeddedAccounts).
        assertThat(text(db.get("command")))
                .contains("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
    }

    @Test
    void noDataSecretsOrHistoryGoIntoTheImageNorSecretsIntoGit() throws IOException {
        List<String> dockerignore = Files.readAllLines(Path.of(".dockerignore"));
        assertThat(dockerignore).contains("data/", "target/", "bench-data/", "backups/", ".git", ".env");
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env", "/backups/");
    }

    private static Set<ValidationMessage> validate(JsonNode document) throws IOException {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
            // The schema labels its parts with draft 4's "id" and names the meta-schema by its old address:
            // drop the labels and name 2019-09 as the validator knows it; the rules are unchanged.
            withoutIds(schema);
            schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
                    .getSchema(schema);
            return compiled.validate(document);
        }
    }

    private static void withoutIds(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("id").isTextual()) {
            object.remove("id");
        }
        node.forEach(ComposeFileTest::withoutIds);
    }

    private static String text(JsonNode node) {
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(part -> parts.add(part.asText()));
        } else {
            parts.add(node.asText());
        }
        return String.join(" ", parts);
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }
}
