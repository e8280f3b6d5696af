package org.hccbm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanExampleTest {
  @Test
  void readmePlan_isWhatTheLibraryPrints() throws Exception {
    String out = PlanExample.run();
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(out);
    assertThat(out).contains("not a directive").contains("[R-BTA-05]");
  }
}
