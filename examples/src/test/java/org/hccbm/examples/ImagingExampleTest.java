package org.hccbm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImagingExampleTest {
  @Test
  void readmeImagingExample_printsWhatTheReadmeShows() throws Exception {
    String out = ImagingExample.run();
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(out);
    assertThat(out).contains("Post-test probability: 54.9 % (95 % CI 45.1 %–64.4 %)");
  }
}
