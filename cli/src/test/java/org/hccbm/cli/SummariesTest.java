package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Category;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * The summary records are streamed to the generator (issue 13, point 6); they must be the bytes of
 * the tree they were built as before, which is kept here as the reference.
 */
class SummariesTest {
  private static ObjectNode treeRecord(
      ObjectMapper mapper,
      long line,
      Patient patient,
      Assessor.Assessment a,
      List<String> ignored) {
    ObjectNode record =
        mapper
            .createObjectNode()
            .put("schemaVersion", HccbmJacksonModule.SCHEMA_VERSION)
            .put("line", line)
            .put("status", "ok")
            .put("patientId", patient.id())
            .put("kind", a.bounded() ? "bounded" : "complete");
    if (!a.variants().choices().isEmpty()) {
      ObjectNode chosen = record.putObject("variants");
      a.variants().choices().forEach(chosen::put);
    }
    if (!ignored.isEmpty()) {
      ArrayNode array = record.putArray("ignoredFields");
      ignored.forEach(array::add);
    }
    ArrayNode evaluations = record.putArray("evaluations");
    for (Models.Evaluation e : a.evaluations()) {
      evaluations.add(treeEvaluation(mapper, e));
    }
    record.set("plan", treePlan(mapper, a.plan()));
    return record;
  }

  private static ObjectNode treeEvaluation(ObjectMapper mapper, Models.Evaluation e) {
    ObjectNode o =
        mapper
            .createObjectNode()
            .put("model", e.model().id())
            .put("revision", e.model().revision())
            .put("subject", e.subject());
    return e.result()
        .fold(
            c -> {
              o.put("kind", "complete");
              c.total().ifPresent(t -> o.put("total", t.value()));
              c.category().ifPresent(cat -> o.put("category", cat.code()));
              return o;
            },
            b -> {
              o.put("kind", "bounded");
              b.totals().ifPresent(t -> o.put("min", t.min()).put("max", t.max()));
              ArrayNode cats = o.putArray("categories");
              b.reachableCategories().stream().map(Category::code).forEach(cats::add);
              ArrayNode deciding = o.putArray("deciding");
              b.decidingItems().forEach(deciding::add);
              return o;
            },
            n -> o.put("kind", "notApplicable").put("reason", n.reason()));
  }

  private static ObjectNode treePlan(ObjectMapper mapper, TreatmentPlan plan) {
    ObjectNode o = mapper.createObjectNode().put("survivalModel", plan.survival().modelId());
    ArrayNode bands = o.putArray("survival");
    plan.survival().bands().forEach(b -> bands.add(b.toString()));
    ArrayNode items = o.putArray("items");
    for (PlanItem i : plan.items()) {
      items.add(i.rule().id() + " " + i.domain() + " " + i.kind());
    }
    return o;
  }

  /** The record written by the batch path, the streamed path and the tree, asserted equal. */
  private static boolean compare(
      Assessor assessor, long line, Patient patient, List<String> ignored) throws Exception {
    ObjectMapper mapper = assessor.mapper();
    Assessor.Assessment a = assessor.assess(patient);
    byte[] tree = mapper.writeValueAsBytes(treeRecord(mapper, line, patient, a, ignored));
    String expected = new String(tree, StandardCharsets.UTF_8);
    byte[] written = Summaries.record(mapper, line, patient.id(), a, ignored);
    assertThat(new String(written, StandardCharsets.UTF_8)).as("line %d", line).isEqualTo(expected);
    assertThat(written).isEqualTo(tree);
    // through a generator of the batch's factory, as BatchCommand writes records
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    try (JsonGenerator g = assessor.factory().createGenerator(batch, JsonEncoding.UTF8)) {
      assertThat(Summaries.rawWritable(g)).isTrue();
      Summaries.record(g, line, patient.id(), a, ignored);
    }
    assertThat(batch.toByteArray()).isEqualTo(tree);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (JsonGenerator g = mapper.createGenerator(streamed, JsonEncoding.UTF8)) {
      Summaries.streamed(g, line, patient.id(), a, ignored);
    }
    assertThat(streamed.toByteArray()).as("streamed, line %d", line).isEqualTo(tree);
    Summaries.Raw raw = new Summaries.Raw();
    boolean assembled = raw.record(line, patient.id(), a, ignored);
    if (assembled) {
      assertThat(raw.asUnquotedUTF8()).as("raw, line %d", line).isEqualTo(tree);
    }
    return assembled;
  }

  @Test
  void recordIsTheTreeRecordByteForByte() throws Exception {
    Assessor plain = new Assessor(true);
    Assessor withVariant =
        new Assessor(
            true,
            Assessor.variants(List.of("child-pugh=albumin-3.0")),
            LabFreshness.DEFAULT_WINDOW_DAYS);
    List<Patient> patients = new ArrayList<>();
    patients.add(Fixtures.h1());
    patients.add(Patient.builder("empty").build());
    // a terminal control and a line separator in the id, which the mapper's escapes cover
    patients.add(Patient.builder("x\u0085y\u2028z\u007f").build());
    patients.add(Patient.builder("quote\"back\\slash/").build());
    patients.add(Patient.builder("caf\u00e9 \ud83d\ude00").build());
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 150; i++) {
      patients.add(Generators.patient(random));
      patients.add(Generators.planningPatient(random));
    }
    int kinds = 0;
    int assembled = 0;
    for (int i = 0; i < patients.size(); i++) {
      Assessor assessor = i % 3 == 0 ? withVariant : plain;
      List<String> ignored =
          i % 5 == 0 ? List.of("extra", "more\u0085") : i % 7 == 0 ? List.of("a", "b") : List.of();
      if (compare(assessor, i + 1L, patients.get(i), ignored)) {
        assembled++;
      }
      kinds |= assessor.assess(patients.get(i)).bounded() ? 1 : 2;
    }
    // both record kinds were compared, and both paths were taken
    assertThat(kinds).isEqualTo(3);
    assertThat(assembled).isBetween(patients.size() / 2, patients.size() - 3);
  }

  /**
   * The first 5,000 patients of the benchmark cohort ({@code hccbm generate --seed 1}, as
   * benchmarks/run.sh makes it): every record assembled raw, byte for byte the tree's.
   */
  @Test
  void cohortRecordsAreTheTreeRecordsByteForByte() throws Exception {
    Assessor assessor = new Assessor(true);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 5000; i++) {
      assertThat(compare(assessor, i + 1L, Generators.patient(random), List.of()))
          .as("line %d assembled raw", i + 1)
          .isTrue();
    }
  }

  @Test
  void anotherGeneratorConfigurationIsStreamed() throws Exception {
    Assessor assessor = new Assessor(true);
    Assessor.Assessment a = assessor.assess(Fixtures.h1());
    ObjectMapper pretty = new ObjectMapper();
    pretty.getFactory().setCharacterEscapes(new Assessor.TerminalEscapes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = pretty.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      assertThat(Summaries.rawWritable(g)).isFalse();
      Summaries.record(g, 1, "h1", a, List.of());
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\n").contains("\"model\" : ");
    try (JsonGenerator g = new ObjectMapper().createGenerator(new ByteArrayOutputStream())) {
      assertThat(Summaries.rawWritable(g)).as("without the batch's escapes").isFalse();
    }
  }

  @Test
  void numbersAssembledAreTheGeneratorsBytes() throws Exception {
    ObjectMapper mapper = new Assessor(true).mapper();
    List<Double> values = new ArrayList<>();
    // every quarter step across the cached range of halves and past both of its ends
    for (int quarter = -4200; quarter <= 4200; quarter++) {
      values.add(quarter / 4.0);
    }
    values.addAll(
        List.of(
            -0.0,
            0.1,
            -999.9999999999999,
            1000.0000000000001,
            1e-300,
            1e21,
            -2.0629092302606393,
            Double.MAX_VALUE,
            Double.MIN_VALUE));
    for (double v : values) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
        g.writeNumber(v);
      }
      assertThat(Summaries.number(v)).as("%s", v).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }
    assertThat(Summaries.number(-0.0)).isEqualTo("-0.0");
    assertThat(Summaries.number(-1000)).isEqualTo("-1000.0");
    assertThat(Summaries.number(999.5)).isEqualTo("999.5");
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThat(Summaries.number(v)).as("not finite: streamed").isNull();
    }
  }

  @Test
  void onlyPrintableAsciiWithoutQuoteBackslashOrSlashIsEncodedOnce() {
    assertThat(Summaries.plain("child-pugh GRADE_2B 1 (x)")).isTrue();
    assertThat(Summaries.plain("")).isTrue();
    for (String s :
        List.of("a\"b", "a\\b", "mg/dL", "x\u007f", "x\u001f", "caf\u00e9", "x\u2028")) {
      assertThat(Summaries.plain(s)).as(s).isFalse();
    }
  }
}
