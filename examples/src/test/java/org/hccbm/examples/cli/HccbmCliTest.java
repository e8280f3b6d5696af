package org.hccbm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hccbm.core.HccbmVersion;
import org.junit.jupiter.api.Test;

class HccbmCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void demo_printsVersionAndEveryModule() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).contains("hccbm " + HccbmVersion.current())
        .contains("hccbm-core").contains("hccbm-models").contains("hccbm-imaging")
        .contains("hccbm-jackson").contains("hccbm-testkit").contains("not a medical device");
  }

  @Test
  void version_printsTheBuildVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().trim()).isEqualTo("hccbm " + HccbmVersion.current());
  }

  @Test
  void unknownCommand_exitsWithUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
