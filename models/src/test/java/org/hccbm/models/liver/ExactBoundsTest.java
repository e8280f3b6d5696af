package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, points 1–4 and 8, with the numbers quoted there (errata, "Bounded results and one band
 * edge").
 */
class ExactBoundsTest {
  private static MeldInput meldInput(
      Double bili,
      Double inr,
      Double cr,
      Double na,
      Double albGdl,
      Sex sex,
      Integer age,
      Boolean dialysis) {
    return new MeldInput(
        obs(bili == null ? null : Bilirubin.mgPerDl(bili)),
        obs(inr == null ? null : Inr.ratio(inr)),
        obs(cr == null ? null : Creatinine.mgPerDl(cr)),
        obs(na == null ? null : Sodium.mmolPerL(na)),
        obs(albGdl == null ? null : Albumin.gPerDl(albGdl)),
        obs(sex),
        obs(age == null ? null : Age.years(age)),
        obs(dialysis));
  }

  private static <T> Observed<T> obs(T value) {
    return value == null ? Observed.unknown() : Observed.of(value);
  }

  private static List<Double> reachable(ModelResult r) {
    return r.asBounded().totalRange().reachable();
  }

  // Point 1: a two-valued unknown gives two totals, not an interval.

  @Test
  void point1_meld_dialysisUnknown_reachesExactly17And28() {
    Bounded b =
        Meld.INSTANCE
            .evaluate(meldInput(2.0, 1.69, 1.19, null, null, null, null, null))
            .asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(17.0, 28.0);
    assertThat(b.totalRange().contains(20)).isFalse();
    assertThat(b.decidingItems()).containsExactly("Dialysis");
  }

  @Test
  void point1_meldNa_dialysisUnknown_reachesTwoScores() {
    ModelResult r =
        MeldNa.INSTANCE.evaluate(meldInput(2.0, 1.69, 1.19, 130.0, null, null, null, null));
    // MELD(i) 17 or 28; each with sodium 130 (deficit 7).
    assertThat(reachable(r))
        .containsExactly((double) MeldNa.reported(17, 130), (double) MeldNa.reported(28, 130));
  }

  @Test
  void point1_meld3_dialysisUnknown_andSexUnknown_areEnumeratedNotSpanned() {
    ModelResult r = Meld3.INSTANCE.evaluate(meldInput(2.0, 1.69, 1.19, 130.0, 3.0, null, 50, null));
    List<Double> expected = new java.util.ArrayList<>();
    for (boolean female : new boolean[] {false, true}) {
      for (double cr : new double[] {1.19, 3.0}) {
        double v = Meld3.reportedExact(female, false, 2.0, 130, 1.69, cr, 3.0);
        if (!expected.contains(v)) {
          expected.add(v);
        }
      }
    }
    expected.sort(Double::compare);
    assertThat(reachable(r)).containsExactlyElementsOf(expected);
    assertThat(expected.get(expected.size() - 1) - expected.get(0)).isGreaterThan(3);
    assertThat(reachable(r)).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void point1_meld3_ageGroupUnknown_forAMan_givesTheTwoConstants() {
    Bounded b =
        Meld3.INSTANCE
            .evaluate(meldInput(2.0, 1.69, 1.19, 130.0, 3.0, Sex.MALE, null, false))
            .asBounded();
    assertThat(b.totalRange().reachable())
        .containsExactly(
            (double) Meld3.reportedExact(false, false, 2.0, 130, 1.69, 1.19, 3.0),
            (double) Meld3.reportedExact(false, true, 2.0, 130, 1.69, 1.19, 3.0));
    assertThat(b.decidingItems()).containsExactly("Age");
  }

  // Point 2: an unknown that cannot change the result does not bound it.

  @Test
  void point2_meld_dialysisUnknown_atTheCreatinineCap_isComplete() {
    for (MeldInput in :
        List.of(
            meldInput(2.0, 1.69, 4.0, 130.0, 3.0, Sex.MALE, 50, null),
            meldInput(2.0, 1.69, 6.5, 130.0, 3.0, Sex.MALE, 50, null))) {
      Complete meld = Meld.INSTANCE.evaluate(in).asComplete();
      assertThat(meld.totalValue())
          .isEqualTo(Meld.INSTANCE.evaluate(in.withDialysis(true)).asComplete().totalValue());
      assertThat(meld.caveats())
          .anySatisfy(
              c -> {
                assertThat(c.kind()).isEqualTo(CaveatKind.UNKNOWN_DID_NOT_MATTER);
                assertThat(c.text()).startsWith("Dialysis is unknown");
              });
      assertThat(meld.item("creatinine").observed()).contains("dialysis unknown");
      assertThat(MeldNa.INSTANCE.evaluate(in)).isInstanceOf(Complete.class);
    }
    // MELD 3.0 caps creatinine at 3.0
    assertThat(Meld3.INSTANCE.evaluate(meldInput(2.0, 1.69, 3.0, 130.0, 3.0, Sex.MALE, 50, null)))
        .isInstanceOf(Complete.class);
    // just below the cap it matters again
    assertThat(Meld.INSTANCE.evaluate(meldInput(2.0, 1.69, 3.5, null, null, null, null, null)))
        .isInstanceOf(Bounded.class);
  }

  @Test
  void point2_meld3_sexUnknown_atAge12to17_isComplete_butNotAt18() {
    Complete c =
        Meld3.INSTANCE
            .evaluate(meldInput(2.0, 1.69, 1.19, 130.0, 3.0, null, 15, false))
            .asComplete();
    assertThat(c.totalValue())
        .isEqualTo(Meld3.reportedExact(false, true, 2.0, 130, 1.69, 1.19, 3.0));
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv.text()).startsWith("Sex is unknown"));
    assertThat(Meld3.INSTANCE.evaluate(meldInput(2.0, 1.69, 1.19, 130.0, 3.0, null, 18, false)))
        .isInstanceOf(Bounded.class);
  }

  @Test
  void point2_meld3_ageUnknown_forAWoman_isComplete_adult6Plus1point33EqualsAdolescent7point33() {
    Complete c =
        Meld3.INSTANCE
            .evaluate(meldInput(2.0, 1.69, 1.19, 130.0, 3.0, Sex.FEMALE, null, false))
            .asComplete();
    assertThat(c.totalValue())
        .isEqualTo(Meld3.reportedExact(true, false, 2.0, 130, 1.69, 1.19, 3.0));
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv.text()).startsWith("Age is unknown"));
  }

  @Test
  void point2_meldNa_sodiumUnknown_atMeldI40_isComplete() {
    Complete c =
        MeldNa.INSTANCE
            .evaluate(meldInput(40.0, 8.0, 4.0, null, null, null, null, false))
            .asComplete();
    assertThat(c.totalValue()).isEqualTo(40);
  }

  @Test
  void point2_bclc_ecog0_cancerRelatednessUnknown_isComplete_withTheNote() {
    BclcInput in =
        new BclcInput(
            Observed.of(PerformanceStatus.of(Ecog.of(0))),
            Observed.unknown(),
            List.of(ChildPughClass.A),
            Observed.of(IntrahepaticTumour.of(org.hccbm.core.Diameter.cm(3.0))),
            Observed.of(false),
            Observed.of(true));
    Complete c = Bclc.INSTANCE.evaluate(in).asComplete();
    assertThat(c.category()).contains(BclcStage.C);
    assertThat(c.caveats())
        .anySatisfy(
            cv ->
                assertThat(cv.text())
                    .isEqualTo(
                        "PS cancer-related is unknown, but no value it could take changes the result"));
  }

  // Point 3: deciding inputs are exact.

  @Test
  void point3_meld3_woman_ageUnknown_isNotDeciding_evenWhenAnotherInputBoundsTheScore() {
    Bounded b =
        Meld3.INSTANCE
            .evaluate(meldInput(null, 1.69, 1.19, 130.0, 3.0, Sex.FEMALE, null, false))
            .asBounded();
    assertThat(b.openItems()).extracting(o -> o.item()).contains("Age", "Bilirubin");
    assertThat(b.decidingItems()).containsExactly("Bilirubin");
  }

  @Test
  void point3_meld_dialysisIsNamed_whenCreatinineIsUnknownToo() {
    Bounded b =
        Meld.INSTANCE
            .evaluate(meldInput(2.0, 1.69, null, null, null, null, null, null))
            .asBounded();
    assertThat(b.decidingItems()).containsExactly("Creatinine", "Dialysis");
  }

  @Test
  void point3_meldNa_sodiumIsNotDeciding_whenMeldIIsAtMost11() {
    Bounded b =
        MeldNa.INSTANCE
            .evaluate(meldInput(1.0, 1.0, 1.0, null, null, null, null, null))
            .asBounded();
    // dialysis decides (MELD(i) 6 or 20); sodium matters only at 20
    assertThat(b.decidingItems()).containsExactly("Dialysis", "Sodium");
    Bounded low =
        MeldNa.INSTANCE
            .evaluate(meldInput(null, 1.0, 1.0, null, null, null, null, false))
            .asBounded();
    assertThat(low.decidingItems()).containsExactly("Bilirubin", "Sodium");
  }

  @Test
  void point3_albi_decidingByGrade_notByMalbiSubgrade() {
    // Albumin 60 g/L: ALBI −5.1 + 0.66 log10(bili) stays ≤ −2.60 up to 855 umol/L → grade 1 only.
    Bounded b =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(60))))
            .asBounded();
    assertThat(b.determinedCategory()).contains(AlbiGrade.GRADE_1);
    assertThat(b.decidingItems()).isEmpty();
    // Albumin 34 g/L: −2.89 + 0.154…1.936 spans 2a and 2b but crosses −2.60 → deciding.
    Bounded mid =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(34))))
            .asBounded();
    assertThat(mid.decidingItems()).containsExactly("Bilirubin");
    // Bilirubin 5 umol/L, albumin 25.5–… only within grade 2: 2a/2b split alone is not deciding.
    double lo = 0.66 * Math.log10(40) - 0.085 * 60;
    assertThat(AlbiGrade.forScore(lo)).isEqualTo(AlbiGrade.GRADE_1);
  }

  // Point 4: the unknown-bilirubin floor is 0.1 mg/dL.

  @Test
  void point4_albi_unknownBilirubin_startsAt1point71Umol() {
    Bounded b =
        Albi.INSTANCE
            .evaluate(new AlbiInput(Observed.unknown(), Observed.of(Albumin.gPerL(45))))
            .asBounded();
    assertThat(b.totalRange().min()).isCloseTo(0.66 * Math.log10(1.71) - 0.085 * 45, within(1e-12));
    assertThat(b.totalRange().min()).isLessThan(0.66 * Math.log10(3) - 0.085 * 45);
  }

  // Point 8: MELD 3.0 sums in decimal, so an exact .5 rounds up.

  @Test
  void point8_meld3_exactHalf15point5_isReportedAs16() {
    Complete c =
        Meld3.INSTANCE
            .evaluate(meldInput(0.8, 0.9, 0.7, 127.4, 2.62, Sex.MALE, 50, false))
            .asComplete();
    assertThat(c.total().orElseThrow().raw()).isCloseTo(15.5, within(1e-9));
    assertThat(c.totalValue()).isEqualTo(16);
  }

  @Test
  void boundedMeld_renderingHasNoEmptyReachableCategoriesLine_butNamesWhatWouldDecide() {
    String text =
        Meld.INSTANCE.evaluate(meldInput(2.0, 1.69, 1.19, null, null, null, null, null)).render();
    assertThat(text)
        .doesNotContain("Reachable categories")
        .contains("Would decide it: Dialysis")
        .contains("Total: 17..28 (reachable: 17, 28)");
  }
}
