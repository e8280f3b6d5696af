package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Child–Pugh's two readings of SI bilirubin (liver §1.3 and U-2; errata "conventional vs SI
 * bilirubin"): the native SI table (34 / 51 umol/L, default) and conversion to mg/dL first (2.0 /
 * 3.0 mg/dL = 34.2 / 51.3 umol/L). They disagree exactly in [34, 34.2) and (51, 51.3].
 */
class ChildPughSiVariantTest {
  private static Complete score(ChildPugh model, double umol, boolean cholestatic) {
    ChildPughInput in =
        ChildPughInput.of(
            Bilirubin.umolPerL(umol),
            Albumin.gPerL(40),
            Inr.ratio(1),
            Ascites.NONE,
            Encephalopathy.NONE);
    return model.evaluate(cholestatic ? in.withCholestaticDisease(true) : in).asComplete();
  }

  private static int points(ChildPugh model, double umol) {
    return (int) score(model, umol, false).item("bilirubin").points().orElseThrow();
  }

  @ParameterizedTest(name = "{0} umol/L: native {1}, converted {2}")
  @CsvSource({
    // below the lower gap: both 1
    "33.9, 1, 1",
    // the lower gap [34, 34.2): native 2, converted 1
    "34, 2, 1",
    "34.1, 2, 1",
    "34.19, 2, 1",
    // 34.2 umol/L = 2.0 mg/dL: both 2
    "34.2, 2, 2",
    // up to 51: both 2
    "51, 2, 2",
    // the upper gap (51, 51.3]: native 3, converted 2
    "51.01, 3, 2",
    "51.2, 3, 2",
    "51.3, 3, 2",
    // above 51.3 umol/L (3.0 mg/dL): both 3
    "51.31, 3, 3"
  })
  void u2Gaps_bothSides_underBothVariants(double umol, int nativePoints, int convertedPoints) {
    assertThat(points(ChildPugh.INSTANCE, umol)).isEqualTo(nativePoints);
    assertThat(points(ChildPugh.ALBUMIN_3_0, umol)).isEqualTo(nativePoints);
    assertThat(points(ChildPugh.SI_CONVERTED, umol)).isEqualTo(convertedPoints);
    assertThat(points(ChildPugh.ALBUMIN_3_0_SI_CONVERTED, umol)).isEqualTo(convertedPoints);
  }

  @Test
  void converted_34umol_scores1_withConversionAndMirrorCaveats() {
    Complete c = score(ChildPugh.SI_CONVERTED, 34, false);
    assertThat(c.item("bilirubin").bandText()).isEqualTo("< 2 mg/dL");
    assertThat(c.caveats())
        .anySatisfy(
            cv -> {
              assertThat(cv.kind()).isEqualTo(CaveatKind.CONVERSION);
              assertThat(cv.text())
                  .isEqualTo(
                      "bilirubin 34 umol/L converted to 1.988 mg/dL (÷ 17.1) and "
                          + "scored on the mg/dL table (U-2 variant)");
            });
    assertThat(c.caveats())
        .anySatisfy(
            cv -> {
              assertThat(cv.kind()).isEqualTo(CaveatKind.SOURCE_CONFLICT);
              assertThat(cv.text())
                  .isEqualTo(
                      "bilirubin 34 umol/L scored 1 converted to 1.988 mg/dL "
                          + "(< 2 mg/dL); on the native SI table (34–51 umol/L) it would score 2 (the SI "
                          + "cut-points are rounded conversions of the mg/dL ones, U-2)");
            });
  }

  @Test
  void converted_outsideTheGaps_hasNoSourceConflictCaveat() {
    assertThat(score(ChildPugh.SI_CONVERTED, 40, false).caveats())
        .noneMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
  }

  @Test
  void converted_classFlips_inTheUpperGap() {
    // 51.2 umol/L with every other item at 1 point (4 in all): native 3 + 4 = 7 (B), converted
    // 2 + 4 = 6 (A).
    ChildPughInput in =
        ChildPughInput.of(
            Bilirubin.umolPerL(51.2),
            Albumin.gPerL(40),
            Inr.ratio(1),
            Ascites.NONE,
            Encephalopathy.NONE);
    assertThat(ChildPugh.INSTANCE.evaluate(in).asComplete().category()).contains(ChildPughClass.B);
    assertThat(ChildPugh.SI_CONVERTED.evaluate(in).asComplete().category())
        .contains(ChildPughClass.A);
  }

  @Test
  void converted_cholestatic_usesTheMgPerDlTable_170point5scores2() {
    // 170.5 umol/L = 9.971 mg/dL: native SI table (> 170) 3, mg/dL table (4–10) 2.
    assertThat(score(ChildPugh.INSTANCE, 170.5, true).item("bilirubin").points()).hasValue(3);
    assertThat(score(ChildPugh.SI_CONVERTED, 170.5, true).item("bilirubin").points()).hasValue(2);
    assertThat(score(ChildPugh.SI_CONVERTED, 171.1, true).item("bilirubin").points()).hasValue(3);
  }

  @Test
  void conventionalUnits_areScoredTheSameUnderBothVariants() {
    ChildPughInput in =
        ChildPughInput.of(
            Bilirubin.mgPerDl(2.0),
            Albumin.gPerDl(3.5),
            Inr.ratio(1.7),
            Ascites.NONE,
            Encephalopathy.NONE);
    Complete nativeResult = ChildPugh.INSTANCE.evaluate(in).asComplete();
    Complete converted = ChildPugh.SI_CONVERTED.evaluate(in).asComplete();
    assertThat(converted.items()).isEqualTo(nativeResult.items());
    assertThat(converted.caveats()).isEqualTo(nativeResult.caveats());
    assertThat(converted.model().variant()).contains("SI bilirubin converted to mg/dL first");
    assertThat(nativeResult.model().variant()).contains("SI bilirubin on the native SI table");
  }
}
