package org.hccbm.models.liver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
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
import org.hccbm.core.result.NotApplicable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples ME-1…ME-10 (liver §3.4 with errata), bounds, rounding, bounded results. */
class MeldTest {
  private static MeldInput labs(double cr, double bili, double inr, double na) {
    return MeldInput.of(
        Bilirubin.mgPerDl(bili), Inr.ratio(inr), Creatinine.mgPerDl(cr), Sodium.mmolPerL(na));
  }

  private static Complete meld(MeldInput in) {
    return Meld.INSTANCE.evaluate(in).asComplete();
  }

  private static Complete meldNa(MeldInput in) {
    return MeldNa.INSTANCE.evaluate(in).asComplete();
  }

  private static Complete meld3(MeldInput in) {
    return Meld3.INSTANCE.evaluate(in).asComplete();
  }

  @Test
  void me1_cr1point9_bili4point2_inr1point6_isMeld23() {
    Complete c = meld(labs(1.9, 4.2, 1.6, 137));
    // errata: 0.957·ln(1.9) = 0.61425417; items are the ×10 terms.
    assertThat(c.item("creatinine").points().getAsDouble()).isCloseTo(6.1425417, within(1e-6));
    assertThat(c.item("bilirubin").points().getAsDouble()).isCloseTo(5.424619, within(1e-5));
    assertThat(c.item("inr").points().getAsDouble()).isCloseTo(5.264040, within(1e-5));
    assertThat(c.item("constant").points()).hasValue(6.43);
    assertThat(c.total().orElseThrow().raw()).isCloseTo(23.261, within(1e-3));
    assertThat(c.totalValue()).isEqualTo(23);
    assertThat(c.caveats()).isEmpty();
  }

  @Test
  void me2_me1WithSodium128_isMeldNa28() {
    Complete c = meldNa(labs(1.9, 4.2, 1.6, 128));
    assertThat(c.item("sodium").points().getAsDouble()).isCloseTo(11.88 - 6.831, within(1e-9));
    assertThat(c.total().orElseThrow().raw()).isCloseTo(28.049, within(1e-9));
    assertThat(c.totalValue()).isEqualTo(28);
  }

  @Test
  void me3_sodium120_isBoundedTo125_meldNa30() {
    Complete c = meldNa(labs(1.9, 4.2, 1.6, 120));
    assertThat(c.total().orElseThrow().raw()).isCloseTo(29.732, within(1e-9));
    assertThat(c.totalValue()).isEqualTo(30);
    assertThat(c.item("sodium").observed()).isEqualTo("120 mmol/L, bounded to 125");
    assertThat(c.caveats())
        .anyMatch(
            cv ->
                cv.kind() == CaveatKind.CLAMP
                    && cv.text().equals("sodium 120 mmol/L is below 125: set to 125"));
  }

  @Test
  void me4_allLabsBelow1_areFloored_meld6() {
    Complete c = meld(labs(0.4, 0.2, 0.9, 137));
    assertThat(c.totalValue()).isEqualTo(6);
    assertThat(c.caveats()).filteredOn(cv -> cv.kind() == CaveatKind.CLAMP).hasSize(3);
    assertThat(c.item("creatinine").observed()).isEqualTo("0.4 mg/dL, bounded to 1");
  }

  @Test
  void me5_meld13_meldNa13WithSodium140BoundedTo137() {
    assertThat(meld(labs(1.3, 1.9, 1.2, 140)).total().orElseThrow().raw())
        .isCloseTo(13.409, within(1e-3));
    assertThat(meld(labs(1.3, 1.9, 1.2, 140)).totalValue()).isEqualTo(13);
    assertThat(meldNa(labs(1.3, 1.9, 1.2, 140)).totalValue()).isEqualTo(13);
  }

  @Test
  void me6_meldI11_sodium125_hasNoSodiumTerm_meldNa11() {
    Complete c = meldNa(labs(1.6, 1.0, 1.0, 125));
    assertThat(meld(labs(1.6, 1.0, 1.0, 125)).totalValue()).isEqualTo(11);
    assertThat(c.item("sodium").bandText()).isEqualTo("MELD(i) ≤ 11: no sodium term");
    assertThat(c.totalValue()).isEqualTo(11);
  }

  @Test
  void meldNa_atMeldI12_sodiumTermApplies() {
    // creatinine 1.75: 0.957·ln(1.75) + 0.643 = 1.1786 → 12.
    assertThat(meld(labs(1.75, 1.0, 1.0, 125)).totalValue()).isEqualTo(12);
    assertThat(meldNa(labs(1.75, 1.0, 1.0, 125)).totalValue()).isEqualTo(23);
  }

  @Test
  void me7_male_isMeld3_26() {
    MeldInput in =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.MALE, Age.years(60));
    Complete c = meld3(in);
    assertThat(c.total().orElseThrow().raw()).isCloseTo(25.539465, within(1e-5));
    assertThat(c.totalValue()).isEqualTo(26);
    assertThat(c.item("sex").points()).hasValue(0);
    assertThat(c.items().stream().mapToDouble(i -> i.pointsOrZero()).sum())
        .isCloseTo(c.total().orElseThrow().raw(), within(1e-9));
  }

  @Test
  void me8_female_isMeld3_27() {
    MeldInput in =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.FEMALE, Age.years(60));
    Complete c = meld3(in);
    assertThat(c.total().orElseThrow().raw()).isCloseTo(26.869465, within(1e-5));
    assertThat(c.totalValue()).isEqualTo(27);
    assertThat(c.item("sex").points()).hasValue(1.33);
  }

  @Test
  void me9_creatinine4point5CappedAt3_isMeld3_33() {
    MeldInput in =
        labs(4.5, 1.9, 1.6, 128).withMeld3Items(Albumin.gPerDl(2.2), Sex.FEMALE, Age.years(55));
    Complete c = meld3(in);
    assertThat(c.total().orElseThrow().raw()).isCloseTo(32.5527, within(1e-4));
    assertThat(c.totalValue()).isEqualTo(33);
    assertThat(c.caveats())
        .anyMatch(cv -> cv.text().equals("creatinine 4.5 mg/dL is above 3: set to 3"));
  }

  @Test
  void me10_everythingBounded_isMeld3_6() {
    MeldInput in =
        labs(0.7, 1.0, 0.9, 140).withMeld3Items(Albumin.gPerDl(4.2), Sex.MALE, Age.years(40));
    Complete c = meld3(in);
    assertThat(c.total().orElseThrow().raw()).isCloseTo(6.0, within(1e-9));
    assertThat(c.totalValue()).isEqualTo(6);
  }

  @Test
  void meld3_adolescent_hasNoSexTerm_andConstant7point33() {
    MeldInput adult =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.FEMALE, Age.years(18));
    MeldInput teen =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.FEMALE, Age.years(17));
    assertThat(meld3(adult).total().orElseThrow().raw()).isCloseTo(26.869465, within(1e-5));
    assertThat(meld3(teen).total().orElseThrow().raw()).isCloseTo(25.539465 + 1.33, within(1e-5));
    assertThat(meld3(teen).item("sex").points()).hasValue(0);
    assertThat(meld3(teen).item("constant").points()).hasValue(7.33);
  }

  @Test
  void meld3_under12_isNotApplicable_at12Applies() {
    MeldInput child =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.MALE, Age.years(11));
    assertThat(Meld3.INSTANCE.evaluate(child))
        .isInstanceOfSatisfying(
            NotApplicable.class,
            n -> {
              assertThat(n.code()).isEqualTo("meld3.underTwelve");
              assertThat(n.reason())
                  .isEqualTo("MELD 3.0 is not defined under 12 years (age 11 years)");
            });
    MeldInput twelve =
        labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), Sex.MALE, Age.years(12));
    assertThat(Meld3.INSTANCE.evaluate(twelve)).isInstanceOf(Complete.class);
  }

  @ParameterizedTest(name = "creatinine {0} mg/dL -> MELD uses {1}")
  @CsvSource({"0.99,1.0", "1.0,1.0", "4.0,4.0", "4.01,4.0"})
  void meldCreatinineBounds_bothSides(double cr, double used) {
    Complete c = meld(labs(cr, 1.0, 1.0, 137));
    assertThat(c.item("creatinine").points().getAsDouble())
        .isCloseTo(9.57 * Math.log(used), within(1e-12));
  }

  @Test
  void dialysis_setsCreatinineTo4ForMeld_and3ForMeld3() {
    MeldInput in = labs(1.0, 1.0, 1.0, 137).withDialysis(true);
    assertThat(meld(in).item("creatinine").points().getAsDouble())
        .isCloseTo(9.57 * Math.log(4), within(1e-12));
    assertThat(meld(in).caveats()).anyMatch(cv -> cv.text().contains("creatinine set to 4.0"));
    MeldInput in3 = in.withMeld3Items(Albumin.gPerDl(3.5), Sex.MALE, Age.years(50));
    assertThat(meld3(in3).item("creatinine").points().getAsDouble())
        .isCloseTo(11.14 * Math.log(3), within(1e-12));
  }

  @Test
  void meldRounding_isHalfUpToTheTenth() {
    assertThat(MeldTerms.meldInteger(2.35)).isEqualTo(24);
    assertThat(MeldTerms.meldInteger(2.3499)).isEqualTo(23);
    assertThat(MeldTerms.meldInteger(4.5)).isEqualTo(40);
    assertThat(MeldNa.reported(11, 125)).isEqualTo(11);
    assertThat(MeldNa.reported(40, 125)).isEqualTo(40);
  }

  @Test
  void meld_cappedAt40_withACaveat() {
    Complete c = meld(labs(4.0, 40, 8, 137));
    assertThat(c.totalValue()).isEqualTo(40);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("reported as 40"));
    double raw = c.total().orElseThrow().raw();
    assertThat(raw).isGreaterThan(40);
    assertThat(c.caveats())
        .filteredOn(cv -> cv.code().equals("meld.cappedAt40"))
        .singleElement()
        .satisfies(
            cv -> {
              assertThat(cv.args())
                  .containsExactly(
                      org.hccbm.core.result.Quantity.of(
                          Double.parseDouble(org.hccbm.core.Decimals.shown(raw)), ""));
              assertThat(cv.text())
                  .isEqualTo(
                      "MELD "
                          + org.hccbm.core.Decimals.shown(raw)
                          + " is above 40: reported as 40");
            });
  }

  @Test
  void unitInvariance_creatinineInUmolPerL_givesTheSameMeld() {
    MeldInput si =
        MeldInput.of(
            Bilirubin.umolPerL(4.2 * 17.1),
            Inr.ratio(1.6),
            Creatinine.umolPerL(1.9 * 88.4),
            Sodium.mmolPerL(128));
    assertThat(meld(si).totalValue()).isEqualTo(23);
    assertThat(meldNa(si).totalValue()).isEqualTo(28);
  }

  // --- bounded results

  @Test
  void meldNa_unknownSodium_reachesEveryIntegerFromMeldToTheSodium125Value() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(4.2)),
            Observed.of(Inr.ratio(1.6)),
            Observed.of(Creatinine.mgPerDl(1.9)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = MeldNa.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(23, 30).mapToDouble(i -> i).boxed().toList());
    assertThat(b.decidingItems()).containsExactly("Sodium");
    assertThat(b.reachableCategories()).isEmpty();
  }

  @Test
  void meldNa_unknownSodium_meldI11_isDetermined() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Inr.ratio(1)),
            Observed.of(Creatinine.mgPerDl(1.6)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    Complete c = MeldNa.INSTANCE.evaluate(in).asComplete();
    assertThat(c.totalValue()).isEqualTo(11.0);
    assertThat(c.item("sodium").observed()).startsWith("unknown");
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv.text()).startsWith("Sodium is unknown"));
  }

  @Test
  void meldNa_isDiscontinuous_unknownCreatinineAtSodium125_skips12to22() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(1)),
            Observed.of(Inr.ratio(1)),
            Observed.unknown(),
            Observed.of(Sodium.mmolPerL(125)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(false));
    Bounded b = MeldNa.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable())
        .containsExactly(6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0);
    assertThat(b.totalRange().contains(15)).isFalse();
  }

  @Test
  void meld_unknownDialysis_spansMeasuredCreatinineAndTheCap() {
    MeldInput in = labs(1.0, 1.0, 1.0, 137);
    in =
        new MeldInput(
            in.bilirubin(),
            in.inr(),
            in.creatinine(),
            in.sodium(),
            in.albumin(),
            in.sex(),
            in.age(),
            Observed.unknown());
    Bounded b = Meld.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(6.0, 20.0);
    assertThat(b.decidingItems()).containsExactly("Dialysis");
    // Issue 13: the deciding patient field is dialysis status, not creatinine.
    assertThat(b.decidingFields()).containsExactly("onDialysis");
  }

  @Test
  void meld_unknownCreatinineAndDialysis_closedByTheirOwnFields() {
    MeldInput in = labs(1.0, 1.0, 1.0, 137);
    in =
        new MeldInput(
            in.bilirubin(),
            in.inr(),
            Observed.unknown(),
            in.sodium(),
            in.albumin(),
            in.sex(),
            in.age(),
            Observed.unknown());
    Bounded b = Meld.INSTANCE.evaluate(in).asBounded();
    assertThat(b.openItems())
        .extracting(o -> o.closedBy())
        .containsExactly(List.of("labs.creatinine"), List.of("onDialysis"));
  }

  @Test
  void meld3_unknownSex_boundsBothForms() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(3)),
            Observed.of(Inr.ratio(1.8)),
            Observed.of(Creatinine.mgPerDl(1.5)),
            Observed.of(Sodium.mmolPerL(130)),
            Observed.of(Albumin.gPerDl(2.8)),
            Observed.unknown(),
            Observed.of(Age.years(60)),
            Observed.of(false));
    Bounded b = Meld3.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(26.0, 27.0);
    assertThat(b.decidingItems()).containsExactly("Sex");
  }

  @Test
  void meld3_unknownSodiumAndAlbumin_containsTheCompleteValue() {
    MeldInput in =
        new MeldInput(
            Observed.of(Bilirubin.mgPerDl(1.9)),
            Observed.of(Inr.ratio(1.6)),
            Observed.of(Creatinine.mgPerDl(4.5)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(Sex.FEMALE),
            Observed.of(Age.years(55)),
            Observed.of(false));
    Bounded b = Meld3.INSTANCE.evaluate(in).asBounded();
    assertThat(b.totalRange().contains(33)).isTrue();
    assertThat(b.openItems()).extracting(o -> o.item()).containsExactly("Sodium", "Albumin");
  }

  @ParameterizedTest(name = "creatinine {0} mg/dL: clamp caveat {1}")
  @CsvSource({"0.99,true", "1.0,false", "4.0,false", "4.01,true"})
  void meldCreatinineClampCaveat_onlyOutsideTheBounds(double cr, boolean caveat) {
    assertThat(
            meld(labs(cr, 2.0, 1.5, 137)).caveats().stream()
                .anyMatch(c -> c.kind() == CaveatKind.CLAMP))
        .isEqualTo(caveat);
  }

  @ParameterizedTest(name = "sodium {0} mmol/L: clamp caveat {1}")
  @CsvSource({"124.9,true", "125,false", "137,false", "137.1,true"})
  void meldNaSodiumClampCaveat_onlyOutside125to137(double na, boolean caveat) {
    assertThat(
            meldNa(labs(2.0, 2.0, 1.5, na)).caveats().stream()
                .anyMatch(c -> c.kind() == CaveatKind.CLAMP))
        .isEqualTo(caveat);
  }

  @Test
  void meldNa_neverExceeds40_becauseTheSodiumTermVanishesAsMeldApproaches40() {
    for (double cr = 1; cr <= 4; cr += 0.5) {
      for (double bili = 1; bili <= 40; bili *= 1.5) {
        for (double inr = 1; inr <= 6; inr += 0.5) {
          for (int na = 125; na <= 137; na++) {
            assertThat(meldNa(labs(cr, bili, inr, na)).total().orElseThrow().raw())
                .isLessThanOrEqualTo(40.0 + 1e-9);
          }
        }
      }
    }
    Complete top = meldNa(labs(3.5, 20, 3.5, 125));
    assertThat(top.totalValue()).isEqualTo(40);
    assertThat(top.item("optnRoundingOfMeldI").observed()).endsWith("→ 40");
  }

  @Test
  void meld3_outside6to40_isReportedAtTheBound_withACaveat() {
    MeldInput high =
        labs(3.0, 30, 4.0, 125).withMeld3Items(Albumin.gPerDl(1.5), Sex.FEMALE, Age.years(50));
    Complete c = meld3(high);
    assertThat(c.total().orElseThrow().raw()).isGreaterThan(40.5);
    assertThat(c.totalValue()).isEqualTo(40);
    assertThat(c.caveats())
        .anyMatch(
            cv ->
                cv.kind() == CaveatKind.CLAMP
                    && cv.text().endsWith("is outside [6, 40]: reported as 40"));
    assertThat(
            meld3(
                    labs(1.5, 3.0, 1.8, 130)
                        .withMeld3Items(Albumin.gPerDl(2.8), Sex.MALE, Age.years(60)))
                .caveats())
        .noneMatch(cv -> cv.text().contains("outside [6, 40]"));
  }

  @Test
  void meld3_itemsSumToTheUnroundedTotal_andNameSexAndAgeBand() {
    for (int age : new int[] {15, 45}) {
      for (Sex sex : Sex.values()) {
        Complete c =
            meld3(
                labs(1.5, 3.0, 1.8, 130).withMeld3Items(Albumin.gPerDl(2.8), sex, Age.years(age)));
        assertThat(c.items().stream().mapToDouble(i -> i.pointsOrZero()).sum())
            .isCloseTo(c.total().orElseThrow().raw(), within(1e-9));
        assertThat(c.item("sex").observed()).isEqualTo(sex == Sex.FEMALE ? "female" : "male");
        assertThat(c.item("constant").observed())
            .isEqualTo(age < 18 ? "age 12–17" : "age 18 or more");
        assertThat(c.item("constant").bandText()).isEqualTo(age < 18 ? "7.33" : "6");
      }
    }
  }
}
