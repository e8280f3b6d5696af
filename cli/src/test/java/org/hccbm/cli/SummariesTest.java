package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  @Test
  void streamedRecordIsTheTreeRecordByteForByte() throws Exception {
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
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 150; i++) {
      patients.add(Generators.patient(random));
      patients.add(Generators.planningPatient(random));
    }
    int kinds = 0;
    for (int i = 0; i < patients.size(); i++) {
      Assessor assessor = i % 3 == 0 ? withVariant : plain;
      Assessor.Assessment a = assessor.assess(patients.get(i));
      List<String> ignored = i % 5 == 0 ? List.of("extra", "more\u0085") : List.of();
      byte[] streamed =
          Summaries.record(assessor.mapper(), i + 1L, patients.get(i).id(), a, ignored);
      byte[] tree =
          assessor
              .mapper()
              .writeValueAsBytes(
                  treeRecord(assessor.mapper(), i + 1L, patients.get(i), a, ignored));
      assertThat(new String(streamed, java.nio.charset.StandardCharsets.UTF_8))
          .as("patient %d", i)
          .isEqualTo(new String(tree, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(streamed).isEqualTo(tree);
      kinds |= a.bounded() ? 1 : 2;
    }
    // both record kinds were compared
    assertThat(kinds).isEqualTo(3);
  }

  /** Writes numbers into an array with the batch mapper's generator, by one of the two methods. */
  private static String numbers(ObjectMapper mapper, double[] values, boolean cached)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (com.fasterxml.jackson.core.JsonGenerator g =
        mapper.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.writeStartArray();
      for (double v : values) {
        if (cached) {
          Summaries.number(g, v);
        } else {
          g.writeNumber(v);
        }
      }
      g.writeEndArray();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void numbersWrittenFromTheCachedTextsAreTheGeneratorsBytes() throws Exception {
    ObjectMapper mapper = new Assessor(true).mapper();
    List<Double> values = new ArrayList<>();
    // every half step across the cached range and past both of its ends
    for (int half = -2100; half <= 2100; half++) {
      values.add(half / 2.0);
    }
    values.addAll(
        List.of(
            -0.0,
            0.1,
            -999.9999999999999,
            1000.0000000000001,
            1e-300,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE,
            Double.MIN_VALUE));
    double[] all = values.stream().mapToDouble(Double::doubleValue).toArray();
    String cached = numbers(mapper, all, true);
    assertThat(cached).isEqualTo(numbers(mapper, all, false));
    assertThat(cached).contains(",-1000.0,", ",1000.0,", ",-0.0,", ",0.0,", ",-0.5,");
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
