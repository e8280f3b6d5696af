package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.OpenItem;
import org.junit.jupiter.api.Test;

/**
 * ALBI with an unknown input (liver §2; errata, "Bounded results and one band edge"): the open
 * items' point ranges, the score's ends, the reachable grades, the deciding inputs and the caveats,
 * each from the formula 0.66 × log10(bilirubin µmol/L) − k × albumin g/L over the plausible ranges
 * (bilirubin 1.71–855 µmol/L, albumin 10–60 g/L).
 */
class AlbiBoundedTest {
  private static final double LOG_BILI_MIN = 0.66 * Math.log10(1.71);
  private static final double LOG_BILI_MAX = 0.66 * Math.log10(855);

  private static Bounded bounded(Albi model, Observed<Bilirubin> b, Observed<Albumin> a) {
    return model.evaluate(new AlbiInput(b, a)).asBounded();
  }

  @Test
  void unknownBilirubin_openItemAddsTheBilirubinTermOverThePlausibleRange() {
    Bounded r = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(40)));
    OpenItem open = r.openItems().get(0);
    assertThat(open.item()).isEqualTo("Bilirubin");
    assertThat(open.minPoints()).isCloseTo(LOG_BILI_MIN, within(1e-12));
    assertThat(open.maxPoints()).isCloseTo(LOG_BILI_MAX, within(1e-12));
    assertThat(r.knownItems())
        .singleElement()
        .satisfies(i -> assertThat(i.pointsOrZero()).isCloseTo(-3.4, within(1e-12)));
  }

  @Test
  void unknownAlbumin_openItemAddsTheAlbuminTermOverThePlausibleRange_byCoefficient() {
    Bounded r = bounded(Albi.INSTANCE, Observed.of(Bilirubin.umolPerL(10)), Observed.unknown());
    OpenItem open = r.openItems().get(0);
    assertThat(open.item()).isEqualTo("Albumin");
    assertThat(open.minPoints()).isCloseTo(-0.085 * 60, within(1e-12));
    assertThat(open.maxPoints()).isCloseTo(-0.085 * 10, within(1e-12));
    // ends of the score: bilirubin term 0.66 plus the albumin term's ends
    assertThat(r.totalRange().min()).isCloseTo(0.66 - 5.1, within(1e-12));
    assertThat(r.totalRange().max()).isCloseTo(0.66 - 0.85, within(1e-12));
    assertThat(r.reachableCategories())
        .containsExactly(
            AlbiGrade.GRADE_1, AlbiGrade.GRADE_2A, AlbiGrade.GRADE_2B, AlbiGrade.GRADE_3);
    assertThat(r.decidingItems()).containsExactly("Albumin");

    Bounded v0852 =
        bounded(Albi.COEFFICIENT_0852, Observed.of(Bilirubin.umolPerL(10)), Observed.unknown());
    assertThat(v0852.openItems().get(0).minPoints()).isCloseTo(-0.0852 * 60, within(1e-12));
    assertThat(v0852.openItems().get(0).maxPoints()).isCloseTo(-0.0852 * 10, within(1e-12));
    assertThat(v0852.totalRange().min()).isCloseTo(0.66 - 0.0852 * 60, within(1e-12));
  }

  @Test
  void bothUnknown_scoreRunsFromLowestBilirubinHighestAlbumin_toHighestBilirubinLowestAlbumin() {
    Bounded r = bounded(Albi.INSTANCE, Observed.unknown(), Observed.unknown());
    assertThat(r.totalRange().min()).isCloseTo(LOG_BILI_MIN - 5.1, within(1e-12));
    assertThat(r.totalRange().max()).isCloseTo(LOG_BILI_MAX - 0.85, within(1e-12));
    assertThat(r.knownItems()).isEmpty();
    assertThat(r.openItems()).extracting(OpenItem::item).containsExactly("Bilirubin", "Albumin");
  }

  @Test
  void unknownBilirubin_knownInMgPerDl_addsTheConversionCaveat_onlyForConventionalUnits() {
    Bounded conventional =
        bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerDl(3.4)));
    assertThat(conventional.caveats()).anyMatch(c -> c.kind() == CaveatKind.CONVERSION);
    Bounded si = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(34)));
    assertThat(si.caveats()).noneMatch(c -> c.kind() == CaveatKind.CONVERSION);
    Bounded bili = bounded(Albi.INSTANCE, Observed.of(Bilirubin.mgPerDl(1.0)), Observed.unknown());
    assertThat(bili.caveats()).anyMatch(c -> c.kind() == CaveatKind.CONVERSION);
  }

  @Test
  void bounded_malbiCaveat_onlyWhenGrade2aOr2bIsReachable() {
    // albumin 60 g/L: −5.1 + 0.154…1.936 ≤ −2.60: grade 1 only, no mALBI caveat
    Bounded grade1 = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(60)));
    assertThat(grade1.reachableCategories()).containsExactly(AlbiGrade.GRADE_1);
    assertThat(grade1.caveats()).noneMatch(c -> c.kind() == CaveatKind.UNVERIFIED);
    // albumin 25 g/L: grade 2b or 3: the caveat
    Bounded grade2b = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(25)));
    assertThat(grade2b.caveats()).anyMatch(c -> c.kind() == CaveatKind.UNVERIFIED);
    // albumin 40 g/L: 1, 2a, 2b
    Bounded grade2a = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(40)));
    assertThat(grade2a.caveats()).anyMatch(c -> c.kind() == CaveatKind.UNVERIFIED);
  }

  @Test
  void unknownBilirubin_reachableGrades_haveBothEndsIncluded() {
    // albumin 10 g/L: −0.85 + 0.154…1.936 > −1.39: grade 3 only
    Bounded grade3 = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(10)));
    assertThat(grade3.reachableCategories()).containsExactly(AlbiGrade.GRADE_3);
    assertThat(grade3.decidingItems()).isEmpty();
    assertThat(grade3.caveats()).noneMatch(c -> c.kind() == CaveatKind.UNVERIFIED);
    // albumin 32 g/L: −2.72 + 0.154…1.936 = −2.566…−0.784: 2a, 2b, 3
    Bounded upper = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(32)));
    assertThat(upper.reachableCategories())
        .containsExactly(AlbiGrade.GRADE_2A, AlbiGrade.GRADE_2B, AlbiGrade.GRADE_3);
    assertThat(upper.decidingItems()).containsExactly("Bilirubin");
  }

  @Test
  void unknownBilirubin_decidingOnlyWhenTheRangeCrossesAGradeCut_notTheMalbiSplit() {
    // The bilirubin term spans 0.154…1.936. Albumin a puts the score at −0.085 a + that range.
    // a = 50: −4.25 + … = −4.096…−2.314: crosses −2.60 → deciding (grades 1, 2a)
    Bounded crosses = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(50)));
    assertThat(crosses.reachableCategories())
        .containsExactly(AlbiGrade.GRADE_1, AlbiGrade.GRADE_2A);
    assertThat(crosses.decidingItems()).containsExactly("Bilirubin");
    // a = 53: −4.505 + … = −4.351…−2.569: still crosses −2.60
    assertThat(
            bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(53)))
                .decidingItems())
        .containsExactly("Bilirubin");
    // a = 54: −4.59 + … = −4.436…−2.654: grade 1 only, not deciding
    Bounded below = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(54)));
    assertThat(below.reachableCategories()).containsExactly(AlbiGrade.GRADE_1);
    assertThat(below.decidingItems()).isEmpty();
    // a = 20: −1.7 + … = −1.546…0.236: crosses −1.39 → deciding (2b, 3)
    assertThat(
            bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(20)))
                .decidingItems())
        .containsExactly("Bilirubin");
    // a = 18: −1.53 + … = −1.376…: grade 3 only
    Bounded above = bounded(Albi.INSTANCE, Observed.unknown(), Observed.of(Albumin.gPerL(18)));
    assertThat(above.reachableCategories()).containsExactly(AlbiGrade.GRADE_3);
    assertThat(above.decidingItems()).isEmpty();
  }

  @Test
  void variant0852_reportsTheDefaultCoefficientsGrade_whenItDiffers() {
    // 0.66 log10(b) − 3.4 = −2.60 at b = 10^(0.8/0.66); just above it the default −0.085 gives
    // grade 2a and −0.0852 (−3.408) grade 1.
    double b = Math.pow(10, 0.8 / 0.66) * 1.001;
    Complete c =
        Albi.COEFFICIENT_0852
            .evaluate(AlbiInput.of(Bilirubin.umolPerL(b), Albumin.gPerL(40)))
            .asComplete();
    assertThat(c.category()).contains(AlbiGrade.GRADE_1);
    assertThat(c.caveats()).anyMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
    // far from a cut: no conflict caveat for either variant
    Complete far =
        Albi.COEFFICIENT_0852
            .evaluate(AlbiInput.of(Bilirubin.umolPerL(10), Albumin.gPerL(40)))
            .asComplete();
    assertThat(far.caveats()).noneMatch(cv -> cv.kind() == CaveatKind.SOURCE_CONFLICT);
  }
}
