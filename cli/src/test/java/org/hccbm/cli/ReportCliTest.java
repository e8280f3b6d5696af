package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ReportCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path demo(String name) throws Exception {
    try (InputStream in = ReportCliTest.class.getResourceAsStream("/demo/" + name)) {
      Path p = dir.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  @Test
  void report_everyDemoPatient_writesOneWellFormedPage() throws Exception {
    for (String name : DemoCommand.PATIENTS) {
      Path html = dir.resolve(name + ".html");
      assertThat(run("report", demo(name).toString(), "--out", html.toString()))
          .as(name + ": " + err)
          .isZero();
      String page = Files.readString(html, StandardCharsets.UTF_8);
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader(page)));
      assertThat(doc.getElementsByTagName("h1").item(0).getTextContent())
          .startsWith("Tumour board: ");
      assertThat(page).doesNotContain("<script").contains("@media print");
    }
    assertThat(out.toString()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void report_cordCompression_markdownToStandardOutput() throws Exception {
    assertThat(
            run("report", demo("cord-compression.json").toString(), "--format", "md", "--out", "-"))
        .isZero();
    assertThat(out.toString())
        .startsWith("# Tumour board: cord-compression")
        .contains("## Emergencies — first")
        .contains("| **HCC-SM GPA** (used) |")
        .contains("non-discriminating in HCC")
        .doesNotContain("<svg");
  }

  @Test
  void report_pretest_startsTheImagingPictureThere() throws Exception {
    Path patient = demo("favourable.json");
    assertThat(run("report", patient.toString(), "--pretest", "0.3", "--out", "-")).isZero();
    String given = out.toString();
    assertThat(given).contains("From a pre-test probability of 30 %").contains("pre-test 30 %");
    out.getBuffer().setLength(0);
    assertThat(run("report", patient.toString(), "--out", "-")).isZero();
    assertThat(out.toString())
        .doesNotContain("From a pre-test probability of 30 %")
        .contains("From a pre-test probability of ");
  }

  @Test
  void report_pretestOutsideZeroToOne_isAUsageError_namingTheOption() throws Exception {
    Path patient = demo("favourable.json");
    Path html = dir.resolve("never.html");
    assertThat(run("report", patient.toString(), "--pretest", "1.5", "--out", html.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--pretest").contains("1.5");
    assertThat(html).doesNotExist();
  }

  @Test
  void report_withoutOut_isAUsageError() throws Exception {
    assertThat(run("report", demo("incomplete.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=FILE'");
  }

  @Test
  void report_invalidDocument_exits1_namingThePath() throws Exception {
    Path p = dir.resolve("bad.json");
    Files.writeString(
        p,
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"labs\":{\"albumin\":"
            + "{\"value\":-1,\"unit\":\"g/dL\"}}}");
    assertThat(run("report", p.toString(), "--out", dir.resolve("r.html").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("$.labs.albumin: albumin must be > 0 g/dL, was -1.0 g/dL");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void report_missingFile_exits3() {
    assertThat(
            run(
                "report",
                dir.resolve("nope.json").toString(),
                "--out",
                dir.resolve("r.html").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read");
  }

  @Test
  void report_unwritableTarget_exits3() throws Exception {
    Path target = dir.resolve("no-such-dir").resolve("r.html");
    assertThat(run("report", demo("incomplete.json").toString(), "--out", target.toString()))
        .isEqualTo(3);
    assertThat(err.toString()).startsWith("hccbm report: ");
  }

  @Test
  void report_hasHelp() {
    assertThat(run("report", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: hccbm report").contains("--format");
  }
}
