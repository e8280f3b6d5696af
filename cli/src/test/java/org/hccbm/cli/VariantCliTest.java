package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.ModelVariant;
import org.hccbm.models.Variants;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --variant MODEL=NAME} on assess and batch, and the variants {@code models} lists. */
class VariantCliTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return HccbmCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path patient(String variants) throws Exception {
    ObjectNode doc = MAPPER.valueToTree(Fixtures.impendingFracture());
    if (variants != null) {
      doc.set("variants", MAPPER.readTree(variants));
    }
    Path p = dir.resolve("p.json");
    Files.writeString(p, MAPPER.writeValueAsString(doc));
    return p;
  }

  static Stream<ModelVariant> everyVariant() {
    return Variants.all().stream();
  }

  private static List<JsonNode> evaluationsOf(JsonNode doc, String model) {
    List<JsonNode> found = new java.util.ArrayList<>();
    doc.get("evaluations")
        .forEach(
            e -> {
              if (e.get("model").get("id").asText().equals(model)) {
                found.add(e);
              }
            });
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyVariant")
  void assess_everyVariant_isReachableFromTheCommandLine(ModelVariant v) throws Exception {
    assertThat(
            run(
                "assess",
                "--format",
                "json",
                "--variant",
                v.model() + "=" + v.name(),
                patient(null).toString()))
        .as(err.toString())
        .isZero();
    JsonNode doc = MAPPER.readTree(out.toString());
    assertThat(doc.get("variants").get(v.model()).asText()).isEqualTo(v.name());
    assertThat(evaluationsOf(doc, v.model()))
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.get("model").get("variant").asText()).isEqualTo(v.info().variant()));
  }

  @Test
  void assess_commandLineOverridesTheDocument_andKeepsItsOtherChoices() throws Exception {
    Path p = patient("{\"tomita\": \"rapid-3\", \"albi\": \"coefficient-0.0852\"}");
    assertThat(run("assess", "--format", "json", "--variant", "tomita=rapid-4", p.toString()))
        .isZero();
    JsonNode doc = MAPPER.readTree(out.toString());
    assertThat(doc.get("variants").get("tomita").asText()).isEqualTo("rapid-4");
    assertThat(doc.get("variants").get("albi").asText()).isEqualTo("coefficient-0.0852");
    assertThat(evaluationsOf(doc, "tomita").get(0).get("model").get("variant").asText())
        .isEqualTo("rapid growth 4");
  }

  @Test
  void assess_repeatedVariants_allApply() throws Exception {
    assertThat(
            run(
                "assess",
                "--format",
                "json",
                "--variant",
                "child-pugh=si-converted",
                "--variant",
                "mirels=threshold-8",
                patient(null).toString()))
        .isZero();
    JsonNode doc = MAPPER.readTree(out.toString());
    assertThat(doc.get("variants").get("child-pugh").asText()).isEqualTo("si-converted");
    assertThat(doc.get("variants").get("mirels").asText()).isEqualTo("threshold-8");
  }

  @Test
  void assess_unknownVariant_isAUsageError_namingTheAllowedNamesAndTheValue() throws Exception {
    assertThat(run("assess", "--variant", "tomita=rapid-5", patient(null).toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--variant tomita=rapid-5: variant of tomita must be one "
                + "of rapid-4, rapid-3, was \"rapid-5\"");
  }

  @Test
  void assess_unknownModelOrBadShape_isAUsageError() throws Exception {
    assertThat(run("assess", "--variant", "tomta=rapid-3", patient(null).toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("--variant tomta=rapid-3: model id must be one of " + "child-pugh, albi,")
        .contains("was \"tomta\"");
    assertThat(run("assess", "--variant", "tomita", patient(null).toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--variant must be MODEL=NAME (e.g. " + "child-pugh=albumin-3.0), was \"tomita\"");
  }

  @Test
  void assess_documentWithAnUnknownVariant_isRejectedWithItsPath() throws Exception {
    assertThat(run("assess", patient("{\"uka-eligibility\": \"vp2\"}").toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "$.variants.uka-eligibility: variant of uka-eligibility "
                + "must be one of vp0, vp0-2, was \"vp2\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyVariant")
  void batch_everyVariant_isReachableFromTheCommandLine(ModelVariant v) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, MAPPER.writeValueAsString(Fixtures.impendingFracture()) + "\n");
    Path o = dir.resolve("out.jsonl");
    assertThat(
            run(
                "batch",
                "--in",
                in.toString(),
                "--out",
                o.toString(),
                "--detail",
                "full",
                "--variant",
                v.model() + "=" + v.name()))
        .as(err.toString())
        .isZero();
    JsonNode record = MAPPER.readTree(Files.readAllLines(o).get(0));
    assertThat(record.get("variants").get(v.model()).asText()).isEqualTo(v.name());
    assertThat(evaluationsOf(record, v.model()))
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.get("model").get("variant").asText()).isEqualTo(v.info().variant()));
  }

  @Test
  void batch_withoutChoices_writesNoVariants_andAnUnknownVariantIsAUsageError() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, MAPPER.writeValueAsString(Fixtures.h2()) + "\n");
    Path o = dir.resolve("out.jsonl");
    assertThat(run("batch", "--in", in.toString(), "--out", o.toString())).isZero();
    assertThat(MAPPER.readTree(Files.readAllLines(o).get(0)).has("variants")).isFalse();
    assertThat(
            run("batch", "--in", in.toString(), "--out", o.toString(), "--variant", "albi=-0.0852"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "variant of albi must be one of coefficient-0.085, "
                + "coefficient-0.0852, was \"-0.0852\"");
  }

  @Test
  void models_listsEveryVariantWithItsSource() {
    assertThat(run("models")).isZero();
    String listing = out.toString();
    for (ModelVariant v : Variants.all()) {
      assertThat(listing)
          .contains(
              "    variant "
                  + v.name()
                  + (v.isDefault() ? " (default)" : "")
                  + ": "
                  + v.description()
                  + ". Source: "
                  + v.source());
    }
    assertThat(listing).contains("variant si-converted: ").contains("variant threshold-8: ");
  }
}
