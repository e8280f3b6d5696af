package org.hccbm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void readmeExample_printsWhatTheReadmeShows() throws Exception {
    String out = EmbeddingExample.run();
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    String firstResult = out.substring(0, out.indexOf("  Source:"));
    assertThat(readme).contains(firstResult);
    assertThat(out).contains("Would decide it: Hepatic encephalopathy");
  }
}
