package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.Models;
import org.hccbm.testkit.EdgeCases;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Issue 13 point 5: every result written as JSON reads back into an equal result. */
class ResultReadBackTest {
  private enum Kind {
    COMPLETE,
    BOUNDED,
    NOT_APPLICABLE
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ModelResult roundTrip(ModelResult r) throws HccbmJsonException {
    String json = HccbmJson.writeResult(r);
    ModelResult back = HccbmJson.readResult(json);
    assertThat(back).as(json).isEqualTo(r);
    assertThat(HccbmJson.writeResult(back)).isEqualTo(json);
    return back;
  }

  private static Kind kind(ModelResult r) {
    return r.fold(c -> Kind.COMPLETE, b -> Kind.BOUNDED, n -> Kind.NOT_APPLICABLE);
  }

  @Test
  void goldenEvaluationsH1_readBackAndRewriteIdentically() throws Exception {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/evaluations-h1.json")) {
      assertThat(in).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<ModelResult> read = HccbmJson.readResults(golden);
    List<Models.Evaluation> expected = Models.evaluate(Fixtures.h1());
    assertThat(read)
        .containsExactlyElementsOf(expected.stream().map(Models.Evaluation::result).toList());
    // the evaluation's subject aside, the golden text is what the results write
    for (int i = 0; i < read.size(); i++) {
      var node = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(golden).get(i);
      node.remove("subject");
      assertThat(MAPPER.readTree(HccbmJson.writeResult(read.get(i)))).isEqualTo(node);
    }
  }

  @Test
  void fixturesAndEdgeCases_everyResultRoundTrips() throws Exception {
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
      for (Models.Evaluation e : Models.evaluate(p)) {
        roundTrip(e.result());
      }
    }
  }

  @Test
  void generatedPatients_1200_everyResultRoundTrips_coveringEveryKind() throws Exception {
    Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
    int results = 0;
    int openItems = 0;
    int caveats = 0;
    int openInputs = 0; // items whose input is an unknown that made no difference (Value.Open)
    int besideInputs = 0; // items showing another unknown beside a known input (MELD dialysis)
    int noDifferenceBands = 0;
    Random random = new Random(13L);
    for (int i = 0; i < 1200; i++) {
      for (Models.Evaluation e : Models.evaluate(Generators.patient(random))) {
        ModelResult r = e.result();
        roundTrip(r);
        seen.merge(kind(r), 1, Integer::sum);
        openItems += r.fold(c -> 0, b -> b.openItems().size(), n -> 0);
        caveats += r.caveats().size();
        for (ItemScore item :
            r.fold(c -> c.items(), b -> b.knownItems(), n -> List.<ItemScore>of())) {
          openInputs += item.input().asGiven() instanceof Value.Open ? 1 : 0;
          besideInputs +=
              !(item.input().asGiven() instanceof Value.Open)
                      && !item.input().noDifference().isEmpty()
                  ? 1
                  : 0;
          noDifferenceBands += item.band() instanceof Band.NoDifference ? 1 : 0;
        }
        results++;
      }
    }
    assertThat(seen).containsOnlyKeys(Kind.values());
    assertThat(results).isGreaterThan(10_000);
    assertThat(openItems).isPositive();
    assertThat(caveats).isPositive();
    assertThat(openInputs).isPositive();
    assertThat(besideInputs).isPositive();
    assertThat(noDifferenceBands).isPositive();
  }

  @Test
  void notApplicable_readsBackItsReasonCodeAndArguments_andOldRecordsByText() throws Exception {
    ModelResult sins =
        Models.evaluate(Patient.builder("p").notAssessable("boneLesions", "no imaging").build())
            .stream()
            .filter(e -> e.model().id().equals("sins"))
            .findFirst()
            .orElseThrow()
            .result();
    String json = HccbmJson.writeResult(sins);
    assertThat(MAPPER.readTree(json).get("reasonCode").asText())
        .isEqualTo("boneLesionsNotRecorded");
    assertThat(MAPPER.readTree(json).get("reasonArgs").get(0).get("open").get("status").asText())
        .isEqualTo("NOT_ASSESSABLE");
    NotApplicable back = roundTrip(sins).asNotApplicable();
    assertThat(back.args()).isEqualTo(sins.asNotApplicable().args());
    assertThat(back.reason()).isEqualTo("bone lesions not recorded (not assessable (no imaging))");
    // a record written before reasons were coded reads back with its reason as given
    var old = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(json);
    old.remove("reasonCode");
    old.remove("reasonArgs");
    NotApplicable fromText = HccbmJson.readResult(old.toString()).asNotApplicable();
    assertThat(fromText.code()).isEqualTo(NotApplicable.TEXT);
    assertThat(fromText.reason()).isEqualTo(back.reason());
    // a code without its arguments is refused, naming the field
    var noArgs = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(json);
    noArgs.remove("reasonArgs");
    assertThatThrownBy(() -> HccbmJson.readResult(noArgs.toString()))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining("$.reasonArgs: must be present, was missing");
  }

  @Test
  void unknownCategoryCode_namesPathAndValue() throws IOException {
    String json =
        HccbmJson.writeResult(Models.evaluate(Fixtures.h1()).get(0).result())
            .replace("\"code\":\"A\"", "\"code\":\"Z\"");
    assertThatThrownBy(() -> HccbmJson.readResult(json))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageContaining("$.category.code: must be a category code of child-pugh, was \"Z\"");
  }

  @Test
  void badKind_andMissingField_nameTheirPaths() {
    String json = HccbmJson.writeResult(Models.evaluate(Fixtures.h1()).get(0).result());
    assertThatThrownBy(
            () -> HccbmJson.readResult(json.replace("\"kind\":\"complete\"", "\"kind\":\"done\"")))
        .hasMessageContaining(
            "$.kind: must be one of complete, bounded, " + "notApplicable, was \"done\"");
    assertThatThrownBy(() -> HccbmJson.readResult(json.replace("\"bandSpec\"", "\"x\"")))
        .hasMessageContaining("$.items[0].bandSpec: must be present, was missing");
    assertThatThrownBy(() -> HccbmJson.readResults("[" + json + ",{}]"))
        .hasMessageContaining("$[1].model: must be present, was missing");
    assertThatThrownBy(() -> HccbmJson.readResult("{")).hasMessageContaining("$: not JSON");
  }
}
