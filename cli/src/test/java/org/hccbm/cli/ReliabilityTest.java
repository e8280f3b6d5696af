package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.history.BtaExposure;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: one test per numbered defect, named after it. Each failed before the fix. Defect 16
 * (TwoByTwo overflow) is tested in the imaging module (TwoByTwoOverflowTest); its other half, the
 * planner's patient guard, belongs to the planner's own work. The SIGKILL campaign of defect 6 is
 * KillResumeTest; the fuzz campaign over every defect is BatchFuzzCampaignTest.
 */
class ReliabilityTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  @AfterEach
  void restoreStreams() {
    Std.in = System.in;
    Std.out = null;
  }

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path write(String name, String content) throws Exception {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static String doc(Patient p) throws Exception {
    return MAPPER.writeValueAsString(p);
  }

  /** H-2's document with one field's text replaced. */
  private static String h2With(String from, String to) throws Exception {
    String d = doc(Fixtures.h2());
    assertThat(d).contains(from);
    return d.replace(from, to);
  }

  private List<JsonNode> records(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(MAPPER.readTree(line));
    }
    return out;
  }

  private void assertNoStackTrace() {
    assertThat(err.toString())
        .doesNotContain("\tat ")
        .doesNotContain("Exception:")
        .doesNotContain("Caused by");
  }

  private void assertLinesInOrder(List<JsonNode> records, int n) {
    assertThat(records).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(records.get(i).get("line").asLong()).isEqualTo(i + 1);
    }
  }

  @Test
  void defect01_outputSameAsInputRefused() throws Exception {
    String content = doc(Fixtures.h2()) + "\n";
    Path in = write("in.jsonl", content);
    assertThat(run("batch", "--in", in.toString(), "--out", in.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is the input file");
    Path hard = Files.createLink(dir.resolve("hard.jsonl"), in);
    assertThat(run("batch", "--in", in.toString(), "--out", hard.toString())).isEqualTo(2);
    Path soft = Files.createSymbolicLink(dir.resolve("soft.jsonl"), in);
    assertThat(run("batch", "--in", soft.toString(), "--out", in.toString())).isEqualTo(2);
    Path other = dir.resolve("sub/../in.jsonl");
    Files.createDirectories(dir.resolve("sub"));
    assertThat(run("batch", "--in", in.toString(), "--out", other.toString())).isEqualTo(2);
    assertThat(Files.readString(in)).isEqualTo(content);
    assertNoStackTrace();
  }

  @Test
  void defect02_loneSurrogateEscapeIsThatLinesErrorRecord() throws Exception {
    String bad = h2With("\"id\":\"H-2\"", "\"id\":\"\\ud800\"");
    String badKey = h2With("\"id\":\"H-2\"", "\"id\":\"H-2\",\"\\udc00x\":1");
    Path in =
        write(
            "in.jsonl",
            String.join(
                    "\n",
                    doc(Fixtures.h1()),
                    bad,
                    doc(Fixtures.h2()),
                    badKey,
                    doc(Fixtures.incomplete()))
                + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString(), "--chunk", "2"))
        .isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 5);
    assertThat(r.get(1).get("status").asText()).isEqualTo("rejected");
    assertThat(r.get(1).get("path").asText()).isEqualTo("$.id");
    assertThat(r.get(1).get("error").asText()).contains("unpaired surrogate \\uD800");
    // In a field name, Jackson's own decoder refuses the surrogate first: a syntax error located
    // by the field before it and by its column.
    assertThat(r.get(3).get("status").asText()).isEqualTo("rejected");
    assertThat(r.get(3).get("path").asText()).isEqualTo("$.id");
    assertThat(r.get(3).get("column").asInt()).isPositive();
    assertThat(r.get(0).get("patientId").asText()).isEqualTo("H-1");
    assertThat(r.get(2).get("patientId").asText()).isEqualTo("H-2");
    assertThat(r.get(4).get("status").asText()).isEqualTo("ok");
    assertNoStackTrace();
  }

  @Test
  void defect03_invalidUtf8OrUtf16LineIsIsolated() throws Exception {
    byte[] good = (doc(Fixtures.h2()) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int n = 3_000;
    for (int i = 1; i <= n; i++) {
      if (i == 1_501) {
        byte[] broken = good.clone();
        broken[20] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        bytes.write(broken);
      } else if (i == 1_502) {
        bytes.write(new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}', '\n'});
      } else {
        bytes.write(good);
      }
    }
    Path in = write("in.jsonl", bytes.toByteArray());
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString(), "--chunk", "1000"))
        .isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, n);
    for (int i = 0; i < n; i++) {
      boolean bad = i == 1_500 || i == 1_501;
      assertThat(r.get(i).get("status").asText())
          .as("line %d", i + 1)
          .isEqualTo(bad ? "rejected" : "ok");
    }
    assertThat(r.get(1_500).get("error").asText())
        .contains("not valid UTF-8: byte 0xC3 at byte 21");
    assertThat(r.get(1_501).get("error").asText()).contains("not valid UTF-8");

    // A UTF-16 file: every line is its own error record; nothing aborts.
    byte[] utf16 =
        (doc(Fixtures.h2()) + "\n" + doc(Fixtures.h1()) + "\n").getBytes(StandardCharsets.UTF_16);
    Path in16 = write("in16.jsonl", utf16);
    Path out16 = dir.resolve("out16.jsonl");
    assertThat(run("batch", "--in", in16.toString(), "--out", out16.toString())).isEqualTo(1);
    List<JsonNode> r16 = records(out16);
    assertThat(r16)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(x -> assertThat(x.get("status").asText()).isEqualTo("rejected"));
    assertThat(r16.get(0).get("error").asText()).contains("UTF-16");
    assertNoStackTrace();
  }

  @Test
  void defect04_hugeLineAndHugeArraysStayBoundedUnderSmallHeap() throws Exception {
    Path in = dir.resolve("huge.jsonl");
    try (OutputStream o = Files.newOutputStream(in)) {
      o.write((doc(Fixtures.h2()) + "\n").getBytes(StandardCharsets.UTF_8));
      // a 100 MB line
      o.write("{\"schemaVersion\":\"1.0\",\"id\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'x');
      for (int i = 0; i < 100; i++) {
        o.write(block);
      }
      o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      // a million lesions and a million nodules, each line under the default 4 MiB limit
      StringBuilder lesions =
          new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"L\"," + "\"boneLesions\":[");
      for (int i = 0; i < 1_000_000; i++) {
        lesions.append(i == 0 ? "{}" : ",{}");
      }
      o.write((lesions + "]}\n").getBytes(StandardCharsets.UTF_8));
      StringBuilder nodules =
          new StringBuilder(
              "{\"schemaVersion\":\"1.0\",\"id\":\"N\"," + "\"primary\":{\"nodules\":[");
      for (int i = 0; i < 1_000_000; i++) {
        nodules.append(i == 0 ? "1" : ",1");
      }
      o.write((nodules + "]}}\n").getBytes(StandardCharsets.UTF_8));
      o.write((doc(Fixtures.h1()) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Forked.Result result =
        Forked.run(
            "64m",
            dir,
            "batch",
            "--in",
            in.toString(),
            "--out",
            dir.resolve("out.jsonl").toString());
    assertThat(result.exit()).as(result.err()).isEqualTo(1);
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    List<JsonNode> r = records(dir.resolve("out.jsonl"));
    assertLinesInOrder(r, 5);
    assertThat(r.get(0).get("patientId").asText()).isEqualTo("H-2");
    assertThat(r.get(1).get("error").asText()).contains("over the limit of 4194304 bytes");
    assertThat(r.get(2).get("path").asText()).isEqualTo("$.boneLesions[1000]");
    assertThat(r.get(2).get("error").asText()).contains("too many elements in one array");
    assertThat(r.get(3).get("path").asText()).isEqualTo("$.primary.nodules[1000]");
    assertThat(r.get(4).get("patientId").asText()).isEqualTo("H-1");
    Files.delete(in);
  }

  @Test
  void defect05_duplicateKeysAndTrailingContentRefused() throws Exception {
    String dup =
        h2With(
            "\"albumin\":{\"value\":3.6,\"unit\":\"g/dL\"}",
            "\"albumin\":{\"value\":3.6,\"unit\":\"g/dL\"},\"albumin\":{\"value\":1.0,\"unit\":\"g/dL\"}");
    String two = doc(Fixtures.h2()) + " " + doc(Fixtures.h1());
    Path in = write("in.jsonl", dup + "\n" + two + "\n" + doc(Fixtures.h2()) + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString())).isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 3);
    assertThat(r.get(0).get("path").asText()).isEqualTo("$.labs.albumin");
    assertThat(r.get(0).get("error").asText()).contains("duplicate field");
    assertThat(r.get(1).get("error").asText()).contains("unexpected content after the document");
    assertThat(r.get(1).get("column").asInt()).isEqualTo(doc(Fixtures.h2()).length() + 2);
    assertThat(r.get(2).get("status").asText()).isEqualTo("ok");
    // The library's own reader refuses the duplicate too, whatever the mapper's settings.
    assertThatThrownBy(() -> MAPPER.readValue(dup, Patient.class))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining("$.labs.albumin: duplicate");
  }

  @Test
  void defect06_interruptedOutputIsResumedToTheSameBytes() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      lines.add(i == 4 ? "{broken" : doc(i % 2 == 0 ? Fixtures.h1() : Fixtures.h2()));
    }
    Path in = write("in.jsonl", String.join("\n", lines) + "\n");
    Path whole = dir.resolve("whole.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", whole.toString())).isEqualTo(1);
    byte[] expected = Files.readAllBytes(whole);
    assertThat(dir.resolve("whole.jsonl.part")).doesNotExist();

    // What a kill leaves: the target untouched, a .part with complete records and half of one.
    Path target = dir.resolve("out.jsonl");
    Files.writeString(target, "previous output\n");
    String text = new String(expected, StandardCharsets.UTF_8);
    int cut = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1) + 40;
    Files.write(dir.resolve("out.jsonl.part"), java.util.Arrays.copyOf(expected, cut));
    assertThat(run("batch", "--in", in.toString(), "--out", target.toString(), "--resume"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("resuming after 3 complete records")
        .contains(
            "records 9 (3 kept from the interrupted run), complete 0, bounded 8, " + "rejected 1")
        .contains("records 9, complete 0, bounded 8, rejected 1");
    assertThat(Files.readAllBytes(target)).isEqualTo(expected);
    assertThat(dir.resolve("out.jsonl.part")).doesNotExist();

    // Resuming a finished run changes nothing; resuming against another input is refused.
    assertThat(run("batch", "--in", in.toString(), "--out", target.toString(), "--resume"))
        .isEqualTo(1);
    assertThat(Files.readAllBytes(target)).isEqualTo(expected);
    Path shorter = write("short.jsonl", lines.get(0) + "\n");
    assertThat(run("batch", "--in", shorter.toString(), "--out", target.toString(), "--resume"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("has only 1 lines");
    Files.writeString(dir.resolve("x.jsonl.part"), "not a record\n");
    assertThat(
            run(
                "batch",
                "--in",
                in.toString(),
                "--out",
                dir.resolve("x.jsonl").toString(),
                "--resume"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("is not this command's output");
    assertNoStackTrace();
  }

  @Test
  void defect07_loneCrIsWhitespace_crlfAccepted() throws Exception {
    String withCr = h2With("\"id\":\"H-2\",", "\"id\":\"H-2\",\r");
    Path in =
        write(
            "in.jsonl",
            doc(Fixtures.h1()) + "\n" + withCr + "\n" + doc(Fixtures.incomplete()) + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString())).isZero();
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 3);
    assertThat(r.get(1).get("patientId").asText()).isEqualTo("H-2");
    assertThat(r.get(2).get("patientId").asText()).isEqualTo("incomplete");

    Path crlf = write("crlf.jsonl", doc(Fixtures.h1()) + "\r\n" + doc(Fixtures.h2()) + "\r\n");
    Path outCrlf = dir.resolve("out-crlf.jsonl");
    assertThat(run("batch", "--in", crlf.toString(), "--out", outCrlf.toString())).isZero();
    assertLinesInOrder(records(outCrlf), 2);
  }

  @Test
  void defect08_datesCheckedAndValuesJustAboveZeroRefused() throws Exception {
    String base = h2With("\"id\":\"H-2\",", "\"id\":\"H-2\",\"assessmentDate\":\"2026-11-01\",");
    String labAfter =
        base.replace(
            "\"albumin\":{\"value\":3.6,\"unit\":\"g/dL\"}",
            "\"albumin\":{\"value\":3.6,\"unit\":\"g/dL\",\"date\":\"2026-11-02\"}");
    String oldBilirubin =
        base.replace(
            "\"totalBilirubin\":{\"value\":0.8,\"unit\":\"mg/dL\"}",
            "\"totalBilirubin\":{\"value\":0.8,\"unit\":\"mg/dL\",\"date\":\"2019-03-01\"}");
    String future =
        doc(Fixtures.h1())
            .replace(
                "\"radiotherapy\":\"unknown\"",
                "\"radiotherapy\":[{\"site\":{\"spinalLevel\":\"T12\"},\"totalDose\":{\"value\":8,"
                    + "\"unit\":\"Gy\"},\"fractions\":1,\"completed\":\"2999-09-01\"}]");
    String before1900 =
        base.replace("\"assessmentDate\":\"2026-11-01\"", "\"assessmentDate\":\"1899-12-31\"");
    String tinyAlbumin =
        base.replace("\"albumin\":{\"value\":3.6", "\"albumin\":{\"value\":1e-320");
    String tinyWeight =
        doc(Fixtures.h1()).replace("\"weight\":{\"value\":68", "\"weight\":{\"value\":0.001");
    assertThat(labAfter).isNotEqualTo(base);
    assertThat(oldBilirubin).isNotEqualTo(base);
    assertThat(future).isNotEqualTo(doc(Fixtures.h1()));
    assertThat(tinyWeight).isNotEqualTo(doc(Fixtures.h1()));
    Path in =
        write(
            "in.jsonl",
            String.join("\n", labAfter, oldBilirubin, future, before1900, tinyAlbumin, tinyWeight)
                + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString(), "--detail", "full"))
        .isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 6);
    assertThat(r.get(0).get("path").asText()).isEqualTo("$.labs.albumin.date");
    assertThat(r.get(0).get("error").asText())
        .contains("must not lie after the assessment date " + "2026-11-01, was 2026-11-02");
    assertThat(r.get(1).get("status").asText()).isEqualTo("ok");
    assertThat(r.get(1).toString())
        .contains("DATA_QUALITY")
        .contains("total bilirubin (0.8 " + "mg/dL) was sampled on 2019-03-01");
    assertThat(r.get(2).get("path").asText()).isEqualTo("$.history.radiotherapy[0].completed");
    assertThat(r.get(3).get("error").asText()).contains("must be on or after 1900-01-01");
    assertThat(r.get(4).get("error").asText()).contains("albumin must be >= 0.01 g/dL");
    assertThat(r.get(5).get("error").asText()).contains("body weight must be >= 0.2 kg");
  }

  @Test
  void defect09_absentOngoingIsUnknown() throws Exception {
    String agent =
        "\"boneTargetingAgents\":[{\"agent\":\"zoledronic_acid\",\"started\":" + "\"2026-09-10\"";
    String d = h2With("\"boneTargetingAgents\":\"unknown\"", agent + "}]");
    String withOngoing =
        h2With("\"boneTargetingAgents\":\"unknown\"", agent + ",\"ongoing\":true}]");
    Patient p = PatientReader.strict().read(d.getBytes(StandardCharsets.UTF_8)).patient();
    BtaExposure bta = p.history().boneTargetingAgents().known().orElseThrow().get(0);
    assertThat(bta.ongoing()).isEqualTo(Observed.unknown());
    assertThat(doc(p)).contains("\"ongoing\":\"unknown\"");
    Patient known =
        PatientReader.strict().read(withOngoing.getBytes(StandardCharsets.UTF_8)).patient();
    assertThat(known.history().boneTargetingAgents().known().orElseThrow().get(0).ongoing())
        .isEqualTo(Observed.of(true));
  }

  @Test
  void defect10_nullOrEmptyDocumentIsAClearError() throws Exception {
    assertThat(run("assess", write("null.json", "null").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("the document is null (a patient object is required)");
    assertThat(run("assess", write("empty.json", "").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("the document is empty");
    assertThat(run("assess", write("ws.json", "  \n\t ").toString())).isEqualTo(1);
    Path in = write("in.jsonl", "null\n\n[]\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString())).isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 3);
    assertThat(r.get(0).get("error").asText()).contains("the document is null");
    assertThat(r.get(1).get("error").asText()).contains("empty line");
    assertThat(r.get(2).get("error").asText()).contains("must be an object");
    assertNoStackTrace();
  }

  @Test
  void defaultWorkersLeaveOneProcessorForReadingWritingAndTheJit() {
    assertThat(BatchCommand.workers(0, 1)).isEqualTo(1);
    assertThat(BatchCommand.workers(0, 2)).isEqualTo(1);
    assertThat(BatchCommand.workers(0, 3)).isEqualTo(2);
    assertThat(BatchCommand.workers(0, 16)).isEqualTo(15);
    assertThat(BatchCommand.workers(1, 16)).isEqualTo(1);
    assertThat(BatchCommand.workers(2, 2)).isEqualTo(2);
    assertThat(BatchCommand.workers(256, 2)).isEqualTo(256);
  }

  @Test
  void defect11_badOptionValuesAndMissingCommandAreUsageErrors() throws Exception {
    Path in = write("in.jsonl", doc(Fixtures.h2()) + "\n");
    String o = dir.resolve("o.jsonl").toString();
    assertThat(run("batch", "--in", in.toString(), "--out", o, "--threads", "100000")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be 0 (processors - 1) to 256, was 100000");
    assertThat(run("batch", "--in", in.toString(), "--out", o, "--chunk", "2147483647"))
        .isEqualTo(2);
    assertThat(run("batch", "--in", in.toString(), "--out", o, "--chunk", "x")).isEqualTo(2);
    assertThat(run("batch", "--in", in.toString(), "--out", o, "--max-line-bytes", "-1"))
        .isEqualTo(2);
    assertThat(run("generate", "--count", "-5", "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be 0 or more, was -5");
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("a command is required");
    assertThat(run("assess", "--lab-window", "-1", in.toString())).isEqualTo(2);
    assertNoStackTrace();
  }

  @Test
  void defect11_internalErrorIsOneLineWithoutDebug() {
    Std.in =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("boom");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new IllegalStateException("boom");
          }
        };
    assertThat(run("assess", "-")).isEqualTo(4);
    assertThat(err.toString().trim())
        .isEqualTo(
            "hccbm: internal error (IllegalStateException: "
                + "boom); run again with --debug for the stack trace");
    assertThat(run("assess", "-", "--debug")).isEqualTo(4);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void defect12_controlCharactersEscaped_atFileExpansionOff() throws Exception {
    String evil =
        doc(Fixtures.h1())
            .replace("\"id\":\"H-1\"", "\"id\":\"H-1\\u001b[2J\\nFAKE LINE\\u009b31m\u202e\"");
    Path f = write("evil.json", evil);
    assertThat(run("assess", f.toString())).isZero();
    String text = out.toString();
    assertThat(text)
        .doesNotContain("\u001b")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e")
        .contains("=== Patient H-1\\u001b[2J\\nFAKE LINE\\u009b31m\\u202E ===");
    assertThat(text.lines()).noneMatch(l -> l.startsWith("FAKE LINE"));
    out.getBuffer().setLength(0);
    assertThat(run("assess", "--format", "json", f.toString())).isZero();
    assertThat(out.toString())
        .doesNotContain("\u001b")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e")
        .contains("\\u009B31m");
    // Echoed in an error message: escaped too.
    assertThat(
            run(
                "assess",
                write("e2.json", h2With("\"sex\":\"unknown\"", "\"sex\":\"\\u001b[31mmale\""))
                    .toString()))
        .isEqualTo(1);
    assertThat(err.toString()).doesNotContain("\u001b").contains("\\u001B[31mmale");
    assertThat(run("--bogus\u001b[0m")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("\u001b");
    // @file expansion is off: the argument is an unknown command, the file is not read.
    Path secret = write("secret.txt", "--top-secret-contents");
    assertThat(run("@" + secret)).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("top-secret");
  }

  @Test
  void defect13_fileErrorsNameTheFileAndReason_dashIsStdio() throws Exception {
    Path missing = dir.resolve("nope.jsonl");
    assertThat(run("batch", "--in", missing.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read " + missing + ": no such file or directory");
    assertThat(run("batch", "--in", dir.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read " + dir + ": is a directory");
    Path in = write("in.jsonl", doc(Fixtures.h2()) + "\n");
    assertThat(run("batch", "--in", in.toString(), "--out", dir.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("cannot write " + dir + ": is a directory");
    assertThat(
            run(
                "batch",
                "--in",
                in.toString(),
                "--out",
                dir.resolve("no/such/dir/o.jsonl").toString()))
        .isEqualTo(3);
    assertThat(err.toString())
        .contains(
            "cannot write "
                + dir.resolve("no/such/dir/o.jsonl.part")
                + ": no such file or directory");
    assertThat(run("assess", dir.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("cannot read " + dir + ": is a directory");

    // - is standard input and standard output.
    Std.in =
        new ByteArrayInputStream(
            (doc(Fixtures.h2()) + "\n" + doc(Fixtures.h1()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(run("batch", "--in", "-", "--out", "-")).isZero();
    assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.contains("\"status\":\"ok\""));
    assertThat(dir.resolve("-")).doesNotExist();
    Std.in = new ByteArrayInputStream(doc(Fixtures.h2()).getBytes(StandardCharsets.UTF_8));
    assertThat(run("assess", "-")).isZero();

    // Invalid UTF-8 in assess is an input error, not an I/O error.
    byte[] bad = doc(Fixtures.h2()).getBytes(StandardCharsets.UTF_8);
    bad[10] = (byte) 0xFF;
    assertThat(run("assess", write("bad.json", bad).toString())).isEqualTo(1);
    assertThat(err.toString()).contains("not valid UTF-8: byte 0xFF at byte 11");

    // No space left: a real process writing to a full device names it and the reason.
    File full = new File("/dev/full");
    if (full.exists()) {
      Forked.Result r =
          Forked.runTo(full, "64m", dir, "batch", "--in", in.toString(), "--out", "-");
      assertThat(r.exit()).isEqualTo(3);
      assertThat(r.err()).contains("cannot write standard output: no space left on device");
      Forked.Result f =
          Forked.run("64m", dir, "batch", "--in", in.toString(), "--out", "/dev/full");
      assertThat(f.exit()).isEqualTo(3);
      assertThat(f.err())
          .contains("cannot write /dev/full: no space left on device")
          .doesNotContain("\tat ");
    }
    assertNoStackTrace();
  }

  @Test
  void defect14_syntaxErrorsCarryLineAndColumn() throws Exception {
    String pretty =
        "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"labs\": {\"albumin\": "
            + "{\"value\": 3.1 \"unit\": \"g/dL\"}}\n}\n";
    assertThat(run("assess", write("p.json", pretty).toString())).isEqualTo(1);
    assertThat(err.toString()).contains("line 4, column 37: $.labs.albumin.value: syntax error");
    Path in = write("in.jsonl", "{\"schemaVersion\":\"1.0\",\"id\":tru}\n{\"a\":\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString())).isEqualTo(1);
    List<JsonNode> r = records(outFile);
    assertLinesInOrder(r, 2);
    assertThat(r.get(0).get("path").asText()).isEqualTo("$.id");
    assertThat(r.get(0).get("column").asInt()).isPositive();
    assertThat(r.get(0).get("error").asText()).contains("syntax error");
    assertThat(r.get(1).get("path").asText()).isEqualTo("$.a");
    assertThat(r.get(1).has("column")).isTrue();
  }

  @Test
  void defect15_relaxedReportsEachIgnoredField() throws Exception {
    String typo = h2With("\"albumin\":", "\"albumn\":");
    Path in = write("in.jsonl", typo + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("batch", "--relaxed", "--in", in.toString(), "--out", outFile.toString()))
        .isZero();
    assertThat(err.toString()).contains("line 1: ignored unknown field $.labs.albumn");
    JsonNode r = records(outFile).get(0);
    assertThat(r.get("ignoredFields").toString()).isEqualTo("[\"$.labs.albumn\"]");
    assertThat(run("assess", "--relaxed", write("t.json", typo).toString())).isZero();
    assertThat(err.toString()).contains("ignored unknown field $.labs.albumn");
    assertThat(run("batch", "--in", in.toString(), "--out", outFile.toString())).isEqualTo(1);
  }
}
