package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's test-author example is DashboardTest, word for word. */
class ReadmeSnippetTest {
  @Test
  void readmeQuotesDashboardTest_fromItsImportsToItsEnd() throws Exception {
    String source =
        Files.readString(
            Path.of("src", "test", "java", "org", "hccbm", "testkit", "DashboardTest.java"));
    String body = source.substring(source.indexOf("import static"));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("```java\n" + body + "```");
  }

  @Test
  void readmeNoLongerClaimsPublishedCasesItDoesNotHold() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).doesNotContain("Fixtures, published cases and seeded generators");
  }
}
