package org.hccbm.models.liver;

import static com.google.common.collect.Iterables.getOnlyElement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples MI-1…MI-6 (liver §5), implied and literal readings, and boundaries. */
class TransplantCriteriaTest {
  private static IntrahepaticTumour tumour(String cms) {
    String[] parts = cms.split("\\+");
    Diameter[] d = new Diameter[parts.length];
    for (int i = 0; i < parts.length; i++) {
      d[i] = Diameter.cm(Double.parseDouble(parts[i].trim()));
    }
    return IntrahepaticTumour.of(d);
  }

  private static CriteriaStatus implied(
      org.hccbm.models.Score<TransplantCriteriaInput> model, String cms, boolean spread) {
    ModelResult r =
        model.evaluate(
            new TransplantCriteriaInput(
                Observed.of(tumour(cms)), Observed.of(false), Observed.of(spread)));
    return getOnlyElement(r.asComplete().possibleCategories(CriteriaStatus.class));
  }

  private static Bounded literal(
      org.hccbm.models.Score<TransplantCriteriaInput> model, String cms) {
    return model
        .evaluate(
            new TransplantCriteriaInput(
                Observed.of(tumour(cms)), Observed.unknown(), Observed.unknown()))
        .asBounded();
  }

  @ParameterizedTest(name = "{0}: {1} -> Milan {2}, UCSF {3}")
  @CsvSource({
    "MI-1, 5.0, WITHIN, WITHIN",
    "MI-2, 6.0, BEYOND, WITHIN",
    "MI-3, 4.0 + 2.0 + 1.5, BEYOND, WITHIN",
    "MI-4, 4.5 + 2.5 + 1.5, BEYOND, BEYOND",
    "MI-5, 1 + 1 + 1 + 1, BEYOND, BEYOND"
  })
  void workedExamples_impliedReading(
      String id, String cms, CriteriaStatus milan, CriteriaStatus ucsf) {
    assertThat(implied(Milan.INSTANCE, cms, false)).as(id).isEqualTo(milan);
    assertThat(implied(Ucsf.INSTANCE, cms, false)).as(id).isEqualTo(ucsf);
  }

  @Test
  void mi6_anyTumourWithExtrahepaticMetastasis_isBeyondBoth() {
    assertThat(implied(Milan.INSTANCE, "2.0", true)).isEqualTo(CriteriaStatus.BEYOND);
    assertThat(implied(Ucsf.INSTANCE, "2.0", true)).isEqualTo(CriteriaStatus.BEYOND);
  }

  @Test
  void mi1_literal_invasionAndSpreadUnstated_isWithinOrBeyond() {
    Bounded b = literal(Milan.INSTANCE, "5.0");
    assertThat(b.reachableCategories())
        .containsExactly(CriteriaStatus.WITHIN, CriteriaStatus.BEYOND);
    assertThat(b.decidingItems()).containsExactly("Macrovascular invasion", "Extrahepatic spread");
  }

  @Test
  void mi5_literal_fourNodules_isBeyondWhateverTheUnknowns_soComplete() {
    for (org.hccbm.models.Score<TransplantCriteriaInput> model :
        List.of(Milan.INSTANCE, Ucsf.INSTANCE)) {
      Complete c =
          model
              .evaluate(
                  new TransplantCriteriaInput(
                      Observed.of(tumour("1 + 1 + 1 + 1")), Observed.unknown(), Observed.unknown()))
              .asComplete();
      assertThat(c.category()).contains(CriteriaStatus.BEYOND);
      assertThat(c.caveats())
          .anySatisfy(
              cv ->
                  assertThat(cv.text())
                      .contains("Macrovascular invasion, Extrahepatic spread are unknown"));
    }
  }

  @ParameterizedTest(name = "Milan {0} -> {1}")
  @CsvSource({
    "5.0, WITHIN",
    "5.01, BEYOND",
    "3.0 + 3.0 + 3.0, WITHIN",
    "3.01 + 1.0, BEYOND",
    "3.0 + 2.0, WITHIN",
    "3.0 + 3.01, BEYOND",
    "3.0 + 3.0 + 3.01, BEYOND",
    "1 + 1 + 1 + 1, BEYOND"
  })
  void milanBoundaries_bothSides(String cms, CriteriaStatus expected) {
    assertThat(implied(Milan.INSTANCE, cms, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "UCSF {0} -> {1}")
  @CsvSource({
    "6.5, WITHIN",
    "6.51, BEYOND",
    "4.5 + 2.0 + 1.5, WITHIN",
    "4.51 + 1.0, BEYOND",
    "4.5 + 3.5, WITHIN",
    "4.5 + 3.51, BEYOND"
  })
  void ucsfBoundaries_bothSides(String cms, CriteriaStatus expected) {
    assertThat(implied(Ucsf.INSTANCE, cms, false)).isEqualTo(expected);
  }

  @Test
  void macrovascularInvasion_isBeyond() {
    ModelResult r =
        Milan.INSTANCE.evaluate(
            new TransplantCriteriaInput(
                Observed.of(tumour("2.0")), Observed.of(true), Observed.of(false)));
    assertThat(r.asComplete().category()).contains(CriteriaStatus.BEYOND);
    assertThat(r.asComplete().item("ruleApplied").bandText())
        .isEqualTo("beyond: macrovascular invasion");
  }
}
