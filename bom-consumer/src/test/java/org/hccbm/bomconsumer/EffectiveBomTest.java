package org.hccbm.bomconsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 14: a project that imports {@code hccbm-bom} gets versions for hccbm artifacts and nothing
 * else. Reads the effective POM that maven-help-plugin wrote for this module, which imports the BOM
 * and has no parent, so every managed dependency in it came from the BOM.
 */
class EffectiveBomTest {

  private static final String CONSUMER = "hccbm-bom-consumer";

  /** The modules the BOM must manage: every deployed module, the command line included. */
  private static final Set<String> DEPLOYED =
      Set.of(
          "hccbm-core",
          "hccbm-models",
          "hccbm-imaging",
          "hccbm-jackson",
          "hccbm-fhir",
          "hccbm-report",
          "hccbm-testkit",
          "hccbm-cli");

  private static List<Element> managed;

  @BeforeAll
  static void readEffectivePom() throws Exception {
    Path file = Path.of(System.getProperty("hccbm.effectivePom", "target/effective-pom.xml"));
    assertTrue(Files.isRegularFile(file), "effective POM not written: " + file);
    NodeList projects =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(file.toFile())
            .getElementsByTagName("project");
    Element consumer = null;
    for (int i = 0; i < projects.getLength(); i++) {
      Element project = (Element) projects.item(i);
      if (CONSUMER.equals(childText(project, "artifactId"))) {
        consumer = project;
      }
    }
    assertTrue(consumer != null, "no <project> for " + CONSUMER + " in " + file);
    managed = new ArrayList<>();
    Element management = child(consumer, "dependencyManagement");
    if (management != null) {
      Element dependencies = child(management, "dependencies");
      if (dependencies != null) {
        for (Node n = dependencies.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element dependency && "dependency".equals(dependency.getTagName())) {
            managed.add(dependency);
          }
        }
      }
    }
  }

  @Test
  void everyManagedDependencyIsAnHccbmArtifact() {
    List<String> foreign = new ArrayList<>();
    for (Element dependency : managed) {
      if (!"org.hccbm".equals(childText(dependency, "groupId"))) {
        foreign.add(childText(dependency, "groupId") + ":" + childText(dependency, "artifactId"));
      }
    }
    assertEquals(List.of(), foreign, "importing hccbm-bom manages third-party artifacts");
  }

  @Test
  void everyDeployedModuleIsManagedAtTheBuildVersion() {
    String version = System.getProperty("hccbm.version");
    assertTrue(version != null && !version.isBlank(), "surefire must pass hccbm.version");
    Set<String> artifacts = new TreeSet<>();
    for (Element dependency : managed) {
      String artifactId = childText(dependency, "artifactId");
      artifacts.add(artifactId);
      assertEquals(version, childText(dependency, "version"), "version of " + artifactId);
    }
    assertTrue(
        artifacts.containsAll(DEPLOYED), "managed " + artifacts + ", expected all of " + DEPLOYED);
  }

  private static Element child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element element && tag.equals(element.getTagName())) {
        return element;
      }
    }
    return null;
  }

  private static String childText(Element parent, String tag) {
    Element element = child(parent, tag);
    return element == null ? "" : element.getTextContent().trim();
  }
}
