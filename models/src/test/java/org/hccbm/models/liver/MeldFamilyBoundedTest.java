package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.junit.jupiter.api.Test;

/**
 * MELD, MELD-Na and MELD 3.0 (liver §3.1–3.3; errata, "Bounded results and one band edge"): the
 * points an open item can still add, the clamp caveats of a bounded result, the known items, the
 * unrounded totals at the MELD-Na sodium-term edge (MELD(i) 11 | 12) and the MELD 3.0 age edge (17
 * | 18), each value from the published equations.
 */
class MeldFamilyBoundedTest {
  private static MeldInput in(
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

  private static long caveats(ModelResult r, CaveatKind kind) {
    return r.caveats().stream().filter(c -> c.kind() == kind).count();
  }

  private static double sumOfPoints(java.util.List<ItemScore> items) {
    return items.stream().mapToDouble(ItemScore::pointsOrZero).sum();
  }

  // Open items: the most an unknown input can add (×10 terms for MELD; MELD 3.0 shows none).

  @Test
  void meld_openItems_addUpToTheTermAtTheTopOfTheSearchedRange() {
    Bounded b =
        Meld.INSTANCE.evaluate(in(null, null, null, null, null, null, null, false)).asBounded();
    // creatinine 1.0–4.0, bilirubin 1.0–50 mg/dL (855 µmol/L), INR 1.0–10
    assertThat(b.openItems())
        .extracting(OpenItem::maxPoints)
        .containsExactly(9.57 * Math.log(4.0), 3.78 * Math.log(855 / 17.1), 11.2 * Math.log(10));
    assertThat(b.openItems()).extracting(OpenItem::minPoints).containsOnly(0.0);
  }

  @Test
  void meldNa_openItems_sodiumAddsNothingByItself() {
    Bounded b =
        MeldNa.INSTANCE.evaluate(in(null, null, null, null, null, null, null, false)).asBounded();
    assertThat(b.openItems())
        .extracting(OpenItem::maxPoints)
        .containsExactly(
            9.57 * Math.log(4.0), 3.78 * Math.log(855 / 17.1), 0.0, 11.2 * Math.log(10));
  }

  @Test
  void meld3_openItems_carryNoTermMaximum_sinceTheFormulaHasCrossTerms() {
    Bounded b =
        Meld3.INSTANCE.evaluate(in(null, null, null, null, null, Sex.MALE, 50, false)).asBounded();
    assertThat(b.openItems()).extracting(OpenItem::maxPoints).containsOnly(0.0);
    assertThat(b.openItems()).hasSize(5);
  }

  // Known items of a bounded MELD: the ×10 terms of the known inputs and the constant.

  @Test
  void meld_bounded_knownItemsAddUpTo10TimesTheMeldOfTheKnownInputs() {
    // errata example: creatinine 1.19, bilirubin 2.0, INR 1.69, dialysis unknown → {17, 28}
    Bounded b =
        Meld.INSTANCE.evaluate(in(2.0, 1.69, 1.19, null, null, null, null, null)).asBounded();
    assertThat(b.knownItems()).hasSize(4);
    assertThat(sumOfPoints(b.knownItems()))
        .isCloseTo(10 * Meld.optnRaw(2.0, 1.69, 1.19), within(1e-9));
    Bounded na =
        MeldNa.INSTANCE.evaluate(in(2.0, 1.69, 1.19, 130.0, null, null, null, null)).asBounded();
    assertThat(na.knownItems()).hasSize(5);
    assertThat(sumOfPoints(na.knownItems()))
        .isCloseTo(10 * Meld.optnRaw(2.0, 1.69, 1.19), within(1e-9));
  }

  // MELD-Na: the sodium clamp is reported in a bounded result too.

  @Test
  void meldNa_bounded_knownSodiumOutside125to137_isAClampCaveat_bothSides() {
    for (double na : new double[] {124.9, 137.1}) {
      Bounded b =
          MeldNa.INSTANCE.evaluate(in(2.0, 1.69, 1.19, na, null, null, null, null)).asBounded();
      assertThat(caveats(b, CaveatKind.CLAMP)).as("sodium %s", na).isEqualTo(1);
    }
    for (double na : new double[] {125, 137}) {
      Bounded b =
          MeldNa.INSTANCE.evaluate(in(2.0, 1.69, 1.19, na, null, null, null, null)).asBounded();
      assertThat(caveats(b, CaveatKind.CLAMP)).as("sodium %s", na).isZero();
    }
  }

  // MELD-Na's unrounded total: no sodium term up to MELD(i) 11.

  @Test
  void meldNa_me6_meldI11_unroundedTotalIs11_noSodiumTerm() {
    Complete c =
        MeldNa.INSTANCE
            .evaluate(
                MeldInput.of(
                    Bilirubin.mgPerDl(1.0),
                    Inr.ratio(1.0),
                    Creatinine.mgPerDl(1.6),
                    Sodium.mmolPerL(125)))
            .asComplete();
    assertThat(c.total().orElseThrow().raw()).isEqualTo(11.0);
    assertThat(c.totalValue()).isEqualTo(11);
    assertThat(MeldNa.raw(11, 125)).isEqualTo(11.0);
    // MELD(i) 12 at sodium 125: 12 + 1.32 × 12 − 0.033 × 12 × 12 = 23.088
    assertThat(MeldNa.raw(12, 125)).isCloseTo(23.088, within(1e-9));
  }

  @Test
  void meldNa_complete_itemsAddUpToTheUnroundedTotal_bothSidesOfMeldI11() {
    for (double cr : new double[] {1.6, 1.75, 1.9}) {
      // MELD(i) 11, 12, 13
      Complete c =
          MeldNa.INSTANCE
              .evaluate(
                  MeldInput.of(
                      Bilirubin.mgPerDl(1.0),
                      Inr.ratio(1.0),
                      Creatinine.mgPerDl(cr),
                      Sodium.mmolPerL(128)))
              .asComplete();
      assertThat(sumOfPoints(c.items()))
          .as("creatinine %s", cr)
          .isCloseTo(c.total().orElseThrow().raw(), within(1e-9));
    }
    Complete low =
        MeldNa.INSTANCE
            .evaluate(
                MeldInput.of(
                    Bilirubin.mgPerDl(1.0),
                    Inr.ratio(1.0),
                    Creatinine.mgPerDl(1.6),
                    Sodium.mmolPerL(125)))
            .asComplete();
    assertThat(sumOfPoints(low.items())).isCloseTo(11.0, within(1e-9));
  }

  @Test
  void meldNa_unknownSodiumAtMeldI40_onDialysis_usesTheCreatinineCap_notTheMeasuredValue() {
    // bilirubin 10, INR 5, creatinine 1.0 on dialysis (→ 4.0): MELD(i) 4.64 → 40, so sodium
    // cannot matter; measured creatinine 1.0 would give MELD(i) 33.
    Complete c =
        MeldNa.INSTANCE.evaluate(in(10.0, 5.0, 1.0, null, null, null, null, true)).asComplete();
    assertThat(c.totalValue()).isEqualTo(40);
    assertThat(caveats(c, CaveatKind.UNKNOWN_DID_NOT_MATTER)).isEqualTo(1);
  }

  // MELD 3.0.

  @Test
  void meld3_age17IsAdolescent_age18Adult_bothSides() {
    // all inputs at their floors: adolescent 7.33 → 7; adult man 6
    Complete teen =
        Meld3.INSTANCE.evaluate(in(1.0, 1.0, 1.0, 137.0, 3.5, Sex.MALE, 17, false)).asComplete();
    Complete adult =
        Meld3.INSTANCE.evaluate(in(1.0, 1.0, 1.0, 137.0, 3.5, Sex.MALE, 18, false)).asComplete();
    assertThat(teen.total().orElseThrow().raw()).isCloseTo(7.33, within(1e-9));
    assertThat(teen.totalValue()).isEqualTo(7);
    assertThat(adult.total().orElseThrow().raw()).isCloseTo(6.0, within(1e-9));
    assertThat(adult.totalValue()).isEqualTo(6);
  }

  @Test
  void meld3_atTheFloor6_hasNoOutsideRangeCaveat() {
    // every input at its bound: 6 exactly, inside [6, 40]
    Complete c =
        Meld3.INSTANCE.evaluate(in(1.0, 1.0, 1.0, 137.0, 3.5, Sex.MALE, 50, false)).asComplete();
    assertThat(c.totalValue()).isEqualTo(6);
    assertThat(caveats(c, CaveatKind.CLAMP)).isZero();
  }

  @Test
  void meld3_bounded_reportsEveryClampOfTheKnownInputs() {
    // sex unknown (adult): 1.33 apart, so bounded. Bilirubin 0.5 → 1.0, sodium 140 → 137,
    // INR 0.9 → 1.0, albumin 4.0 → 3.5: four clamps, plus creatinine 3.5 → 3.0
    Bounded capped =
        Meld3.INSTANCE.evaluate(in(0.5, 0.9, 3.5, 140.0, 4.0, null, 50, false)).asBounded();
    assertThat(capped.totalRange().reachable()).containsExactly(18.0, 20.0);
    assertThat(caveats(capped, CaveatKind.CLAMP)).isEqualTo(5);
    // creatinine 2.0 is inside 1.0–3.0: no clamp of its own
    Bounded inside =
        Meld3.INSTANCE.evaluate(in(0.5, 0.9, 2.0, 140.0, 4.0, null, 50, false)).asBounded();
    assertThat(inside.totalRange().reachable()).hasSize(2);
    assertThat(caveats(inside, CaveatKind.CLAMP)).isEqualTo(4);
    // on dialysis creatinine is set to 3.0, a clamp whatever was measured
    Bounded dialysis =
        Meld3.INSTANCE.evaluate(in(0.5, 0.9, 2.0, 140.0, 4.0, null, 50, true)).asBounded();
    assertThat(dialysis.totalRange().reachable()).containsExactly(18.0, 20.0);
    assertThat(caveats(dialysis, CaveatKind.CLAMP)).isEqualTo(5);
    // inputs inside their bounds: no clamp
    Bounded none =
        Meld3.INSTANCE.evaluate(in(2.0, 1.69, 1.19, 130.0, 3.0, null, 50, false)).asBounded();
    assertThat(caveats(none, CaveatKind.CLAMP)).isZero();
  }

  @Test
  void meld3_bounded_ageUnknown_isAnAssumptionCaveat_ageKnownIsNot() {
    Bounded unknownAge =
        Meld3.INSTANCE.evaluate(in(2.0, 1.69, 1.19, 130.0, 3.0, Sex.MALE, null, false)).asBounded();
    assertThat(caveats(unknownAge, CaveatKind.ASSUMPTION)).isEqualTo(1);
    Bounded knownAge =
        Meld3.INSTANCE.evaluate(in(2.0, 1.69, 1.19, 130.0, 3.0, null, 50, false)).asBounded();
    assertThat(caveats(knownAge, CaveatKind.ASSUMPTION)).isZero();
  }

  @Test
  void meld3_sexUnknownAtAge15_onDialysis_usesTheCreatinineCap() {
    // no sex term at 12–17, so sex cannot matter; dialysis sets creatinine 1.0 to 3.0
    Complete c =
        Meld3.INSTANCE.evaluate(in(2.0, 1.69, 1.0, 130.0, 3.0, null, 15, true)).asComplete();
    assertThat(c.totalValue())
        .isEqualTo(Meld3.reportedExact(false, true, 2.0, 130, 1.69, 3.0, 3.0));
    assertThat(c.totalValue())
        .isNotEqualTo(Meld3.reportedExact(false, true, 2.0, 130, 1.69, 1.0, 3.0));
  }
}
