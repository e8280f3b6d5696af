package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hccbm serve} option checks that end before a server starts. */
class ServeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void neitherTrustNorInsecure_isAUsageError() {
    assertThat(run("serve")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--trust FILE", "--insecure-dev");
  }

  @Test
  void bothTrustAndInsecure_isAUsageError(@TempDir Path dir) {
    assertThat(run("serve", "--insecure-dev", "--trust", dir.resolve("t.json").toString()))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void missingTrustFile_isAFileError(@TempDir Path dir) {
    assertThat(run("serve", "--trust", dir.resolve("absent.json").toString()))
        .isEqualTo(ExitCodes.IO);
    assertThat(err.toString()).contains("cannot read", "no such file");
  }

  @Test
  void trustFileWithoutIssuers_namesTheField(@TempDir Path dir) throws Exception {
    Path t = Files.writeString(dir.resolve("t.json"), "{\"issuers\": {}}");
    assertThat(run("serve", "--trust", t.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("issuers must be an object with at least one issuer");
  }

  @Test
  void trustIssuerWithoutKeys_namesTheIssuer(@TempDir Path dir) throws Exception {
    Path t =
        Files.writeString(
            dir.resolve("t.json"), "{\"issuers\": {\"https://ehr.example.org\": {}}}");
    assertThat(run("serve", "--trust", t.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .contains("issuers.https://ehr.example.org must have either \"jwks\"");
  }

  @Test
  void demo_loadsNoHapiAndNoJwtClass(@TempDir Path dir) throws Exception {
    // hccbm.jar now carries the FHIR adapter and nimbus for "serve": "demo" must not pay for them
    Path classes = dir.resolve("classes.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-cp",
                System.getProperty("java.class.path"),
                HccbmCli.class.getName(),
                "demo")
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();
    assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    String loaded = Files.readString(classes);
    assertThat(loaded).contains("org.hccbm.cli.DemoCommand", "org.hccbm.cli.ServeCommand");
    assertThat(loaded)
        .doesNotContain("ca.uhn.", "org.hl7.fhir.", "com.nimbusds.", "org.hccbm.fhir.");
  }

  @Test
  void portOutOfRange_isAUsageError() {
    assertThat(run("serve", "--insecure-dev", "--port", "70000")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--port must be 0..65535, was 70000");
  }
}
