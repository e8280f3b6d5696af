package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;
import static org.hccbm.models.bone.BoneTestSupport.ecog;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples K-1…K-6 (bone §3.2), laboratory boundaries and SI handling (errata). */
class KatagiriTest {
  private static final String LAB = "laboratoryData";

  private static KatagiriInput normalLabs(
      TumourGrowth g, KatagiriVisceral v, int ecog, boolean chemo, boolean multiple) {
    return new KatagiriInput(
        g,
        Observed.of(v),
        Observed.of(Crp.mgPerDl(0.1)),
        Observed.of(Ldh.unitsPerL(180)),
        Observed.of(Albumin.gPerDl(4.0)),
        Observed.of(Platelets.thousandPerUl(200)),
        Observed.of(Calcium.mgPerDl(9.4)),
        Observed.of(Bilirubin.mgPerDl(0.8)),
        ecog(ecog),
        Observed.of(chemo),
        Observed.of(multiple));
  }

  private static KatagiriInput labs(
      Crp crp, Ldh ldh, Albumin alb, Platelets plt, Calcium ca, Bilirubin bili) {
    return new KatagiriInput(
        TumourGrowth.RAPID,
        Observed.of(KatagiriVisceral.NONE),
        Observed.of(crp),
        Observed.of(ldh),
        Observed.of(alb),
        Observed.of(plt),
        Observed.of(ca),
        Observed.of(bili),
        ecog(0),
        Observed.of(false),
        Observed.of(false));
  }

  private static int labPoints(KatagiriInput in) {
    return (int) Katagiri.INSTANCE.evaluate(in).asComplete().item(LAB).points().getAsDouble();
  }

  @Test
  void k1_hcc_lungNodules_platelets85_ecog2_priorTherapy_multiple_is8_high() {
    KatagiriInput in =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NODULAR),
            Observed.of(Crp.mgPerDl(0.1)),
            Observed.of(Ldh.unitsPerL(180)),
            Observed.of(Albumin.gPerDl(4.0)),
            Observed.of(Platelets.thousandPerUl(85)),
            Observed.of(Calcium.mgPerDl(9.4)),
            Observed.of(Bilirubin.mgPerDl(0.8)),
            ecog(2),
            Observed.of(true),
            Observed.of(true));
    assertThat(
            assertPoints(
                    Katagiri.INSTANCE.evaluate(in),
                    8,
                    "primaryLesion",
                    3,
                    "visceralMetastases",
                    1,
                    LAB,
                    2,
                    "ecogPerformanceStatus",
                    0,
                    "previousChemotherapy",
                    1,
                    "multipleSkeletalMetastases",
                    1)
                .category())
        .contains(KatagiriGroup.HIGH);
  }

  @Test
  void k1_literal_onlyPlateletsKnown_labItemIsStillDetermined_total8() {
    // errata: only the platelet count is given; critical outranks abnormal, so the item is 2.
    KatagiriInput in =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NODULAR),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.of(Platelets.thousandPerUl(85)),
            Observed.unknown(),
            Observed.unknown(),
            ecog(2),
            Observed.of(true),
            Observed.of(true));
    assertPoints(Katagiri.INSTANCE.evaluate(in), 8, LAB, 2);
  }

  @Test
  void k2_hcc_albumin3point5Only_is4_intermediate() {
    KatagiriInput in =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.of(Crp.mgPerDl(0.1)),
            Observed.of(Ldh.unitsPerL(180)),
            Observed.of(Albumin.gPerDl(3.5)),
            Observed.of(Platelets.thousandPerUl(200)),
            Observed.of(Calcium.mgPerDl(9.4)),
            Observed.of(Bilirubin.mgPerDl(0.8)),
            ecog(1),
            Observed.of(false),
            Observed.of(false));
    assertThat(
            assertPoints(
                    Katagiri.INSTANCE.evaluate(in),
                    4,
                    "primaryLesion",
                    3,
                    "visceralMetastases",
                    0,
                    LAB,
                    1,
                    "ecogPerformanceStatus",
                    0,
                    "previousChemotherapy",
                    0,
                    "multipleSkeletalMetastases",
                    0)
                .category())
        .contains(KatagiriGroup.INTERMEDIATE);
  }

  @Test
  void k3_hormoneDependentBreast_is2_low() {
    assertThat(
            assertPoints(
                    Katagiri.INSTANCE.evaluate(
                        normalLabs(TumourGrowth.SLOW, KatagiriVisceral.NONE, 1, true, true)),
                    2,
                    "primaryLesion",
                    0,
                    LAB,
                    0,
                    "previousChemotherapy",
                    1,
                    "multipleSkeletalMetastases",
                    1)
                .category())
        .contains(KatagiriGroup.LOW);
  }

  @Test
  void k4_threeAbnormalAnalytes_score1_not3() {
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerDl(2.0),
                    Ldh.unitsPerL(400),
                    Albumin.gPerDl(3.0),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(0.8))))
        .isEqualTo(1);
  }

  @Test
  void k5_platelets95_score2() {
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerDl(0.1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(95),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(0.8))))
        .isEqualTo(2);
  }

  @Test
  void k6_criticalOutranksAbnormal_albumin3point6AndBilirubin1point5_score2() {
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerDl(0.1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(3.6),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(1.5))))
        .isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "CRP 0.39 mg/dL, 0.39, 180, 4.0, 200, 9.4, 0.8, 0",
    "CRP 0.4 mg/dL, 0.4, 180, 4.0, 200, 9.4, 0.8, 1",
    "LDH 249, 0.1, 249, 4.0, 200, 9.4, 0.8, 0",
    "LDH 250, 0.1, 250, 4.0, 200, 9.4, 0.8, 1",
    "albumin 3.7, 0.1, 180, 3.7, 200, 9.4, 0.8, 0",
    "albumin 3.69, 0.1, 180, 3.69, 200, 9.4, 0.8, 1",
    "platelets 100, 0.1, 180, 4.0, 100, 9.4, 0.8, 0",
    "platelets 99.9, 0.1, 180, 4.0, 99.9, 9.4, 0.8, 2",
    "calcium 10.29, 0.1, 180, 4.0, 200, 10.29, 0.8, 0",
    "calcium 10.3, 0.1, 180, 4.0, 200, 10.3, 0.8, 2",
    "bilirubin 1.39, 0.1, 180, 4.0, 200, 9.4, 1.39, 0",
    "bilirubin 1.4, 0.1, 180, 4.0, 200, 9.4, 1.4, 2"
  })
  void laboratoryCutPoints_bothSides(
      String name,
      double crp,
      double ldh,
      double alb,
      double plt,
      double ca,
      double bili,
      int points) {
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerDl(crp),
                    Ldh.unitsPerL(ldh),
                    Albumin.gPerDl(alb),
                    Platelets.thousandPerUl(plt),
                    Calcium.mgPerDl(ca),
                    Bilirubin.mgPerDl(bili))))
        .isEqualTo(points);
  }

  @Test
  void siValues_areConvertedThenCompared_neverAgainstRoundedSiCutOffs() {
    // errata: 23.9 umol/L = 1.3977 mg/dL is below 1.4; 2.57 mmol/L = 10.3006 mg/dL is above 10.3.
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerL(1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerL(40),
                    Platelets.billionPerL(200),
                    Calcium.mmolPerL(2.30),
                    Bilirubin.umolPerL(23.9))))
        .isEqualTo(0);
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerL(1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerL(40),
                    Platelets.billionPerL(200),
                    Calcium.mmolPerL(2.57),
                    Bilirubin.umolPerL(10))))
        .isEqualTo(2);
    assertThat(
            labPoints(
                labs(
                    Crp.mgPerL(4),
                    Ldh.unitsPerL(180),
                    Albumin.gPerL(40),
                    Platelets.billionPerL(200),
                    Calcium.mmolPerL(2.3),
                    Bilirubin.umolPerL(10))))
        .isEqualTo(1);
  }

  @Test
  void unknownLabs_openOverExactlyThePossibleValues() {
    KatagiriInput allUnknown =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            ecog(0),
            Observed.of(false),
            Observed.of(false));
    Bounded b = Katagiri.INSTANCE.evaluate(allUnknown).asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(3.0, 4.0, 5.0);
    KatagiriInput abnormalKnown =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.of(Crp.mgPerDl(1)),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            Observed.unknown(),
            ecog(0),
            Observed.of(false),
            Observed.of(false));
    assertThat(Katagiri.INSTANCE.evaluate(abnormalKnown).asBounded().totalRange().reachable())
        .containsExactly(4.0, 5.0);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({"0,LOW", "3,LOW", "4,INTERMEDIATE", "6,INTERMEDIATE", "7,HIGH", "10,HIGH"})
  void groups_bothSidesOfEachCut(int total, KatagiriGroup group) {
    assertThat(KatagiriGroup.forTotal(total)).isEqualTo(group);
  }

  @Test
  void ecogBoundary_2scores0_3scores1() {
    assertPoints(
        Katagiri.INSTANCE.evaluate(
            normalLabs(TumourGrowth.RAPID, KatagiriVisceral.NONE, 2, false, false)),
        3,
        "ecogPerformanceStatus",
        0);
    assertPoints(
        Katagiri.INSTANCE.evaluate(
            normalLabs(TumourGrowth.RAPID, KatagiriVisceral.NONE, 3, false, false)),
        4,
        "ecogPerformanceStatus",
        1);
  }

  @Test
  void disseminated_scores2_nodular1() {
    assertPoints(
        Katagiri.INSTANCE.evaluate(
            normalLabs(TumourGrowth.MODERATE, KatagiriVisceral.DISSEMINATED, 0, false, false)),
        4,
        "visceralMetastases",
        2);
  }

  @Test
  void allSixLabsKnownAndNormal_scores0_andNamesEachValue() {
    Complete c =
        Katagiri.INSTANCE
            .evaluate(normalLabs(TumourGrowth.RAPID, KatagiriVisceral.NONE, 0, false, false))
            .asComplete();
    assertThat(c.item(LAB).points()).hasValue(0);
    assertThat(c.item(LAB).observed())
        .isEqualTo(
            "platelets 200 10*3/uL; calcium 9.4 mg/dL; "
                + "bilirubin 0.8 mg/dL; CRP 0.1 mg/dL; LDH 180 IU/L; albumin 4 g/dL");
  }

  @Test
  void valuesMeetingACut_areMarkedWithIt() {
    Complete c =
        Katagiri.INSTANCE
            .evaluate(
                labs(
                    Crp.mgPerDl(0.4),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(0.8)))
            .asComplete();
    assertThat(c.item(LAB).observed())
        .contains("CRP 0.4 mg/dL (≥ 0.4)")
        .doesNotContain("LDH 180 IU/L (");
    assertThat(c.item(LAB).bandText()).isEqualTo("abnormal");
  }

  @Test
  void abnormalLabsKnownNormal_criticalUnknown_isOpenOver0And2Only() {
    KatagiriInput in =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.of(Crp.mgPerDl(0.1)),
            Observed.of(Ldh.unitsPerL(180)),
            Observed.of(Albumin.gPerDl(4.0)),
            Observed.unknown(),
            Observed.of(Calcium.mgPerDl(9.4)),
            Observed.of(Bilirubin.mgPerDl(0.8)),
            ecog(0),
            Observed.of(false),
            Observed.of(false));
    assertThat(Katagiri.INSTANCE.evaluate(in).asBounded().totalRange().reachable())
        .containsExactly(3.0, 5.0);
  }

  @Test
  void caveats_ldhAssayAndChemotherapyReading_onlyWhenThoseInputsAreKnown() {
    Complete known =
        Katagiri.INSTANCE
            .evaluate(normalLabs(TumourGrowth.RAPID, KatagiriVisceral.NONE, 0, false, false))
            .asComplete();
    assertThat(known.caveats())
        .anyMatch(cv -> cv.text().startsWith("the LDH cut-off 250 IU/L"))
        .anyMatch(cv -> cv.text().startsWith("previous chemotherapy read as any prior systemic"));
    KatagiriInput unknowns =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.of(Crp.mgPerDl(0.1)),
            Observed.unknown(),
            Observed.of(Albumin.gPerDl(4.0)),
            Observed.of(Platelets.thousandPerUl(50)),
            Observed.of(Calcium.mgPerDl(9.4)),
            Observed.of(Bilirubin.mgPerDl(0.8)),
            ecog(0),
            Observed.unknown(),
            Observed.of(false));
    assertThat(Katagiri.INSTANCE.evaluate(unknowns).caveats())
        .noneMatch(cv -> cv.text().startsWith("the LDH cut-off"))
        .noneMatch(cv -> cv.text().startsWith("previous chemotherapy read"));
  }

  @Test
  void criticalFromPlateletsOrBilirubin_carriesTheCirrhosisCaveat_criticalFromCalciumDoesNot() {
    String text = "may come from the cirrhosis rather than the cancer";
    Complete platelets =
        Katagiri.INSTANCE
            .evaluate(
                labs(
                    Crp.mgPerDl(0.1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(99),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(0.8)))
            .asComplete();
    Complete bilirubin =
        Katagiri.INSTANCE
            .evaluate(
                labs(
                    Crp.mgPerDl(0.1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(1.4)))
            .asComplete();
    Complete calcium =
        Katagiri.INSTANCE
            .evaluate(
                labs(
                    Crp.mgPerDl(0.1),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(10.3),
                    Bilirubin.mgPerDl(0.8)))
            .asComplete();
    assertThat(platelets.caveats()).anyMatch(c -> c.text().contains(text));
    assertThat(bilirubin.caveats()).anyMatch(c -> c.text().contains(text));
    assertThat(calcium.item(LAB).points()).hasValue(2);
    assertThat(calcium.caveats()).noneMatch(c -> c.text().contains(text));
    Complete normal =
        Katagiri.INSTANCE
            .evaluate(normalLabs(TumourGrowth.RAPID, KatagiriVisceral.NONE, 0, false, false))
            .asComplete();
    assertThat(normal.caveats()).noneMatch(c -> c.text().contains(text));
  }

  @Test
  void labItem_isData_bandCodedAndOpenItemClosedByTheUnknownLabs() {
    Complete c =
        Katagiri.INSTANCE
            .evaluate(
                labs(
                    Crp.mgPerDl(1.2),
                    Ldh.unitsPerL(180),
                    Albumin.gPerDl(4.0),
                    Platelets.thousandPerUl(200),
                    Calcium.mgPerDl(9.4),
                    Bilirubin.mgPerDl(0.8)))
            .asComplete();
    org.hccbm.core.result.ItemScore lab = c.item(LAB);
    assertThat(lab.code().value()).isEqualTo("laboratoryData");
    assertThat(lab.band())
        .isEqualTo(
            new org.hccbm.core.result.Band.Values("KatagiriLabs", java.util.List.of("ABNORMAL")));
    assertThat(lab.observed())
        .isEqualTo(
            "platelets 200 10*3/uL; calcium 9.4 mg/dL; bilirubin 0.8 mg/dL; CRP 1.2 mg/dL (≥ 0.4);"
                + " LDH 180 IU/L; albumin 4 g/dL");
    KatagiriInput open =
        new KatagiriInput(
            TumourGrowth.RAPID,
            Observed.of(KatagiriVisceral.NONE),
            Observed.unknown(),
            Observed.of(Ldh.unitsPerL(180)),
            Observed.of(Albumin.gPerDl(4.0)),
            Observed.of(Platelets.thousandPerUl(200)),
            Observed.unknown(),
            Observed.of(Bilirubin.mgPerDl(0.8)),
            ecog(0),
            Observed.of(false),
            Observed.of(false));
    org.hccbm.core.result.OpenItem item =
        ((org.hccbm.core.result.Bounded) Katagiri.INSTANCE.evaluate(open))
            .openItem(org.hccbm.core.result.ItemCode.of("laboratoryData"));
    assertThat(item.closedBy()).containsExactly("labs.calcium", "labs.crp");
    assertThat(item.statusText()).isEqualTo("some values unknown");
    assertThat(item.toString())
        .isEqualTo(
            "Laboratory data: some values unknown (platelets 200 10*3/uL; calcium unknown; bilirubin"
                + " 0.8 mg/dL; CRP unknown; LDH 180 IU/L; albumin 4 g/dL) = 0..2");
  }
}
