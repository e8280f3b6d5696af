package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.BodyWeight;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule fires and does not fire at its boundaries (liver Part C). */
class TreatmentRulesTest {
  /** A policy that returns a fixed estimate, so survival-gated rules can be tested alone. */
  static SurvivalPolicy fixed(SurvivalBand... bands) {
    return new SurvivalPolicy() {
      @Override
      public String name() {
        return "fixed for a test";
      }

      @Override
      public SurvivalEstimate estimate(List<Models.Evaluation> evaluations) {
        return new SurvivalEstimate("test", Wording.text("fixed"), List.of(bands));
      }

      @Override
      public List<SurvivalEstimate> all(List<Models.Evaluation> evaluations) {
        return List.of(estimate(evaluations));
      }
    };
  }

  static final SurvivalPolicy LONG = fixed(SurvivalBand.AT_LEAST_6_MONTHS);
  static final SurvivalPolicy MID = fixed(SurvivalBand.THREE_TO_6_MONTHS);
  static final SurvivalPolicy SHORT = fixed(SurvivalBand.UNDER_3_MONTHS);
  static final SurvivalPolicy STRADDLE =
      fixed(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);

  static Patient.Builder base() {
    return Patient.builder("p")
        .age(Age.years(70))
        .sex(Sex.MALE)
        .weight(BodyWeight.kg(70))
        .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Creatinine.mgPerDl(1.2),
                Bilirubin.mgPerDl(1.0),
                Albumin.gPerDl(3.8),
                Inr.ratio(1.1),
                Calcium.mgPerDl(9.4),
                Platelets.thousandPerUl(200)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "test"))
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(3)))
                .macrovascularInvasion(false)
                .build())
        .extraskeletalMetastases(List.of())
        .frankel(FrankelGrade.E)
        .boneLesions(List.of(BoneLesion.at("rib", org.hccbm.core.lesion.OtherBone.RIB).build()))
        .antithromboticTherapy(AntithromboticTherapy.none())
        .history(TreatmentHistory.unknown().withRadiotherapy(List.of()));
  }

  /** Returns the verdict of an intervention for a subject ("patient" or a lesion id). */
  static PlanItem verdict(TreatmentPlan plan, Intervention intervention, String subject) {
    return plan.items().stream()
        .filter(
            i ->
                i.isVerdict()
                    && i.intervention().orElseThrow() == intervention
                    && i.subject().id().equals(subject))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no verdict for " + intervention + " of " + subject + " in\n" + plan.render()));
  }

  static Kind verdictKind(TreatmentPlan plan, Intervention intervention) {
    return verdict(plan, intervention, PlanItem.PATIENT.id()).kind();
  }

  static TreatmentPlan plan(SurvivalPolicy policy, Patient patient) {
    return TreatmentPlanner.DEFAULT.withSurvivalPolicy(policy).plan(patient);
  }

  static List<Kind> kinds(TreatmentPlan plan, String rule) {
    return plan.byRule(rule).stream().map(PlanItem::kind).toList();
  }

  // --- bone-targeting agents

  @Test
  void bta01_firesFrom3Months_ruledOutBelow_discussedAcross_ps14() {
    for (Intervention bta : List.of(Intervention.ZOLEDRONIC_ACID, Intervention.DENOSUMAB)) {
      assertThat(verdictKind(plan(MID, base().build()), bta)).isEqualTo(Kind.OPTION);
      assertThat(verdictKind(plan(SHORT, base().build()), bta)).isEqualTo(Kind.RULED_OUT);
      assertThat(verdict(plan(STRADDLE, base().build()), bta, PlanItem.PATIENT.id()))
          .satisfies(
              i -> {
                assertThat(i.kind()).isEqualTo(Kind.CAUTION);
                assertThat(i.text())
                    .contains("discuss: expected survival uncertain around 3 months");
              });
    }
  }

  @ParameterizedTest(name = "{0}, {1} y, {2} kg, SCr {3} -> CrCl {4}, {5} mg")
  @CsvSource({
    "MALE, 70, 70, 1.2, 56.7, 3.5",
    "FEMALE, 75, 55, 1.1, 38.4, 3.0",
    "MALE, 60, 80, 0.9, 98.8, 4.0"
  })
  void zoledronicAcid_workedExamplesOfLiverSpec11(
      Sex sex, int age, double kg, double scr, double crcl, double dose) {
    double computed =
        CockcroftGault.clearance(Age.years(age), BodyWeight.kg(kg), sex, Creatinine.mgPerDl(scr));
    assertThat(computed).isCloseTo(crcl, within(0.05));
    assertThat(ZoledronicAcidDose.milligrams(computed)).contains(dose);
    TreatmentPlan p =
        plan(
            LONG,
            base()
                .sex(sex)
                .age(Age.years(age))
                .weight(BodyWeight.kg(kg))
                .labs(
                    LabPanel.of(Creatinine.mgPerDl(scr), Albumin.gPerDl(3.8), Calcium.mgPerDl(9.4)))
                .build());
    assertThat(p.byRule("R-BTA-05"))
        .filteredOn(i -> i.kind() == Kind.DOSE)
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.text())
                    .startsWith("Zoledronic acid " + org.hccbm.core.Decimals.plain(dose) + " mg"));
  }

  @ParameterizedTest(name = "CrCl {0} -> {1}")
  @CsvSource({
    "61.0, 4.0",
    "60.9, 3.5",
    "60.0, 3.5",
    "50.0, 3.5",
    "49.9, 3.3",
    "49.5, 3.3",
    "40.0, 3.3",
    "39.9, 3.0",
    "30.0, 3.0",
    "29.9, -1",
    "0, -1"
  })
  void zoledronicAcidBands_truncateTowardTheLowerBand(double crcl, double dose) {
    assertThat(ZoledronicAcidDose.milligrams(crcl))
        .isEqualTo(dose < 0 ? Optional.empty() : Optional.of(dose));
  }

  @Test
  void zoledronicAcid_dialysisRulesItOut_missingInputsAreNamed() {
    assertThat(kinds(plan(LONG, base().onDialysis(true).build()), "R-BTA-05"))
        .containsExactly(Kind.RULED_OUT);
    TreatmentPlan noWeight =
        plan(
            LONG,
            Patient.builder("x")
                .age(Age.years(70))
                .sex(Sex.MALE)
                .labs(LabPanel.of(Creatinine.mgPerDl(1)))
                .build());
    assertThat(verdict(noWeight, Intervention.ZOLEDRONIC_ACID, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("body weight unknown");
            });
  }

  @Test
  void zoledronicAcid_crclBelow30_prefersDenosumab() {
    TreatmentPlan p =
        plan(
            LONG,
            base()
                .labs(
                    LabPanel.of(Creatinine.mgPerDl(3.0), Albumin.gPerDl(3.8), Calcium.mgPerDl(9.4)))
                .build());
    assertThat(p.byRule("R-BTA-05"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.RULED_OUT);
              assertThat(i.text()).contains("prefer denosumab");
            });
    assertThat(kinds(p, "R-BTA-04")).containsExactly(Kind.CAUTION, Kind.DOSE, Kind.CAUTION);
  }

  @Test
  void renalMonitoring_thresholdFollowsTheBaselineCreatinine() {
    assertThat(plan(LONG, base().build()).byRule("R-BTA-06").get(0).text())
        .contains("≥ 0.5 mg/dL (baseline < 1.4 mg/dL)");
    assertThat(
            plan(LONG, base().labs(LabPanel.of(Creatinine.mgPerDl(1.4))).build())
                .byRule("R-BTA-06")
                .get(0)
                .text())
        .contains("≥ 1.0 mg/dL (baseline ≥ 1.4 mg/dL)");
  }

  @Test
  void correctedCalcium_usesTheFormulaOfTheCalciumUnit() {
    CorrectedCalcium conventional = CorrectedCalcium.of(Calcium.mgPerDl(8.0), Albumin.gPerDl(2.5));
    assertThat(conventional.value()).isCloseTo(9.2, within(1e-12));
    CorrectedCalcium si = CorrectedCalcium.of(Calcium.mmolPerL(2.0), Albumin.gPerL(25));
    assertThat(si.value()).isCloseTo(2.3, within(1e-12));
    assertThat(si.formula()).contains("0.02");
  }

  @ParameterizedTest(name = "corrected calcium {0} mg/dL: low {1}, high {2}")
  @CsvSource({"8.49,true,false", "8.5,false,false", "10.5,false,false", "10.51,false,true"})
  void correctedCalciumFlags_bothSidesOfTheReferenceLimits(double mgDl, boolean low, boolean high) {
    CorrectedCalcium c = CorrectedCalcium.of(Calcium.mgPerDl(mgDl), Albumin.gPerDl(4.0));
    assertThat(c.low()).isEqualTo(low);
    assertThat(c.high()).isEqualTo(high);
  }

  @Test
  void correctedCalciumInSi_isFlaggedAfterConversionTo_mgPerDl() {
    // Convert, then compare (as for Katagiri, errata): the rounded SI limits are not cut-offs.
    // 2.61 mmol/L × 4.008 = 10.46 mg/dL (not high); 2.62 mmol/L = 10.50096 mg/dL (high).
    CorrectedCalcium notHigh = CorrectedCalcium.of(Calcium.mmolPerL(2.61), Albumin.gPerL(40));
    CorrectedCalcium high = CorrectedCalcium.of(Calcium.mmolPerL(2.62), Albumin.gPerL(40));
    assertThat(high.inMgPerDl()).isCloseTo(10.50096, within(1e-9));
    assertThat(notHigh.high()).isFalse();
    assertThat(high.high()).isTrue();
    // 2.12 mmol/L = 8.497 mg/dL (low); 2.13 mmol/L = 8.537 mg/dL (not low).
    assertThat(CorrectedCalcium.of(Calcium.mmolPerL(2.12), Albumin.gPerL(40)).low()).isTrue();
    assertThat(CorrectedCalcium.of(Calcium.mmolPerL(2.13), Albumin.gPerL(40)).low()).isFalse();
    assertThat(high.toString()).isEqualTo("2.62 mmol/L (Ca + 0.02 × (40 − albumin g/L))");
  }

  @Test
  void calcium_hypocalcaemiaAndHypercalcaemia_areFlaggedOnTheCorrectedValue() {
    TreatmentPlan low =
        plan(LONG, base().labs(LabPanel.of(Calcium.mgPerDl(7.5), Albumin.gPerDl(4.0))).build());
    assertThat(verdict(low, Intervention.CALCIUM_AND_VITAMIN_D, "patient").text())
        .contains("hypocalcaemia (below 8.5 mg/dL [M: clinical judgement]) needs correction first");
    TreatmentPlan high =
        plan(LONG, base().labs(LabPanel.of(Calcium.mgPerDl(10.2), Albumin.gPerDl(2.5))).build());
    assertThat(verdict(high, Intervention.CALCIUM_AND_VITAMIN_D, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.RULED_OUT);
              assertThat(i.text()).contains("hypercalcaemic");
            });
    assertThat(high.byRule("R-BTA-07"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("Mild hypercalcaemia"));
  }

  @Test
  void btaSpacing_whenPerformanceStatusFalls() {
    TreatmentPlan poor =
        plan(MID, base().performanceStatus(PerformanceStatus.of(Ecog.of(3))).build());
    assertThat(poor.byRule("R-BTA-09"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.contains("spacing"));
    TreatmentPlan good =
        plan(MID, base().performanceStatus(PerformanceStatus.of(Ecog.of(2))).build());
    assertThat(good.byRule("R-BTA-09"))
        .extracting(PlanItem::text)
        .noneMatch(t -> t.startsWith("Performance status has fallen"));
  }

  // --- radiotherapy

  static BoneLesion painfulSpine(SpinalLevel level, EsccGrade escc) {
    return BoneLesion.at(level.label(), level)
        .painCharacter(PainCharacter.MECHANICAL)
        .morphology(LesionMorphology.LYTIC)
        .alignment(SpinalAlignment.NORMAL)
        .collapse(VertebralCollapse.NONE)
        .posterolateral(PosterolateralInvolvement.NONE)
        .escc(escc)
        .build();
  }

  @Test
  void singleFraction_preferredForShortSurvival_andForUncomplicatedPain() {
    BoneLesion uncomplicated =
        BoneLesion.at("T7", SpinalLevel.T7)
            .painCharacter(PainCharacter.OCCASIONAL_NON_MECHANICAL)
            .morphology(LesionMorphology.BLASTIC)
            .alignment(SpinalAlignment.NORMAL)
            .collapse(VertebralCollapse.NONE)
            .posterolateral(PosterolateralInvolvement.NONE)
            .escc(EsccGrade.GRADE_0)
            .softTissueMass(false)
            .pathologicalFracture(false)
            .build();
    TreatmentPlan shortPlan = plan(SHORT, base().boneLesions(List.of(uncomplicated)).build());
    assertThat(shortPlan.byRule("R-RT-02"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("Prefer a single 8 Gy"))
        .anyMatch(t -> t.startsWith("Single 8 Gy is recommended"));
    TreatmentPlan noPain = plan(SHORT, base().build());
    assertThat(noPain.byRule("R-RT-02")).isEmpty();
  }

  @Test
  void reirradiation_onlyMoreThanOneMonthAfterTheCourse() {
    LocalDate ended = LocalDate.of(2026, 9, 1);
    BoneLesion t7 = painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_0);
    TreatmentHistory history =
        TreatmentHistory.unknown()
            .withRadiotherapy(
                List.of(new RadiotherapyCourse(SpinalLevel.T7, 8, 1, Optional.of(ended))));
    TreatmentPlan atOneMonth =
        plan(
            MID,
            base()
                .boneLesions(List.of(t7))
                .history(history)
                .assessmentDate(LocalDate.of(2026, 10, 1))
                .build());
    assertThat(verdict(atOneMonth, Intervention.REIRRADIATION, "T7").kind())
        .isEqualTo(Kind.RULED_OUT);
    TreatmentPlan after =
        plan(
            MID,
            base()
                .boneLesions(List.of(t7))
                .history(history)
                .assessmentDate(LocalDate.of(2026, 10, 2))
                .build());
    assertThat(verdict(after, Intervention.REIRRADIATION, "T7"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text()).contains("20 Gy/8").contains("cumulative dose to cord/cauda");
            });
    TreatmentPlan noDate = plan(MID, base().boneLesions(List.of(t7)).history(history).build());
    assertThat(verdict(noDate, Intervention.REIRRADIATION, "T7").kind())
        .isEqualTo(Kind.NEEDS_INFORMATION);
  }

  @Test
  void sbrt_goodPsNoSurgeryNoNeuro_isAnOption_otherwiseRuledOutOrNeedsInformation() {
    Patient good =
        base()
            .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
            .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_1A)))
            .build();
    assertThat(verdict(plan(LONG, good), Intervention.SBRT, "T7").kind()).isEqualTo(Kind.OPTION);
    assertThat(kinds(plan(LONG, good), "R-RT-05")).containsExactly(Kind.OPTION, Kind.CAUTION);
    Patient poor =
        base()
            .performanceStatus(PerformanceStatus.of(Ecog.of(2)))
            .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_1A)))
            .build();
    assertThat(kinds(plan(LONG, poor), "R-RT-05")).containsExactly(Kind.RULED_OUT);
    Patient unknownNeuro =
        Patient.builder("u")
            .performanceStatus(PerformanceStatus.of(Ecog.of(0)))
            .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_0)))
            .build();
    assertThat(kinds(plan(LONG, unknownNeuro), "R-RT-05"))
        .containsExactly(Kind.NEEDS_INFORMATION, Kind.CAUTION);
  }

  // --- surgery

  @Test
  void sinsConsultation_at7_notAt6() {
    BoneLesion six =
        BoneLesion.at("T7", SpinalLevel.T7)
            .painCharacter(PainCharacter.OCCASIONAL_NON_MECHANICAL)
            .morphology(LesionMorphology.LYTIC)
            .alignment(SpinalAlignment.NORMAL)
            .collapse(VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
            .posterolateral(PosterolateralInvolvement.UNILATERAL)
            .escc(EsccGrade.GRADE_0)
            .build();
    BoneLesion seven =
        BoneLesion.at("T7", SpinalLevel.T7)
            .painCharacter(PainCharacter.MECHANICAL)
            .morphology(LesionMorphology.MIXED)
            .alignment(SpinalAlignment.NORMAL)
            .collapse(VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
            .posterolateral(PosterolateralInvolvement.UNILATERAL)
            .escc(EsccGrade.GRADE_0)
            .build();
    assertThat(plan(LONG, base().boneLesions(List.of(six)).build()).byRule("R-SX-SINS")).isEmpty();
    assertThat(kinds(plan(LONG, base().boneLesions(List.of(seven)).build()), "R-SX-SINS"))
        .containsExactly(Kind.OPTION);
  }

  static BoneLesion humerus(PainSeverity pain, LesionMorphology m, DiameterFraction size) {
    return BoneLesion.at("humerus", LongBoneSite.of(LongBone.HUMERUS, LongBoneRegion.DIAPHYSIS))
        .painSeverity(pain)
        .morphology(m)
        .diameterFraction(size)
        .build();
  }

  @Test
  void mirels_9fixation_8judgement_7observation() {
    assertThat(
            plan(
                    LONG,
                    base()
                        .boneLesions(
                            List.of(
                                humerus(
                                    PainSeverity.FUNCTIONAL,
                                    LesionMorphology.LYTIC,
                                    DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)))
                        .build())
                .byRule("R-SX-MIRELS")
                .get(0)
                .text())
        .startsWith("Prophylactic fixation");
    assertThat(
            plan(
                    LONG,
                    base()
                        .boneLesions(
                            List.of(
                                humerus(
                                    PainSeverity.MODERATE,
                                    LesionMorphology.LYTIC,
                                    DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)))
                        .build())
                .byRule("R-SX-MIRELS")
                .get(0))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text()).contains("Mirels 8: orthopaedic judgement");
            });
    assertThat(
            kinds(
                plan(
                    LONG,
                    base()
                        .boneLesions(
                            List.of(
                                humerus(
                                    PainSeverity.MILD,
                                    LesionMorphology.LYTIC,
                                    DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)))
                        .build()),
                "R-SX-MIRELS"))
        .containsExactly(Kind.RULED_OUT);
  }

  @Test
  void surgeryBySurvival_3and6MonthThresholds() {
    BoneLesion seven =
        BoneLesion.at("T7", SpinalLevel.T7)
            .painCharacter(PainCharacter.MECHANICAL)
            .morphology(LesionMorphology.LYTIC)
            .alignment(SpinalAlignment.NORMAL)
            .collapse(VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
            .posterolateral(PosterolateralInvolvement.NONE)
            .escc(EsccGrade.GRADE_0)
            .build();
    Patient p = base().boneLesions(List.of(seven)).build();
    assertThat(kinds(plan(SHORT, p), "R-SX-01/02")).containsExactly(Kind.RULED_OUT, Kind.RULED_OUT);
    assertThat(kinds(plan(MID, p), "R-SX-01/02"))
        .containsExactly(Kind.OPTION, Kind.RULED_OUT, Kind.CAUTION);
    assertThat(verdict(plan(MID, p), Intervention.OPEN_SURGERY, "T7").text())
        .contains("expected survival < 6 months");
    assertThat(kinds(plan(LONG, p), "R-SX-01/02"))
        .containsExactly(Kind.OPTION, Kind.OPTION, Kind.CAUTION);
    assertThat(verdict(plan(LONG, p), Intervention.OPEN_SURGERY, "T7").text())
        .startsWith("Open surgery of T7: dorsal decompression and stabilisation");
    assertThat(kinds(plan(STRADDLE, p), "R-SX-01/02"))
        .contains(Kind.CAUTION)
        .doesNotContain(Kind.OPTION);
    Patient humerus =
        base()
            .boneLesions(
                List.of(
                    humerus(
                        PainSeverity.FUNCTIONAL,
                        LesionMorphology.LYTIC,
                        DiameterFraction.MORE_THAN_TWO_THIRDS)))
            .build();
    assertThat(
            verdict(plan(SHORT, humerus), Intervention.FIXATION_OR_ARTHROPLASTY, "humerus").kind())
        .isEqualTo(Kind.RULED_OUT);
    assertThat(verdict(plan(MID, humerus), Intervention.FIXATION_OR_ARTHROPLASTY, "humerus").kind())
        .isEqualTo(Kind.OPTION);
  }

  @Test
  void surgicalIndication_mirels8Indicates_mirels7DoesNot() {
    // Humerus (upper limb 1) + lytic 3 + one to two thirds 2, with moderate (2) or mild (1) pain.
    Patient eight =
        base()
            .boneLesions(
                List.of(
                    humerus(
                        PainSeverity.MODERATE,
                        LesionMorphology.LYTIC,
                        DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)))
            .build();
    Patient seven =
        base()
            .boneLesions(
                List.of(
                    humerus(
                        PainSeverity.MILD,
                        LesionMorphology.LYTIC,
                        DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)))
            .build();
    // Mirels 8 makes fixation a judgement (caution), so its post-operative RT is no option yet
    assertThat(plan(LONG, eight).byRule("R-RT-08"))
        .extracting(PlanItem::text)
        .containsExactly(
            "If humerus is operated: post-operative RT (ASTRO 2024: strong) — not "
                + "yet an option: fixation or arthroplasty has cautions to meet first");
    assertThat(plan(LONG, seven).byRule("R-RT-08")).isEmpty();
  }

  @Test
  void surgicalIndication_sins7Indicates_sins6DoesNot() {
    // T7 (rigid 1) + mechanical pain 3 + lytic 2 + normal alignment 0 + no posterolateral 0,
    // with no collapse (0) = 6, or no collapse but > 50 % of the body involved (1) = 7.
    BoneLesion six = painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_0);
    BoneLesion seven =
        BoneLesion.at("T7", SpinalLevel.T7)
            .painCharacter(PainCharacter.MECHANICAL)
            .morphology(LesionMorphology.LYTIC)
            .alignment(SpinalAlignment.NORMAL)
            .collapse(VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
            .posterolateral(PosterolateralInvolvement.NONE)
            .escc(EsccGrade.GRADE_0)
            .build();
    assertThat(plan(LONG, base().boneLesions(List.of(six)).build()).byRule("R-SX-01/02")).isEmpty();
    assertThat(plan(LONG, base().boneLesions(List.of(seven)).build()).byRule("R-SX-01/02"))
        .isNotEmpty();
  }

  @Test
  void rt09_qualityOfLife_optionFrom3Months_judgedClinicallyBelow_ebrtForModeratePain() {
    Patient moderate =
        base()
            .boneLesions(
                List.of(
                    BoneLesion.at(
                            "humerus", LongBoneSite.of(LongBone.HUMERUS, LongBoneRegion.DIAPHYSIS))
                        .painSeverity(PainSeverity.MODERATE)
                        .morphology(LesionMorphology.BLASTIC)
                        .diameterFraction(DiameterFraction.LESS_THAN_ONE_THIRD)
                        .painIntensity(org.hccbm.core.lesion.PainIntensity.nrs(4))
                        .build()))
            .build();
    Patient mild =
        base()
            .boneLesions(
                List.of(
                    humerus(
                        PainSeverity.MILD,
                        LesionMorphology.BLASTIC,
                        DiameterFraction.LESS_THAN_ONE_THIRD)))
            .build();
    assertThat(kinds(plan(MID, moderate), "R-RT-09")).containsExactly(Kind.OPTION, Kind.OPTION);
    assertThat(plan(MID, moderate).byRule("R-RT-09").get(1).text())
        .startsWith("External-beam RT is the treatment of choice");
    assertThat(kinds(plan(SHORT, moderate), "R-RT-09"))
        .containsExactly(Kind.NEEDS_INFORMATION, Kind.OPTION);
    assertThat(kinds(plan(STRADDLE, mild), "R-RT-09")).containsExactly(Kind.NEEDS_INFORMATION);
    assertThat(kinds(plan(LONG, mild), "R-RT-09")).containsExactly(Kind.OPTION);
    Patient painless =
        base()
            .boneLesions(List.of(BoneLesion.at("rib", org.hccbm.core.lesion.OtherBone.RIB).build()))
            .build();
    assertThat(plan(LONG, painless).byRule("R-RT-09")).isEmpty();
    assertThat(plan(LONG, painless).byRule("R-RT-03")).isEmpty();
    assertThat(kinds(plan(LONG, mild), "R-RT-03")).containsExactly(Kind.CAUTION);
    Patient nrs3 =
        base()
            .boneLesions(
                List.of(
                    BoneLesion.at(
                            "humerus", LongBoneSite.of(LongBone.HUMERUS, LongBoneRegion.DIAPHYSIS))
                        .painIntensity(org.hccbm.core.lesion.PainIntensity.nrs(3))
                        .build()))
            .build();
    assertThat(kinds(plan(MID, nrs3), "R-RT-09")).containsExactly(Kind.OPTION);
  }

  @Test
  void vertebralAugmentation_notWithEpiduralExtension() {
    BoneLesion clean =
        BoneLesion.at("L2", SpinalLevel.L2)
            .painCharacter(PainCharacter.MECHANICAL)
            .collapse(VertebralCollapse.UNDER_HALF)
            .morphology(LesionMorphology.LYTIC)
            .escc(EsccGrade.GRADE_0)
            .build();
    assertThat(kinds(plan(LONG, base().boneLesions(List.of(clean)).build()), "R-SX-VA"))
        .containsExactly(Kind.OPTION);
    BoneLesion epidural =
        BoneLesion.at("L2", SpinalLevel.L2)
            .painCharacter(PainCharacter.MECHANICAL)
            .collapse(VertebralCollapse.UNDER_HALF)
            .escc(EsccGrade.GRADE_1A)
            .build();
    assertThat(kinds(plan(LONG, base().boneLesions(List.of(epidural)).build()), "R-SX-VA"))
        .containsExactly(Kind.RULED_OUT);
    BoneLesion unknown =
        BoneLesion.at("L2", SpinalLevel.L2).painCharacter(PainCharacter.MECHANICAL).build();
    assertThat(kinds(plan(LONG, base().boneLesions(List.of(unknown)).build()), "R-SX-VA"))
        .containsExactly(Kind.NEEDS_INFORMATION);
  }

  // --- cord compression

  @Test
  void cordCompression_dexamethasoneAndPathway_onlyWithCompression() {
    TreatmentPlan compressed =
        plan(
            LONG,
            base()
                .frankel(FrankelGrade.D)
                .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_2)))
                .build());
    assertThat(kinds(compressed, "R-STER-01"))
        .containsExactly(Kind.OPTION, Kind.DOSE, Kind.CAUTION, Kind.CAUTION, Kind.CAUTION);
    assertThat(compressed.byRule("R-STER-01").get(3).text()).contains("R-STER-04");
    assertThat(compressed.byRule("R-STER-03")).isEmpty();
    assertThat(kinds(compressed, "R-MDT-03")).containsExactly(Kind.OPTION);
    TreatmentPlan lowGrade =
        plan(
            LONG,
            base().boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_1C))).build());
    assertThat(lowGrade.byRule("R-STER-01")).isEmpty();
    assertThat(lowGrade.byRule("R-RT-05").get(0).text()).contains("low-grade epidural disease");
  }

  @Test
  void compressionOnImagingWithoutNeurologicalSigns_noRoutineSteroids_theConflictIsStated() {
    Patient.Builder compressed =
        base().boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_2)));
    TreatmentPlan frankelE = plan(LONG, compressed.frankel(FrankelGrade.E).build());
    assertThat(frankelE.byRule("R-STER-01")).isEmpty();
    assertThat(frankelE.byRule("R-STER-03"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text())
                  .contains("NICE does not give dexamethasone routinely")
                  .contains("R-RT-07");
            });
    assertThat(kinds(frankelE, "R-MDT-03")).containsExactly(Kind.OPTION);
    TreatmentPlan neuroUnknown =
        plan(
            LONG,
            Patient.builder("u")
                .age(Age.years(70))
                .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_3)))
                .build());
    assertThat(neuroUnknown.byRule("R-STER-01")).isEmpty();
    assertThat(kinds(neuroUnknown, "R-STER-03")).containsExactly(Kind.NEEDS_INFORMATION);
    TreatmentPlan noCompression =
        plan(
            LONG,
            base()
                .frankel(FrankelGrade.E)
                .boneLesions(List.of(painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_1C)))
                .build());
    assertThat(noCompression.byRule("R-STER-03")).isEmpty();
  }

  @Test
  void suspectedCompression_deficitWithASpinalLesionOfUnknownEscc_getsSteroidsAndThePathway() {
    BoneLesion spineEsccUnknown = BoneLesion.at("T7", SpinalLevel.T7).build();
    BoneLesion spineEscc0 = BoneLesion.at("T7", SpinalLevel.T7).escc(EsccGrade.GRADE_0).build();
    BoneLesion rib = BoneLesion.at("rib", org.hccbm.core.lesion.OtherBone.RIB).build();

    TreatmentPlan suspected =
        plan(LONG, base().frankel(FrankelGrade.D).boneLesions(List.of(spineEsccUnknown)).build());
    assertThat(kinds(suspected, "R-STER-01")).contains(Kind.DOSE);
    assertThat(kinds(suspected, "R-MDT-03")).containsExactly(Kind.OPTION);

    TreatmentPlan excluded =
        plan(LONG, base().frankel(FrankelGrade.D).boneLesions(List.of(spineEscc0)).build());
    assertThat(excluded.byRule("R-STER-01")).isEmpty();
    assertThat(excluded.byRule("R-MDT-03")).isEmpty();

    TreatmentPlan notSpinal =
        plan(LONG, base().frankel(FrankelGrade.D).boneLesions(List.of(rib)).build());
    assertThat(notSpinal.byRule("R-STER-01")).isEmpty();

    TreatmentPlan noDeficit =
        plan(LONG, base().frankel(FrankelGrade.E).boneLesions(List.of(spineEsccUnknown)).build());
    assertThat(noDeficit.byRule("R-STER-01")).isEmpty();
    assertThat(noDeficit.byRule("R-MDT-03")).isEmpty();

    TreatmentPlan neuroUnknown =
        plan(
            LONG,
            Patient.builder("u").age(Age.years(70)).boneLesions(List.of(spineEsccUnknown)).build());
    assertThat(neuroUnknown.byRule("R-STER-01")).isEmpty();
    assertThat(kinds(neuroUnknown, "R-MDT-03")).containsExactly(Kind.NEEDS_INFORMATION);
  }

  @Test
  void patchell_singleArea_survival3Months() {
    Patient one =
        base()
            .boneLesions(
                List.of(
                    painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_2),
                    painfulSpine(SpinalLevel.T8, EsccGrade.GRADE_3)))
            .build();
    assertThat(kinds(plan(MID, one), "R-MSCC-01")).containsExactly(Kind.OPTION, Kind.OPTION);
    assertThat(kinds(plan(SHORT, one), "R-MSCC-01"))
        .containsExactly(Kind.RULED_OUT, Kind.RULED_OUT);
    assertThat(kinds(plan(STRADDLE, one), "R-MSCC-01")).containsExactly(Kind.CAUTION, Kind.CAUTION);
    Patient two =
        base()
            .boneLesions(
                List.of(
                    painfulSpine(SpinalLevel.T7, EsccGrade.GRADE_2),
                    painfulSpine(SpinalLevel.L2, EsccGrade.GRADE_2)))
            .build();
    assertThat(plan(MID, two).byRule("R-MSCC-01").get(0).text()).contains("more than one area");
  }

  // --- primary, symptoms, team

  @Test
  void intrahepaticControl_unknownSaysSo() {
    Patient unknown =
        base()
            .primary(
                PrimaryHcc.builder()
                    .intrahepatic(IntrahepaticTumour.of(Diameter.cm(3)))
                    .macrovascularInvasion(false)
                    .build())
            .build();
    assertThat(kinds(plan(LONG, unknown), "R-PRIM-01")).containsExactly(Kind.NEEDS_INFORMATION);
  }

  @Test
  void whoLadder_stepFollowsTheWorstPainIntensity() {
    BoneLesion nrs5 =
        BoneLesion.at("rib", org.hccbm.core.lesion.OtherBone.RIB)
            .painIntensity(org.hccbm.core.lesion.PainIntensity.nrs(5))
            .build();
    assertThat(
            plan(LONG, base().boneLesions(List.of(nrs5)).build()).byRule("R-PAIN-01").get(0).text())
        .contains("WHO step 2");
    assertThat(kinds(plan(LONG, base().boneLesions(List.of(nrs5)).build()), "R-PAIN-02"))
        .containsExactly(Kind.CAUTION, Kind.CAUTION);
    assertThat(plan(LONG, base().build()).byRule("R-PAIN-01")).isEmpty();
  }

  @Test
  void team_coreAlways_neuroOnlyWithDeficit() {
    TreatmentPlan plain = plan(LONG, base().build());
    assertThat(plain.byRule("R-MDT-01")).hasSize(6);
    assertThat(plain.items(Domain.TEAM))
        .extracting(PlanItem::text)
        .noneMatch(t -> t.startsWith("neurologist"));
    TreatmentPlan deficit = plan(LONG, base().frankel(FrankelGrade.C).build());
    assertThat(deficit.items(Domain.TEAM))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("neurologist"));
  }

  @Test
  void missingSurvivalNeverSilentlyEnablesOrDisables() {
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(Patient.builder("empty").build());
    assertThat(p.survival().atLeast(3)).isEmpty();
    assertThat(verdictKind(p, Intervention.ZOLEDRONIC_ACID)).isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient").text())
        .contains("expected survival (no prognostic model could be computed");
    assertThat(p.items(Domain.TEAM)).extracting(PlanItem::kind).contains(Kind.NEEDS_INFORMATION);
  }
}
