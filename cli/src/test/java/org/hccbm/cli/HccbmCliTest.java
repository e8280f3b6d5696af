package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hccbm.core.HccbmVersion;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HccbmCliTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Runs {@code hccbm batch --in IN --out OUT} with more options. */
  private int batch(Path in, Path out, String... options) {
    List<String> args =
        new ArrayList<>(List.of("batch", "--in", in.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void demo_assessesEveryBundledPatient() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("hccbm " + HccbmVersion.current())
        .contains("not a medical device")
        .contains("=== Patient H-2 ===")
        .contains("=== Patient H-1 ===")
        .contains("=== Patient cord-compression ===")
        .contains("=== Patient impending-fracture ===")
        .contains("=== Patient incomplete ===")
        .contains("Treatment options for H-1")
        .contains("Imaging: probability");
  }

  @Test
  void version_printsTheBuildVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().trim()).isEqualTo("hccbm " + HccbmVersion.current());
  }

  @ParameterizedTest
  @ValueSource(strings = {"assess", "batch", "models", "imaging", "demo", "generate"})
  void everyCommand_hasHelp(String command) {
    assertThat(run(command, "--help")).isZero();
    assertThat(out.toString()).contains("Usage: hccbm " + command);
  }

  @Test
  void unknownCommand_exitsWithUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }

  @Test
  void assess_text_showsModelsPlanAndImaging() throws Exception {
    Path p = write("h1.json", MAPPER.writeValueAsString(Fixtures.h1()));
    assertThat(run("assess", p.toString())).isZero();
    assertThat(out.toString())
        .contains("=== Patient H-1 ===")
        .contains("SINS")
        .contains("Treatment options for H-1")
        .contains("Imaging: probability");
  }

  @Test
  void assess_json_isOneDocumentWithSchemaVersion() throws Exception {
    Path p = write("h2.json", MAPPER.writeValueAsString(Fixtures.h2()));
    assertThat(run("assess", p.toString(), "--format", "json")).isZero();
    JsonNode doc = MAPPER.readTree(out.toString());
    assertThat(doc.get("schemaVersion").asText()).isEqualTo(HccbmJacksonModule.SCHEMA_VERSION);
    assertThat(doc.get("patientId").asText()).isEqualTo("H-2");
    assertThat(doc.get("evaluations").size()).isGreaterThanOrEqualTo(Models.catalogue().size());
    assertThat(doc.get("plan").get("items").size()).isPositive();
    // Five per-patient figures: Yang 2011 (four modalities) and Wu 2011; the HCC bone-scan 2×2
    // [R19] is not shipped (issue 14, docs/sources.md).
    assertThat(doc.get("imaging").get("rows").size()).isEqualTo(5);
  }

  @Test
  void assess_invalidDocument_exits1_namingThePath() throws Exception {
    Path p =
        write(
            "bad.json",
            "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"labs\":{\"albumin\":"
                + "{\"value\":-1,\"unit\":\"g/dL\"}}}");
    assertThat(run("assess", p.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("$.labs.albumin: albumin must be > 0 g/dL, was -1.0 g/dL");
  }

  @Test
  void assess_missingFile_exits3() {
    assertThat(run("assess", dir.resolve("nope.json").toString())).isEqualTo(3);
    assertThat(err.toString()).contains("cannot read");
  }

  @Test
  void batch_badRecordsAreReported_andNothingIsLost() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(MAPPER.writeValueAsString(Fixtures.h1()));
    lines.add("{not json");
    lines.add(MAPPER.writeValueAsString(Fixtures.h2()));
    lines.add(
        "{\"schemaVersion\":\"1.0\",\"id\":\"bad\",\"performanceStatus\":{\"scale\":\"ecog\","
            + "\"value\":7}}");
    lines.add("");
    lines.add(MAPPER.writeValueAsString(Fixtures.incomplete()));
    Path in = write("in.jsonl", String.join("\n", lines) + "\n");
    Path outFile = dir.resolve("out.jsonl");
    assertThat(batch(in, outFile, "--chunk", "2")).isEqualTo(1);
    List<String> results = Files.readAllLines(outFile, StandardCharsets.UTF_8);
    assertThat(results).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(MAPPER.readTree(results.get(i)).get("line").asLong()).isEqualTo(i + 1);
    }
    assertThat(MAPPER.readTree(results.get(0)).get("patientId").asText()).isEqualTo("H-1");
    assertThat(MAPPER.readTree(results.get(1)).get("status").asText()).isEqualTo("rejected");
    assertThat(MAPPER.readTree(results.get(3)).get("error").asText())
        .contains("$.performanceStatus.value: ECOG performance status must be 0..5, was 7");
    assertThat(MAPPER.readTree(results.get(4)).get("error").asText())
        .isEqualTo("$: empty line (one patient document per line)");
    assertThat(MAPPER.readTree(results.get(5)).get("kind").asText()).isEqualTo("bounded");
    assertThat(err.toString()).contains("records 6, complete 0, bounded 3, rejected 3");
  }

  @Test
  void batch_keepsInputOrder_forEveryChunkSize() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      lines.add(
          i == 3
              ? "{not json"
              : MAPPER.writeValueAsString(i % 2 == 0 ? Fixtures.h1() : Fixtures.h2()));
    }
    Path in = write("order.jsonl", String.join("\n", lines) + "\n");
    for (String chunk : List.of("1", "3", "7", "8")) {
      Path outFile = dir.resolve("order-" + chunk + ".jsonl");
      assertThat(batch(in, outFile, "--chunk", chunk, "--threads", "2"))
          .as("chunk %s", chunk)
          .isEqualTo(1);
      List<String> results = Files.readAllLines(outFile, StandardCharsets.UTF_8);
      assertThat(results).as("chunk %s", chunk).hasSize(7);
      for (int i = 0; i < 7; i++) {
        JsonNode r = MAPPER.readTree(results.get(i));
        assertThat(r.get("line").asLong()).isEqualTo(i + 1);
        assertThat(r.get("status").asText()).isEqualTo(i == 3 ? "rejected" : "ok");
        if (i != 3) {
          assertThat(r.get("patientId").asText()).isEqualTo(i % 2 == 0 ? "H-1" : "H-2");
        }
      }
    }
  }

  /**
   * Decision 0023: the default chunk (256 lines) splits a cohort into several chunks; the records
   * are byte for byte those of one chunk holding every line, bad lines at the chunk boundaries
   * included.
   */
  @Test
  void batch_defaultChunks_writeTheSameBytesAsOneChunk() throws Exception {
    int n = 3 * BatchCommand.DEFAULT_CHUNK + 5;
    int chunk = BatchCommand.DEFAULT_CHUNK;
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      boolean bad = i == chunk || i == chunk + 1 || i == 2 * chunk + 1;
      lines.add(
          bad
              ? "{not json"
              : MAPPER.writeValueAsString(i % 2 == 0 ? Fixtures.h1() : Fixtures.h2()));
    }
    Path in = write("chunks.jsonl", String.join("\n", lines) + "\n");
    Path byDefault = dir.resolve("chunks-default.jsonl");
    Path oneChunk = dir.resolve("chunks-one.jsonl");
    assertThat(batch(in, byDefault)).isEqualTo(1);
    assertThat(batch(in, oneChunk, "--chunk", Integer.toString(n))).isEqualTo(1);
    List<String> records = Files.readAllLines(byDefault, StandardCharsets.UTF_8);
    assertThat(records).hasSize(n);
    assertThat(Files.readAllBytes(byDefault)).isEqualTo(Files.readAllBytes(oneChunk));
    for (int line : new int[] {chunk, chunk + 1, 2 * chunk + 1}) {
      JsonNode r = MAPPER.readTree(records.get(line - 1));
      assertThat(r.get("line").asLong()).isEqualTo(line);
      assertThat(r.get("status").asText()).as("line %d", line).isEqualTo("rejected");
    }
    assertThat(MAPPER.readTree(records.get(chunk + 1)).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void batch_chunkBelow1_isAUsageError() throws Exception {
    Path in = write("one.jsonl", MAPPER.writeValueAsString(Fixtures.h2()) + "\n");
    assertThat(batch(in, dir.resolve("o.jsonl"), "--chunk", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--chunk must be 1 to 100000, was 0");
  }

  @Test
  void batch_allGood_exits0() throws Exception {
    Path in = write("in.jsonl", MAPPER.writeValueAsString(Fixtures.h2()) + "\n");
    assertThat(batch(in, dir.resolve("o.jsonl"))).isZero();
  }

  @Test
  void models_listsTheCatalogue() {
    assertThat(run("models")).isZero();
    for (var m : Models.catalogue()) {
      assertThat(out.toString()).contains(m.id());
    }
    assertThat(out.toString()).contains("DRAFT");
  }

  @Test
  void imaging_mriPositiveAt10percent() {
    assertThat(
            run(
                "imaging",
                "--modality",
                "MRI",
                "--basis",
                "patient",
                "--pretest",
                "0.10",
                "--result",
                "positive"))
        .isZero();
    assertThat(out.toString())
        .contains("Post-test probability: 68.6 %")
        .contains("confidence interval unavailable");
  }

  @Test
  void imaging_withoutASeSpPair_orABadProbability_exits1() {
    assertThat(
            run(
                "imaging",
                "--modality",
                "ACETATE_PET_CT",
                "--pretest",
                "0.1",
                "--result",
                "positive"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("published Se/Sp pair");
    assertThat(run("imaging", "--modality", "MRI", "--pretest", "1.5", "--result", "positive"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("probability must be in [0, 1], was 1.5");
  }

  @Test
  void generate_writesValidDocuments() throws Exception {
    Path outFile = dir.resolve("gen.jsonl");
    assertThat(run("generate", "--count", "20", "--seed", "3", "--out", outFile.toString()))
        .isZero();
    assertThat(Files.readAllLines(outFile))
        .hasSize(20)
        .allSatisfy(
            l -> assertThat(MAPPER.readValue(l, org.hccbm.core.patient.Patient.class)).isNotNull());
  }

  // --- as a process

  private static Process java(Path dir, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HccbmCli.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .start();
  }

  @Test
  void asAProcess_demoExits0_andBatchExits1WithBadRecords() throws Exception {
    Process demo = java(dir, "demo");
    assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(demo.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("stdout.txt"))).contains("=== Patient incomplete ===");
    Path in = write("p.jsonl", MAPPER.writeValueAsString(Fixtures.h1()) + "\nnot json\n");
    Process batch =
        java(dir, "batch", "--in", in.toString(), "--out", dir.resolve("r.jsonl").toString());
    assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(batch.exitValue()).isEqualTo(1);
    assertThat(Files.readAllLines(dir.resolve("r.jsonl"))).hasSize(2);
    assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("rejected 1");
    assertThat(new File(dir.toFile(), "r.jsonl")).exists();
  }
}
