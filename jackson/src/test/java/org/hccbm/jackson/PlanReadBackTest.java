package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.treatment.Fact;
import org.hccbm.models.treatment.PlanArg;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.Provenance;
import org.hccbm.models.treatment.RuleInfo;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.models.treatment.Wording;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Issue 13 point 5: every treatment plan written as JSON reads back into an equal plan. */
class PlanReadBackTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static TreatmentPlan roundTrip(TreatmentPlan plan) throws HccbmJsonException {
    String json = HccbmJson.writePlan(plan);
    TreatmentPlan back = HccbmJson.readPlan(json);
    assertThat(back).as(json).isEqualTo(plan);
    assertThat(HccbmJson.writePlan(back)).isEqualTo(json);
    return back;
  }

  private static String h2() {
    return HccbmJson.writePlan(TreatmentPlanner.DEFAULT.plan(Fixtures.h2()));
  }

  @Test
  void goldenPlanH2_readsBackEqual_andRewritesTheGoldenTree() throws Exception {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/plan-h2.json")) {
      assertThat(in).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    TreatmentPlan read = HccbmJson.readPlan(golden);
    assertThat(read).isEqualTo(TreatmentPlanner.DEFAULT.plan(Fixtures.h2()));
    // the policy is its code; the JSON carries its name beside it
    assertThat(read.policy()).isEqualTo("hccSpecificFirst");
    assertThat(MAPPER.readTree(golden).get("policy").asText()).startsWith("HCC-specific first");
    assertThat(MAPPER.readTree(HccbmJson.writePlan(read))).isEqualTo(MAPPER.readTree(golden));
    assertThat(read.items()).isNotEmpty();
  }

  @Test
  void fixturesAndEdgeCases_everyPlanRoundTrips() throws Exception {
    for (Patient p :
        List.of(
            Fixtures.h1(),
            Fixtures.h2(),
            Fixtures.cordCompression(),
            Fixtures.impendingFracture(),
            Fixtures.incomplete(),
            Fixtures.twoNodulesUnmeasured(),
            EdgeCases.childPughC(),
            EdgeCases.ecog4())) {
      roundTrip(TreatmentPlanner.DEFAULT.plan(p));
    }
  }

  @Test
  void generatedPatients_600_everyPlanRoundTrips_coveringEveryItemShape() throws Exception {
    Set<PlanItem.Kind> kinds = EnumSet.noneOf(PlanItem.Kind.class);
    int items = 0;
    int withIntervention = 0;
    int withDependsOn = 0;
    int withFacts = 0;
    int otherEstimates = 0;
    Set<Class<?>> argShapes = new java.util.HashSet<>();
    Random random = new Random(13L);
    for (int i = 0; i < 600; i++) {
      TreatmentPlan plan = roundTrip(TreatmentPlanner.DEFAULT.plan(Generators.patient(random)));
      otherEstimates += plan.otherEstimates().size();
      shapes(plan.survival().basis(), argShapes);
      plan.otherEstimates().forEach(e -> shapes(e.basis(), argShapes));
      for (PlanItem item : plan.items()) {
        kinds.add(item.kind());
        items++;
        withIntervention += item.intervention().isPresent() ? 1 : 0;
        withDependsOn += item.dependsOn().isEmpty() ? 0 : 1;
        withFacts += item.facts().isEmpty() ? 0 : 1;
        shapes(item.wording(), argShapes);
        item.facts().forEach(f -> shapes(f.value(), argShapes));
      }
    }
    // every argument shape the plan codes use is written and read back (ADR 0020); dates and caller
    // text (a not-assessable reason) are not in these generated plans: newArgumentShapes covers
    // them
    assertThat(argShapes)
        .contains(
            Wording.class,
            PlanArg.Id.class,
            PlanArg.Join.class,
            PlanArg.Unknown.class,
            PlanArg.Category.class,
            PlanArg.Meaning.class,
            PlanArg.Points.class,
            Quantity.class,
            Value.Coded.class);
    assertThat(kinds).containsExactlyInAnyOrder(PlanItem.Kind.values());
    assertThat(items).isGreaterThan(6_000);
    assertThat(withIntervention).isPositive();
    assertThat(withDependsOn).isPositive();
    assertThat(withFacts).isPositive();
    assertThat(otherEstimates).isPositive();
  }

  private static void shapes(PlanArg arg, Set<Class<?>> out) {
    if (arg instanceof PlanArg.Val v) {
      out.add(v.value().getClass());
      return;
    }
    out.add(arg.getClass());
    if (arg instanceof Wording w) {
      w.args().forEach(a -> shapes(a, out));
    } else if (arg instanceof PlanArg.Join j) {
      j.items().forEach(a -> shapes(a, out));
    }
  }

  @Test
  void codesAndTypedFacts_areWrittenBesideTheText() throws Exception {
    com.fasterxml.jackson.databind.JsonNode item = MAPPER.readTree(h2()).get("items").get(0);
    assertThat(item.get("code").asText()).isNotEmpty();
    com.fasterxml.jackson.databind.JsonNode fact = item.get("facts").get(0);
    assertThat(fact.get("code").asText()).isNotEmpty();
    assertThat(fact.has("data")).isTrue();
  }

  @Test
  void newArgumentShapes_andACallersOwnRule_roundTrip() throws Exception {
    PlanItem item = TreatmentPlanner.DEFAULT.plan(Fixtures.h2()).items().get(0);
    RuleInfo own =
        new RuleInfo(
            "X-OWN-1",
            Wording.text("a caller's own rule"),
            "local protocol",
            "",
            Set.of(Provenance.POLICY, Provenance.M),
            Wording.text("[policy]; dose [M]"));
    PlanItem custom =
        new PlanItem(
            item.domain(),
            item.kind(),
            Wording.of(
                "rt.courseCompleted",
                PlanArg.quantity(30, "Gy"),
                PlanArg.num(10),
                PlanArg.points("sins", 9),
                PlanArg.date(LocalDate.of(2026, 5, 1))),
            own,
            List.of(
                Fact.of("bclc2022", PlanArg.meaning(BclcStage.C)),
                Fact.of("childPugh", PlanArg.points("child-pugh", 8)),
                Fact.of(
                    "frankelGrade", Wording.of("observed.notAssessable", PlanArg.text("sedated")))),
            item.intervention(),
            item.subject(),
            item.dependsOn());
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(Fixtures.h2());
    TreatmentPlan withCustom =
        new TreatmentPlan(
            p.patientId(), p.policy(), p.survival(), p.otherEstimates(), List.of(custom));
    TreatmentPlan back = roundTrip(withCustom);
    assertThat(back.items().get(0).rule().statementText()).isEqualTo("a caller's own rule");
    assertThat(back.items().get(0).text()).isEqualTo("30 Gy/10 to 9 (2026-05-01)");
    com.fasterxml.jackson.databind.JsonNode rule =
        MAPPER.readTree(HccbmJson.writePlan(withCustom)).get("items").get(0).get("rule");
    assertThat(rule.get("provenance").toString()).isEqualTo("[\"M\",\"POLICY\"]");
    assertThat(rule.get("tag").asText()).isEqualTo("[policy]; dose [M]");
    assertThat(rule.has("statementWording")).isTrue();
  }

  @Test
  void planWrittenBeforeRulesAndBasisWereCoded_readsBack_withTheSameText() throws Exception {
    String old;
    try (InputStream in =
        getClass().getResourceAsStream("/golden/plan-h2-before-coded-rules.json")) {
      assertThat(in).isNotNull();
      old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    TreatmentPlan read = HccbmJson.readPlan(old);
    TreatmentPlan now = TreatmentPlanner.DEFAULT.plan(Fixtures.h2());
    // written before the policy was coded: the name is kept, and shown as it was
    assertThat(read.policy()).startsWith("HCC-specific first");
    assertThat(read.render()).isEqualTo(now.render());
    assertThat(read.survival().basisText()).isEqualTo(now.survival().basisText());
    assertThat(read.items()).hasSameSizeAs(now.items());
    for (int i = 0; i < now.items().size(); i++) {
      PlanItem was = read.items().get(i);
      PlanItem is = now.items().get(i);
      assertThat(was.text()).isEqualTo(is.text());
      assertThat(was.rule().id()).isEqualTo(is.rule().id());
      assertThat(was.rule().toString()).isEqualTo(is.rule().toString());
      assertThat(was.rule().statementText()).isEqualTo(is.rule().statementText());
      assertThat(was.rule().provenance()).isEmpty();
    }
  }

  @Test
  void libraryRule_writesItsProvenance_notItsWording() throws Exception {
    com.fasterxml.jackson.databind.JsonNode rule =
        MAPPER.readTree(h2()).get("items").get(0).get("rule");
    assertThat(rule.get("provenance").size()).isPositive();
    assertThat(rule.has("statementWording")).isFalse();
    assertThat(rule.has("tagWording")).isFalse();
    assertThat(rule.get("statement").asText()).isNotEmpty();
  }

  @Test
  void badDateArgument_namesItsPath() throws Exception {
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(Fixtures.h2());
    PlanItem item = p.items().get(0);
    PlanItem dated =
        new PlanItem(
            item.domain(),
            item.kind(),
            Wording.of("text", PlanArg.date(LocalDate.of(2026, 5, 1))),
            item.rule(),
            List.of(),
            item.intervention(),
            item.subject(),
            item.dependsOn());
    String json =
        HccbmJson.writePlan(
                new TreatmentPlan(
                    p.patientId(), p.policy(), p.survival(), p.otherEstimates(), List.of(dated)))
            .replace("2026-05-01", "2026-13-01");
    assertThatThrownBy(() -> HccbmJson.readPlan(json))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining(
            "$.items[0].args[0].date: must be a date (YYYY-MM-DD), was \"2026-13-01\"");
  }

  @Test
  void badArgument_namesItsPath() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(h2());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("items").get(0).get("facts").get(0))
        .putArray("data");
    String json = tree.toString();
    assertThatThrownBy(() -> HccbmJson.readPlan(json))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining(".facts[0].data: must be an object");
  }

  @Test
  void badEnum_namesPathAndValue() {
    String json = h2().replaceFirst("\"domain\":\"[A-Z_]+\"", "\"domain\":\"BONES\"");
    assertThatThrownBy(() -> HccbmJson.readPlan(json))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining("$.items[0].domain: must be a Domain, was \"BONES\"");
  }

  @Test
  void unknownSurvivalBand_namesPathAndValue() {
    String json = h2().replaceFirst("\"bands\":\\[\"[^\"]+\"", "\"bands\":[\"1 year\"");
    assertThatThrownBy(() -> HccbmJson.readPlan(json))
        .hasMessageContaining("$.survival.bands[0]: must be one of ")
        .hasMessageContaining("was \"1 year\"");
  }

  @Test
  void emptySurvivalBands_rejectedAtTheBands() {
    String json = h2().replaceFirst("\"bands\":\\[[^\\]]*\\]", "\"bands\":[]");
    assertThatThrownBy(() -> HccbmJson.readPlan(json))
        .hasMessageContaining("$.survival.bands: a survival estimate needs at least one band");
  }

  @Test
  void missingAndMistypedFields_nameTheirPaths() {
    String json = h2();
    assertThatThrownBy(() -> HccbmJson.readPlan(json.replaceFirst("\"statement\"", "\"x\"")))
        .hasMessageContaining("$.items[0].rule.statement: must be present, was missing");
    assertThatThrownBy(
            () -> HccbmJson.readPlan(json.replaceFirst("\"patientId\":\"H-2\"", "\"patientId\":2")))
        .hasMessageContaining("$.patientId: must be a string, was 2");
    assertThatThrownBy(() -> HccbmJson.readPlan("[]"))
        .hasMessageContaining("$: must be an object, was ARRAY");
    assertThatThrownBy(() -> HccbmJson.readPlan("{")).hasMessageContaining("$: not JSON");
  }
}
