package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.models.treatment.ConstructedPatients.base;
import static org.hccbm.models.treatment.ConstructedPatients.labs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticDrugClass;
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
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainIntensity;
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
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Complete;
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.hccbm.models.Models;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Planner-safety spec PS-1 … PS-35: one test per requirement, named after it, and the constructed
 * patients of §9, each asserting that what the tumour board found wrong is gone.
 */
class PlannerSafetyTest {
  static TreatmentPlan plan(Patient p) {
    return TreatmentPlanner.DEFAULT.plan(p);
  }

  static PlanItem verdict(TreatmentPlan p, Intervention i, String subject) {
    return TreatmentRulesTest.verdict(p, i, subject);
  }

  static Optional<PlanItem> maybeVerdict(TreatmentPlan p, Intervention i, String subject) {
    return p.items().stream()
        .filter(
            x ->
                x.isVerdict()
                    && x.intervention().orElseThrow() == i
                    && x.subject().id().equals(subject))
        .findFirst();
  }

  static List<String> texts(TreatmentPlan p) {
    return p.items().stream().map(PlanItem::text).toList();
  }

  /** A patient with every gate known to pass for a mechanical-pain T12 lesion without ESCC. */
  static Patient.Builder ready(BoneLesion... lesions) {
    return base("ready")
        .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
        .frankel(FrankelGrade.E)
        .antithromboticTherapy(AntithromboticTherapy.none())
        .history(
            TreatmentHistory.unknown().withPriorSystemicTherapy(false).withRadiotherapy(List.of()))
        .boneLesions(List.of(lesions));
  }

  static BoneLesion t12Mechanical() {
    return BoneLesion.at("T12", SpinalLevel.T12)
        .painCharacter(PainCharacter.MECHANICAL)
        .collapse(VertebralCollapse.NONE)
        .escc(EsccGrade.GRADE_0)
        .build();
  }

  static BoneLesion neck() {
    return BoneLesion.at("L femur", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.FEMORAL_NECK))
        .morphology(LesionMorphology.LYTIC)
        .painSeverity(PainSeverity.MODERATE)
        .diameterFraction(DiameterFraction.MORE_THAN_TWO_THIRDS)
        .build();
  }

  // ------------------------------------------------------------------ §1 gates

  @ParameterizedTest(name = "INR {0}, platelets {1} → {2}")
  @CsvSource({"1.5, 50, OPTION", "1.51, 50, CAUTION", "1.5, 49.9, CAUTION", "2.1, 42, CAUTION"})
  void ps01_haemostasis_inrAbove1point5OrPlateletsBelow50_correctFirst(
      double inr, double plt, Kind kind) {
    TreatmentPlan p =
        plan(
            ready(t12Mechanical())
                .labs(labs(Inr.ratio(inr), Platelets.thousandPerUl(plt)))
                .build());
    PlanItem augmentation = verdict(p, Intervention.VERTEBRAL_AUGMENTATION, "T12");
    assertThat(augmentation.kind()).isEqualTo(kind);
    if (kind == Kind.CAUTION) {
      assertThat(augmentation.text())
          .contains("correct before the procedure")
          .contains("uncorrectable coagulopathy is an absolute contraindication");
    }
  }

  @Test
  void ps01_haemostasis_unknownInrOrPlatelets_needsInformationNamingThem() {
    TreatmentPlan p =
        plan(ready(t12Mechanical()).labs(LabPanel.of(Bilirubin.mgPerDl(1.0))).build());
    assertThat(verdict(p, Intervention.VERTEBRAL_AUGMENTATION, "T12"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("INR and platelet count");
            });
  }

  @Test
  void ps01_oneAbnormalValue_neverHidesTheOtherBeingUnknown() {
    TreatmentPlan p = plan(ready(t12Mechanical()).labs(LabPanel.of(Inr.ratio(1.8))).build());
    assertThat(verdict(p, Intervention.VERTEBRAL_AUGMENTATION, "T12"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("platelet count").contains("INR 1.8 > 1.5");
            });
  }

  @Test
  void ps01to03_locoregionalLiverTherapy_isGatedLikeAnyCatheterOrNeedleProcedure() {
    assertThat(TreatmentPlanner.preconditions().get(Intervention.LOCOREGIONAL_LIVER_THERAPY))
        .contains(Gate.HAEMOSTASIS, Gate.ANTITHROMBOTICS, Gate.LIVER_FUNCTION);
  }

  @Test
  void ps03_aBoundedMeldThatCouldReach20_needsInformation_notJudgedByItsLowestValue() {
    // creatinine unknown: Child–Pugh is still A, but MELD ranges up to the creatinine cap (≥ 20)
    List<org.hccbm.core.lab.LabValue> labs =
        new java.util.ArrayList<>(ConstructedPatients.baseLabs().values());
    labs.removeIf(v -> v.analyte() == org.hccbm.core.lab.Analyte.CREATININE);
    TreatmentPlan p = plan(ready(neck()).labs(LabPanel.of(labs)).build());
    assertThat(verdict(p, Intervention.FIXATION_OR_ARTHROPLASTY, "L femur"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("MELD (its unknown inputs could make it 20 or more");
            });
  }

  @Test
  void ps06_patchellWithFrankelUnknown_needsTheFrankelGrade() {
    Patient known = ConstructedPatients.base("frankel").build();
    Patient p =
        new Patient(
            known.id(),
            known.assessmentDate(),
            known.age(),
            known.sex(),
            known.weight(),
            known.performanceStatus(),
            known.performanceStatusCancerRelated(),
            known.labs(),
            known.liver(),
            known.onDialysis(),
            known.primary(),
            known.extraskeletalMetastases(),
            known.boneLesions(),
            Observed.unknown(),
            known.asia(),
            known.history(),
            known.antithromboticTherapy());
    PlanItem surgery = verdict(plan(p), Intervention.OPEN_SURGERY, "T9");
    assertThat(surgery.kind()).isIn(Kind.NEEDS_INFORMATION, Kind.RULED_OUT);
    assertThat(surgery.text()).contains("the Frankel grade");
    assertThat(verdict(plan(known), Intervention.OPEN_SURGERY, "T9").text())
        .doesNotContain("the Frankel grade");
  }

  @Test
  void ps28_noPostoperativeSrsOffered_whereSbrtsPerformanceGateFails() {
    // ECOG 2 with ESCC 3 at T9: SBRT is ruled out, so the Patchell item offers no SRS
    TreatmentPlan ecog2 = plan(ConstructedPatients.base("ecog2").build());
    assertThat(verdict(ecog2, Intervention.SBRT, "T9").kind()).isEqualTo(Kind.RULED_OUT);
    assertThat(verdict(ecog2, Intervention.OPEN_SURGERY, "T9").text())
        .doesNotContain("or SRS (NOMS")
        .contains("only if the SBRT item for T9 allows it");
    TreatmentPlan ecog1 =
        plan(
            ConstructedPatients.base("ecog1")
                .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
                .build());
    assertThat(verdict(ecog1, Intervention.OPEN_SURGERY, "T9").text()).contains("or SRS (NOMS");
  }

  @Test
  void ps02_antithrombotics_unknownAsks_knownGivesAPlanForItsClass_noneLetsItPass() {
    Patient.Builder b = ready(t12Mechanical());
    assertThat(verdict(plan(b.build()), Intervention.VERTEBRAL_AUGMENTATION, "T12").kind())
        .isEqualTo(Kind.OPTION);
    PlanItem doac =
        verdict(
            plan(
                b.antithromboticTherapy(
                        AntithromboticTherapy.of(
                            Optional.of(LocalDate.of(2026, 11, 29)),
                            AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT))
                    .build()),
            Intervention.VERTEBRAL_AUGMENTATION,
            "T12");
    assertThat(doac.kind()).isEqualTo(Kind.CAUTION);
    assertThat(doac.text())
        .contains("peri-procedural plan for direct oral anticoagulant, last " + "dose 2026-11-29");
    Patient unknown =
        new Patient(
            "u",
            Optional.of(ConstructedPatients.ASSESSED),
            b.build().age(),
            b.build().sex(),
            b.build().weight(),
            b.build().performanceStatus(),
            b.build().performanceStatusCancerRelated(),
            b.build().labs(),
            b.build().liver(),
            b.build().onDialysis(),
            b.build().primary(),
            b.build().extraskeletalMetastases(),
            b.build().boneLesions(),
            b.build().frankel(),
            b.build().asia(),
            b.build().history());
    assertThat(verdict(plan(unknown), Intervention.VERTEBRAL_AUGMENTATION, "T12"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text())
                  .contains("antithrombotic therapy (none, antiplatelet or anticoagulant");
            });
  }

  @Test
  void ps03_liverFunction_childPughAorBorC_prohibitiveCautionForC() {
    Patient.Builder a = ready(neck()).performanceStatus(PerformanceStatus.of(Ecog.of(1)));
    assertThat(verdict(plan(a.build()), Intervention.FIXATION_OR_ARTHROPLASTY, "L femur").kind())
        .isEqualTo(Kind.OPTION);
    // B: bilirubin 2.5 (2) + albumin 2.9 (2) + INR 1.0 (1) + no ascites (1) + no HE (1) = 7
    PlanItem b =
        verdict(
            plan(a.labs(labs(Bilirubin.mgPerDl(2.5), Albumin.gPerDl(2.9))).build()),
            Intervention.FIXATION_OR_ARTHROPLASTY,
            "L femur");
    assertThat(b.kind()).isEqualTo(Kind.CAUTION);
    assertThat(b.text()).contains("raised peri-operative risk");
    PlanItem c =
        verdict(plan(ConstructedPatients.p1()), Intervention.FIXATION_OR_ARTHROPLASTY, "R femur");
    assertThat(c.text())
        .contains("prohibitive peri-operative risk")
        .contains("non-operative " + "alternatives first");
    PlanItem unknown =
        verdict(
            plan(
                a.labs(
                        LabPanel.of(
                            Bilirubin.mgPerDl(1.0), Inr.ratio(1.0), Platelets.thousandPerUl(200)))
                    .build()),
            Intervention.FIXATION_OR_ARTHROPLASTY,
            "L femur");
    assertThat(unknown.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(unknown.text()).contains("Child–Pugh class");
  }

  @ParameterizedTest(name = "creatinine {0} mg/dL → MELD {1}")
  @CsvSource({"1.6, 11, OPTION", "1.7, 12, CAUTION", "3.8, 19, CAUTION", "4.0, 20, CAUTION"})
  void ps03_liverFunction_meld12and20_onBothSides(double creatinine, int meld, Kind kind) {
    Patient p = ready(neck()).labs(labs(Creatinine.mgPerDl(creatinine))).build();
    Complete m = Meld.INSTANCE.evaluate(Meld.INSTANCE.inputFrom(p)).asComplete();
    assertThat(m.totalValue()).isEqualTo(meld);
    PlanItem fixation = verdict(plan(p), Intervention.FIXATION_OR_ARTHROPLASTY, "L femur");
    assertThat(fixation.kind()).isEqualTo(kind);
    if (meld >= 20) {
      assertThat(fixation.text()).contains("prohibitive");
    } else if (meld >= 12) {
      assertThat(fixation.text()).contains("raised peri-operative risk");
    }
  }

  @Test
  void ps04_survivalGate_belowThresholdRulesOut_straddleIsDiscussed() {
    Patient p = ready(neck()).build();
    assertThat(
            verdict(
                    TreatmentRulesTest.plan(TreatmentRulesTest.SHORT, p),
                    Intervention.FIXATION_OR_ARTHROPLASTY,
                    "L femur")
                .kind())
        .isEqualTo(Kind.RULED_OUT);
    assertThat(
            verdict(
                    TreatmentRulesTest.plan(TreatmentRulesTest.MID, p),
                    Intervention.FIXATION_OR_ARTHROPLASTY,
                    "L femur")
                .kind())
        .isEqualTo(Kind.OPTION);
    assertThat(
            verdict(
                    TreatmentRulesTest.plan(TreatmentRulesTest.STRADDLE, p),
                    Intervention.FIXATION_OR_ARTHROPLASTY,
                    "L femur")
                .text())
        .contains("discuss: expected survival uncertain around 3 months");
  }

  // ------------------------------------------------------------------ §2 prior RT

  @Test
  void ps05_priorRtToTheSameOrAdjacentSegment_makesEveryRtItemAReirradiation() {
    TreatmentPlan p3b = plan(ConstructedPatients.p3b());
    assertThat(verdict(p3b, Intervention.SBRT, "L4").text())
        .contains("30 Gy/10 to L4 " + "(2026-05-01)")
        .contains("cumulative dose to cord/cauda to be planned")
        .contains("SBRT re-irradiation is a specialist decision");
    assertThat(verdict(p3b, Intervention.REIRRADIATION, "L4").text()).contains("20 Gy/8");
    assertThat(maybeVerdict(p3b, Intervention.EBRT, "L4")).isEmpty();
    BoneLesion l4 = ConstructedPatients.p3Lesion(SpinalLevel.L4, PosterolateralInvolvement.NONE);
    TreatmentPlan adjacent =
        plan(
            ready(l4)
                .history(
                    TreatmentHistory.unknown()
                        .withRadiotherapy(
                            List.of(
                                new RadiotherapyCourse(
                                    SpinalLevel.L3, 8, 1, Optional.of(LocalDate.of(2026, 1, 1))))))
                .build());
    assertThat(verdict(adjacent, Intervention.REIRRADIATION, "L4").text()).contains("8 Gy/1 to L3");
    TreatmentPlan twoAway =
        plan(
            ready(l4)
                .history(
                    TreatmentHistory.unknown()
                        .withRadiotherapy(
                            List.of(
                                new RadiotherapyCourse(
                                    SpinalLevel.L2, 8, 1, Optional.of(LocalDate.of(2026, 1, 1))))))
                .build());
    assertThat(verdict(twoAway, Intervention.EBRT, "L4").kind()).isEqualTo(Kind.OPTION);
    assertThat(verdict(plan(ConstructedPatients.p3()), Intervention.EBRT, "L2").text())
        .contains("needs: radiotherapy history of L2 and adjacent segments");
  }

  @Test
  void ps06_patchellExclusions_caudaEquina_priorRt_frankelAandB_multipleAreas() {
    PlanItem p9 = verdict(plan(ConstructedPatients.p9()), Intervention.OPEN_SURGERY, "L3");
    assertThat(p9.text())
        .contains("cauda equina or nerve roots only at L3")
        .contains("30 Gy/10 after surgery is not possible");
    for (FrankelGrade f : List.of(FrankelGrade.A, FrankelGrade.B)) {
      assertThat(
              verdict(plan(base("f").frankel(f).build()), Intervention.OPEN_SURGERY, "T9").text())
          .contains("how long the motor-complete paraplegia (Frankel " + f + ")")
          .contains("beyond 48 h the Patchell evidence does not apply");
    }
    assertThat(verdict(plan(base("c").build()), Intervention.OPEN_SURGERY, "T9").text())
        .doesNotContain("paraplegia")
        .doesNotContain("Patchell evidence does not apply");
    BoneLesion l1 =
        BoneLesion.at("L1", SpinalLevel.L1)
            .painCharacter(PainCharacter.MECHANICAL)
            .escc(EsccGrade.GRADE_2)
            .build();
    assertThat(
            verdict(
                    plan(base("l1").boneLesions(List.of(l1)).build()),
                    Intervention.OPEN_SURGERY,
                    "L1")
                .text())
        .contains("conus level assumed L1/L2")
        .doesNotContain("cauda equina or nerve roots only");
    assertThat(verdict(plan(ConstructedPatients.p2()), Intervention.OPEN_SURGERY, "T10").text())
        .contains("compression at more than one area");
  }

  /** A Frankel C patient with every surgical gate known to pass and one compressing lesion. */
  static Patient.Builder operable(BoneLesion lesion, List<RadiotherapyCourse> rt) {
    return ready(lesion)
        .frankel(FrankelGrade.C)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false).withRadiotherapy(rt));
  }

  static BoneLesion compressing(String id, SpinalLevel level) {
    return BoneLesion.at(id, level)
        .painCharacter(PainCharacter.MECHANICAL)
        .collapse(VertebralCollapse.NONE)
        .escc(EsccGrade.GRADE_3)
        .build();
  }

  @Test
  void ps06_patchellExclusion_neverRulesSurgeryOut_theEvidenceDoesNotApply_surgeonsJudgement() {
    // within the criteria (T9, no prior RT): the trial-based option with 30 Gy/10
    PlanItem within =
        verdict(
            plan(operable(compressing("T9", SpinalLevel.T9), List.of()).build()),
            Intervention.OPEN_SURGERY,
            "T9");
    assertThat(within.kind()).isEqualTo(Kind.OPTION);
    assertThat(within.text())
        .contains("within 24 h")
        .contains("30 Gy in 10 fractions (Patchell)")
        .doesNotContain("does not apply");
    // each exclusion alone: a caution saying the evidence does not apply, never ruled out
    TreatmentPlan cauda = plan(operable(compressing("L3", SpinalLevel.L3), List.of()).build());
    TreatmentPlan irradiated =
        plan(
            operable(
                    compressing("T9", SpinalLevel.T9),
                    List.of(
                        new RadiotherapyCourse(
                            SpinalLevel.T9, 30, 10, Optional.of(LocalDate.of(2026, 5, 1)))))
                .build());
    TreatmentPlan twoAreas =
        plan(
            ready(compressing("T4", SpinalLevel.T4), compressing("T9", SpinalLevel.T9))
                .frankel(FrankelGrade.C)
                .build());
    for (var c :
        List.of(
            Map.entry(cauda, "L3"),
            Map.entry(irradiated, "T9"),
            Map.entry(twoAreas, "T9"),
            Map.entry(twoAreas, "T4"))) {
      PlanItem item = verdict(c.getKey(), Intervention.OPEN_SURGERY, c.getValue());
      assertThat(item.kind()).as(item.text()).isEqualTo(Kind.CAUTION);
      assertThat(item.text())
          .contains("the Patchell evidence does not apply (")
          .contains("decompression is the spine surgeon's judgement")
          .doesNotContain("within 24 h")
          .doesNotContain("30 Gy in 10 fractions");
    }
    assertThat(verdict(irradiated, Intervention.OPEN_SURGERY, "T9").text())
        .contains("post-operative RT only as a re-irradiation");
    // its dependents stand with it (PS-28): post-operative RT for the operated level
    assertThat(cauda.byRule("R-RT-08")).extracting(i -> i.subject().id()).contains("L3");
  }

  // ------------------------------------------------------------------ §3 calcium and BTAs

  @Test
  void ps07_hypercalcaemiaOfMalignancyAtTopOfPlan() {
    TreatmentPlan p = plan(ConstructedPatients.p5());
    assertThat(p.items().get(0).domain()).isEqualTo(Domain.URGENT);
    assertThat(p.items().get(0).text())
        .startsWith("Hypercalcaemia of malignancy (severe)")
        .contains("IV isotonic fluids")
        .contains("calcitonin");
    assertThat(texts(p))
        .anyMatch(
            t ->
                t.contains(
                    "4 mg as a single infusion over ≥ 15 min, "
                        + "retreatment no sooner than 7 days"));
    assertThat(verdict(p, Intervention.CALCIUM_AND_VITAMIN_D, "patient").kind())
        .isEqualTo(Kind.RULED_OUT);
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient").text())
        .contains("do not delay it");
    assertThat(texts(p))
        .anyMatch(
            t ->
                t.startsWith("Dental review")
                    && t.contains("does not " + "delay treatment of hypercalcaemia of malignancy"));
    assertThat(p.render().indexOf("Urgent")).isLessThan(p.render().indexOf("Bone-targeting"));
  }

  @ParameterizedTest(name = "corrected calcium {0} {1}: HCM {2}, severe {3}")
  @CsvSource({
    "11.99, mg/dL, false, false",
    "12.0, mg/dL, true, false",
    "14.0, mg/dL, true, false",
    "14.01, mg/dL, true, true",
    "2.99, mmol/L, false, false",
    "3.0, mmol/L, true, false",
    "3.5, mmol/L, true, false",
    "3.51, mmol/L, true, true"
  })
  void ps07_hypercalcaemiaThresholds_bothSides(
      double value, String unit, boolean hcm, boolean severe) {
    CorrectedCalcium cc = CorrectedCalcium.of(Calcium.of(value, unit), Albumin.gPerDl(4.0));
    assertThat(cc.hypercalcaemiaOfMalignancy()).isEqualTo(hcm);
    assertThat(cc.severe()).isEqualTo(severe);
    TreatmentPlan p =
        plan(
            ready(t12Mechanical())
                .labs(labs(Calcium.of(value, unit), Albumin.gPerDl(4.0)))
                .build());
    assertThat(p.byRule("R-HCM-01")).hasSize(hcm ? 3 : 0);
  }

  @ParameterizedTest(name = "creatinine {0} mg/dL → zoledronic acid for HCM {1}")
  @CsvSource({"2.0, OPTION", "2.01, CAUTION"})
  void ps07_zoledronicAcidForHypercalcaemia_weighsAKnownCrClBelow30_neverAPlainOption(
      double creatinine, Kind kind) {
    // 68 years, 60 kg, male: CrCl 30.0 at 2.0 mg/dL, 29.85 at 2.01; corrected calcium 14.5 mg/dL
    TreatmentPlan p =
        plan(
            ready(t12Mechanical())
                .age(Age.years(68))
                .weight(BodyWeight.kg(60))
                .labs(
                    labs(
                        Creatinine.mgPerDl(creatinine), Calcium.mgPerDl(14.5), Albumin.gPerDl(4.0)))
                .build());
    PlanItem za =
        p.items(Domain.URGENT).stream()
            .filter(i -> i.text().startsWith("Zoledronic acid for hypercalcaemia of malignancy"))
            .findFirst()
            .orElseThrow();
    assertThat(za.kind()).isEqualTo(kind);
    if (kind == Kind.CAUTION) {
      assertThat(za.text()).contains("< 30").contains("denosumab is the agent in renal failure");
    }
  }

  @ParameterizedTest(name = "creatinine {0} mg/dL, dialysis {1} → {2}")
  @CsvSource({"2.0, false, OPTION", "2.01, false, CAUTION", "1.0, true, CAUTION"})
  void ps08_denosumabWithCrClBelow30OrDialysis_carriesTheLabelsHypocalcaemiaWarning(
      double creatinine, boolean dialysis, Kind kind) {
    // 68 years, 60 kg, male: CrCl = 72 × 60 / (72 × SCr) = 30.0 at 2.0 mg/dL, 29.85 at 2.01
    TreatmentPlan p =
        plan(
            ready(t12Mechanical())
                .age(Age.years(68))
                .weight(BodyWeight.kg(60))
                .onDialysis(dialysis)
                .labs(labs(Creatinine.mgPerDl(creatinine)))
                .build());
    PlanItem d = verdict(p, Intervention.DENOSUMAB, "patient");
    assertThat(d.kind()).isEqualTo(kind);
    List<String> dose =
        p.byRule("R-BTA-04").stream()
            .filter(i -> i.kind() == Kind.DOSE)
            .map(PlanItem::text)
            .toList();
    if (kind == Kind.CAUTION) {
      assertThat(d.text())
          .contains("severe symptomatic hypocalcaemia, fatal cases reported")
          .contains("magnesium and 25-OH vitamin D")
          .contains("nephrology");
      assertThat(dose)
          .singleElement()
          .asString()
          .doesNotContain("(no renal dose adjustment)")
          .contains("see the severe-hypocalcaemia warning");
    } else {
      assertThat(dose)
          .containsExactly("Denosumab 120 mg SC every 4 weeks (no renal dose " + "adjustment)");
    }
  }

  @Test
  void ps09_monitoringAndDoseFollowTheirDrugsVerdict() {
    TreatmentPlan p6 = plan(ConstructedPatients.p6());
    assertThat(verdict(p6, Intervention.ZOLEDRONIC_ACID, "patient").kind())
        .isEqualTo(Kind.RULED_OUT);
    assertThat(p6.byRule("R-BTA-06")).isEmpty();
    assertThat(p6.byRule("R-BTA-05")).hasSize(1);
    assertThat(plan(ConstructedPatients.p3()).byRule("R-BTA-06")).hasSize(1);
  }

  @Test
  void ps10_hypocalcaemia_btaOnlyAfterCorrection() {
    TreatmentPlan p = plan(ConstructedPatients.p10());
    for (Intervention bta : List.of(Intervention.ZOLEDRONIC_ACID, Intervention.DENOSUMAB)) {
      assertThat(verdict(p, bta, "patient"))
          .satisfies(
              i -> {
                assertThat(i.kind()).isEqualTo(Kind.CAUTION);
                assertThat(i.text())
                    .contains("correct the hypocalcaemia before the first dose")
                    .contains("maintenance supplements are not a correction");
              });
    }
    assertThat(p.items())
        .noneMatch(
            i -> i.kind() == Kind.OPTION && i.text().contains("from diagnosis of bone metastasis"));
  }

  @Test
  void ps11_cockcroftGaultInCirrhosis_caveatBesideEveryCrClDose() {
    TreatmentPlan p = plan(ConstructedPatients.p1());
    assertThat(p.byRule("R-BTA-05"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("Zoledronic acid 4 mg"))
        .anyMatch(
            t ->
                t.contains("consider a measured GFR or creatinine clearance")
                    && t.contains("dry weight"));
  }

  @Test
  void ps11_everyDenosumabDecisionOnACockcroftGaultClearance_carriesTheCirrhosisCaveat() {
    // CrCl 73.9 (P1, no warning) and 24.6 (P6, the hypocalcaemia warning): both rest on CG
    for (Patient p : List.of(ConstructedPatients.p1(), ConstructedPatients.p6())) {
      assertThat(plan(p).byRule("R-BTA-04"))
          .as(p.id())
          .anySatisfy(
              i -> {
                assertThat(i.dependsOn()).containsExactly(Intervention.DENOSUMAB);
                assertThat(i.text())
                    .contains(
                        "Cockcroft–Gault estimate, which overestimates renal "
                            + "function in cirrhosis")
                    .contains("consider a measured GFR or creatinine clearance")
                    .contains("Scappaticci GB, Regal RE. World J Hepatol 2017");
              });
    }
    // on dialysis the decision does not rest on an estimated clearance; nor without creatinine
    assertThat(plan(base("dialysis").onDialysis(true).build()).byRule("R-BTA-04"))
        .noneMatch(i -> i.text().contains("Cockcroft–Gault estimate"));
    assertThat(
            plan(base("noCr")
                    .labs(
                        LabPanel.of(
                            ConstructedPatients.baseLabs().values().stream()
                                .filter(v -> !(v instanceof Creatinine))
                                .toList()))
                    .build())
                .byRule("R-BTA-04"))
        .noneMatch(i -> i.text().contains("Cockcroft–Gault estimate"));
    // the hypercalcaemia pathway's choice between the agents reads the same estimate
    assertThat(plan(ConstructedPatients.p5()).items(Domain.URGENT))
        .extracting(PlanItem::text)
        .anyMatch(
            t ->
                t.startsWith("Zoledronic acid for hypercalcaemia of malignancy")
                    && t.contains("Cockcroft–Gault estimate, which overestimates renal function"));
  }

  // ------------------------------------------------------------------ §4 survival

  @Test
  void ps12_childPughCorBclcD_capsAGeneralScoresBand() {
    Patient femurOnly =
        new Patient(
            "cap",
            Optional.of(ConstructedPatients.ASSESSED),
            ConstructedPatients.p1().age(),
            ConstructedPatients.p1().sex(),
            ConstructedPatients.p1().weight(),
            ConstructedPatients.p1().performanceStatus(),
            ConstructedPatients.p1().performanceStatusCancerRelated(),
            ConstructedPatients.p1().labs(),
            ConstructedPatients.p1().liver(),
            ConstructedPatients.p1().onDialysis(),
            ConstructedPatients.p1().primary(),
            ConstructedPatients.p1().extraskeletalMetastases(),
            org.hccbm.core.Observed.of(
                List.of(ConstructedPatients.p1().boneLesions().known().orElseThrow().get(0))),
            ConstructedPatients.p1().frankel(),
            ConstructedPatients.p1().asia(),
            ConstructedPatients.p1().history());
    // without the HCC-specific score (and Tokuhashi, spinal only), new Katagiri gives ≥ 6 months
    List<Models.Evaluation> e =
        Models.evaluate(femurOnly).stream()
            .filter(x -> !x.model().id().equals("hcc-sm-gpa"))
            .toList();
    SurvivalEstimate used = SurvivalPolicies.HCC_SPECIFIC_FIRST.estimate(e);
    assertThat(used.modelId()).isEqualTo("katagiri-new");
    assertThat(used.bands()).doesNotContain(SurvivalBand.AT_LEAST_6_MONTHS);
    assertThat(used.basisText()).contains("capped below 6 months by Child–Pugh C and BCLC D");
    assertThat(SurvivalPolicies.poorLiver(Models.evaluate(ConstructedPatients.p3()))).isEmpty();
  }

  @Test
  void ps12_childPughCorBclcD_capsAGeneralScoresBand_throughARealPatient() {
    // P1 with its femur lesion only, ECOG and primary control unrecorded: HCC-SM GPA reaches all
    // three groups (no estimate), Tokuhashi is spinal only, so the policy falls to new Katagiri
    // (intermediate: ≥ 6 months), which Child–Pugh C and BCLC D cap — no substituted evaluation
    Patient p1 = ConstructedPatients.p1();
    Patient femur =
        p1.toBuilder()
            .id("cap")
            .boneLesions(List.of(p1.boneLesions().known().orElseThrow().get(0)))
            .primary(
                PrimaryHcc.builder()
                    .intrahepatic(
                        IntrahepaticTumour.of(
                            org.hccbm.core.Diameter.cm(3), org.hccbm.core.Diameter.cm(2)))
                    .macrovascularInvasion(false)
                    .ajccN(AjccN.N0)
                    .build())
            .build();
    Patient real =
        new Patient(
            "cap",
            femur.assessmentDate(),
            femur.age(),
            femur.sex(),
            femur.weight(),
            Observed.unknown(),
            femur.performanceStatusCancerRelated(),
            femur.labs(),
            femur.liver(),
            femur.onDialysis(),
            femur.primary(),
            femur.extraskeletalMetastases(),
            femur.boneLesions(),
            femur.frankel(),
            femur.asia(),
            femur.history());
    TreatmentPlan p = plan(real);
    assertThat(p.survival().modelId()).isEqualTo("katagiri-new");
    assertThat(p.survival().bands())
        .containsExactly(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
    assertThat(p.survival().basisText())
        .contains("capped below 6 months by Child–Pugh C and BCLC D");
    // the uncapped general score is shown beside it, and the plan acts on the capped band
    assertThat(p.otherEstimates())
        .anySatisfy(
            e -> {
              assertThat(e.modelId()).isEqualTo("katagiri-new");
              assertThat(e.bands()).containsExactly(SurvivalBand.AT_LEAST_6_MONTHS);
            });
    assertThat(texts(p)).noneMatch(t -> t.startsWith("HCC dose–response"));
    // the same patient with Child–Pugh A is not capped: the cap is what moved the band
    Patient wellLiver =
        real.toBuilder()
            .labs(labs())
            .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
            .build();
    assertThat(plan(wellLiver).survival().bands()).containsExactly(SurvivalBand.AT_LEAST_6_MONTHS);
  }

  @Test
  void ps13_vanDerLinden_shownAsNonDiscriminating_neverUsed() {
    for (Patient p :
        List.of(
            ConstructedPatients.p1(),
            ConstructedPatients.p2(),
            ConstructedPatients.p6(),
            TreatmentPlanTest.h1())) {
      TreatmentPlan plan = plan(p);
      assertThat(plan.survival().modelId()).isNotEqualTo("van-der-linden");
      assertThat(plan.otherEstimates())
          .filteredOn(x -> x.modelId().equals("van-der-linden"))
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.basisText())
                      .contains("non-discriminating for HCC (always group A); not used"));
    }
  }

  @Test
  void ps14_aCohortMedianIsNotACutOff_disagreementIsDiscussed() {
    TreatmentPlan h1 = plan(TreatmentPlanTest.h1());
    assertThat(h1.survival().basisText())
        .contains("median OS 2.6 months")
        .contains("a cohort median: about half lived longer");
    assertThat(verdict(h1, Intervention.ZOLEDRONIC_ACID, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text())
                  .contains("discuss: expected survival uncertain around 3 months")
                  .contains("but tokuhashi-revised");
            });
  }

  @Test
  void ps15_bclcStageFigure_markedAsNotABoneMetastasisPrognosis() {
    assertThat(plan(ConstructedPatients.p3()).byRule("R-BCLC-01"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.text())
                    .startsWith("BCLC C:")
                    .contains("not specific to " + "bone metastasis")
                    .contains("3.0–11.7 months"));
    assertThat(plan(ConstructedPatients.p2()).byRule("R-BCLC-01")).isEmpty();
  }

  @Test
  void ps16_oneLineShowsEveryModelsBand_andThePolicysChoice() {
    assertThat(plan(ConstructedPatients.p1()).render())
        .contains(
            "Survival by model: "
                + "hcc-sm-gpa → 3–6 months; tokuhashi-revised → ≥ 6 months; katagiri-new → ≥ 6 months; "
                + "van-der-linden → one of [< 3 months, 3–6 months] — used: hcc-sm-gpa → 3–6 months");
  }

  // ------------------------------------------------------------------ §5 RT and surgery

  @Test
  void ps17_complicatedLesion_stabilisationFirst_neverSingle8GyForUncomplicated() {
    TreatmentPlan p = plan(ConstructedPatients.p4(LongBoneRegion.FEMORAL_NECK));
    assertThat(texts(p))
        .anyMatch(
            t ->
                t.startsWith(
                    "Complicated lesion L femur (impending "
                        + "fracture (Mirels ≥ 9)): stabilisation first, then post-operative RT"))
        .noneMatch(t -> t.startsWith("Single 8 Gy is recommended"));
    BoneLesion rib =
        BoneLesion.at("rib", OtherBone.RIB)
            .painIntensity(PainIntensity.nrs(3))
            .softTissueMass(false)
            .pathologicalFracture(false)
            .build();
    assertThat(texts(plan(ready(rib).build())))
        .anyMatch(
            t ->
                t.startsWith(
                    "Single 8 Gy is " + "recommended for a painful uncomplicated metastasis (rib"));
    BoneLesion ribUnknown =
        BoneLesion.at("rib", OtherBone.RIB).painIntensity(PainIntensity.nrs(3)).build();
    assertThat(texts(plan(ready(ribUnknown).build())))
        .anyMatch(
            t ->
                t.contains(
                    "whether rib is "
                        + "uncomplicated needs: pathological fracture, soft-tissue mass"));
  }

  @Test
  void ps18_sbrt_sins7to12IsAConsultation_unstableOrHighGradeEsccSurgeryFirst_painlessNotOffered() {
    TreatmentPlan p3 = plan(ConstructedPatients.p3());
    assertThat(verdict(p3, Intervention.SBRT, "L2").kind()).isNotEqualTo(Kind.RULED_OUT);
    assertThat(verdict(p3, Intervention.SBRT, "L2").text())
        .contains(
            "SINS 7–12: spine " + "surgeon's consultation; SBRT once the segment is judged stable");
    assertThat(texts(p3))
        .anyMatch(t -> t.startsWith("Every SBRT course: vertebral " + "compression-fracture risk"))
        .anyMatch(t -> t.startsWith("ESCC 1c at L2"));
    TreatmentPlan p7 = plan(ConstructedPatients.p7());
    assertThat(maybeVerdict(p7, Intervention.SBRT, "T6")).isEmpty();
    assertThat(texts(p7))
        .anyMatch(
            t -> t.contains("painless spinal lesion only on an " + "oligometastatic indication"));
    assertThat(verdict(plan(TreatmentPlanTest.h1()), Intervention.SBRT, "T12").text())
        .contains("unstable segment (SINS 13–18): surgery first")
        .contains("high-grade ESCC 2: surgery first");
  }

  @Test
  void ps19_hccDoseResponse_multiFractionBeside8GyFrom6Months() {
    Patient p = ready(t12Mechanical()).build();
    assertThat(texts(TreatmentRulesTest.plan(TreatmentRulesTest.LONG, p)))
        .anyMatch(t -> t.startsWith("HCC dose–response") && t.contains("5.0 vs 1.8 months"));
    assertThat(texts(TreatmentRulesTest.plan(TreatmentRulesTest.MID, p)))
        .noneMatch(t -> t.startsWith("HCC dose–response"));
  }

  @Test
  void ps20_painFlare_dexamethasone_antiemeticOnlyForUpperAbdomenOrCraniospinalFields() {
    assertThat(plan(ready(t12Mechanical()).build()).byRule("R-RT-10"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.text())
                    .contains("dexamethasone prophylaxis (ESMO [II, B])")
                    .contains("upper abdomen or craniospinal")
                    .contains("rescue only"));
  }

  @Test
  void ps21_femoralNeck_peritrochantericInMirels_hipWording() {
    TreatmentPlan p = plan(ConstructedPatients.p4(LongBoneRegion.FEMORAL_NECK));
    PlanItem fix = verdict(p, Intervention.FIXATION_OR_ARTHROPLASTY, "L femur");
    assertThat(fix.text())
        .contains("arthroplasty or tumour endoprosthesis of the hip")
        .doesNotContain("decompression");
    assertThat(fix.facts())
        .anySatisfy(f -> assertThat(f.toString()).contains("Mirels of L femur: " + "11"));
    PlanItem proximal =
        verdict(
            plan(ConstructedPatients.p4(LongBoneRegion.PROXIMAL)),
            Intervention.FIXATION_OR_ARTHROPLASTY,
            "L femur");
    assertThat(proximal.text()).contains("intramedullary nailing with locking screws");
  }

  // ------------------------------------------------------------------ §6 primary, systemic, Uka

  @Test
  void ps22_systemicTherapy_byChildPughAndEcog_agentsAsInformation() {
    assertThat(verdict(plan(ConstructedPatients.p5()), Intervention.SYSTEMIC_THERAPY, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text())
                  .contains("Child–Pugh B9: outside the first-line evidence")
                  .contains("clinical trial or best supportive care");
            });
    Patient b7 =
        ready(t12Mechanical()).labs(labs(Bilirubin.mgPerDl(2.5), Albumin.gPerDl(2.9))).build();
    assertThat(verdict(plan(b7), Intervention.SYSTEMIC_THERAPY, "patient").text())
        .contains("Child–Pugh B7: selected patients only");
    TreatmentPlan p7 = plan(ConstructedPatients.p7());
    assertThat(verdict(p7, Intervention.SYSTEMIC_THERAPY, "patient").kind()).isEqualTo(Kind.OPTION);
    assertThat(texts(p7))
        .anyMatch(t -> t.startsWith("AFP ≥ 400 ng/mL: ramucirumab"))
        .anyMatch(t -> t.startsWith("Before bevacizumab: upper endoscopy"))
        .anyMatch(t -> t.contains("osteonecrosis of the jaw (AAOMS 2022)"));
    assertThat(
            verdict(plan(ConstructedPatients.p1()), Intervention.SYSTEMIC_THERAPY, "patient")
                .text())
        .contains("Child–Pugh C")
        .contains("ECOG ≥ 2");
  }

  @Test
  void ps23_locoregional_notInBclcDOrChildPughC_noTaceWithVp4OrB8() {
    assertThat(
            verdict(
                    plan(ConstructedPatients.p2()),
                    Intervention.LOCOREGIONAL_LIVER_THERAPY,
                    "patient")
                .kind())
        .isNotEqualTo(Kind.OPTION);
    assertThat(
            verdict(
                    plan(ConstructedPatients.p7()),
                    Intervention.LOCOREGIONAL_LIVER_THERAPY,
                    "patient")
                .text())
        .contains("TACE contraindicated (main portal-vein (Vp4) thrombus");
    assertThat(
            verdict(
                    plan(ConstructedPatients.p5()),
                    Intervention.LOCOREGIONAL_LIVER_THERAPY,
                    "patient")
                .text())
        .contains("TACE contraindicated (Child–Pugh ≥ B8");
    assertThat(texts(plan(ConstructedPatients.p2())))
        .noneMatch(t -> t.startsWith("Treat the " + "intrahepatic HCC"));
    // Child–Pugh A or B with the points open: TACE's B8 limit cannot be excluded
    Patient openPoints =
        ready(t12Mechanical())
            .primary(ConstructedPatients.uncontrolled(org.hccbm.core.Diameter.cm(3)))
            .labs(
                LabPanel.of(
                    Bilirubin.mgPerDl(1.0),
                    Inr.ratio(1.0),
                    Platelets.thousandPerUl(200),
                    Creatinine.mgPerDl(1.0)))
            .build();
    assertThat(verdict(plan(openPoints), Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("Child–Pugh points (no TACE from B8)");
            });
    Patient a5 =
        ready(t12Mechanical())
            .primary(ConstructedPatients.uncontrolled(org.hccbm.core.Diameter.cm(3)))
            .build();
    assertThat(verdict(plan(a5), Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").kind())
        .isEqualTo(Kind.OPTION);
  }

  @Test
  void ps22_ps23_unsourcedThresholds_areCautionsWordedClinicalJudgement_neverRuledOut() {
    // systemic therapy: B7 and B8 on both sides of the B7/B8 line, neither ruled out (PS-22 [M])
    Patient b7 =
        ready(t12Mechanical()).labs(labs(Bilirubin.mgPerDl(2.5), Albumin.gPerDl(2.9))).build();
    Patient b8 =
        ready(t12Mechanical()).labs(labs(Bilirubin.mgPerDl(2.5), Albumin.gPerDl(2.7))).build();
    assertThat(verdict(plan(b7), Intervention.SYSTEMIC_THERAPY, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text())
                  .contains("Child–Pugh B7: selected patients only (clinical judgement");
            });
    assertThat(verdict(plan(b8), Intervention.SYSTEMIC_THERAPY, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.CAUTION);
              assertThat(i.text())
                  .contains("Child–Pugh B8: outside the first-line evidence")
                  .contains("clinical judgement, no sourced threshold");
            });
    // Child–Pugh A passes; C stays ruled out (first line is framed for A; C is not a B threshold)
    assertThat(
            verdict(plan(ready(t12Mechanical()).build()), Intervention.SYSTEMIC_THERAPY, "patient")
                .kind())
        .isEqualTo(Kind.OPTION);
    // locoregional therapy in BCLC D (P2) and Child–Pugh C (P1): a caution, never ruled out
    PlanItem d =
        verdict(plan(ConstructedPatients.p2()), Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient");
    assertThat(d.kind()).isNotEqualTo(Kind.RULED_OUT).isNotEqualTo(Kind.OPTION);
    assertThat(d.text())
        .contains(
            "BCLC D: locoregional liver therapy is not usually offered — "
                + "clinical judgement, no sourced threshold")
        .doesNotContain("ruled out");
    PlanItem c =
        verdict(plan(ConstructedPatients.p1()), Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient");
    assertThat(c.kind()).isNotEqualTo(Kind.RULED_OUT).isNotEqualTo(Kind.OPTION);
    assertThat(c.text())
        .contains("Child–Pugh C: locoregional liver therapy is not usually " + "offered")
        .contains("TACE contraindicated (Child–Pugh ≥ B8");
  }

  @Test
  void ps24_uka_onlyForTheSelectedProfile_unknownVpIsNeverVp0() {
    assertThat(plan(ConstructedPatients.p2()).byRule("R-UKA-01"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.RULED_OUT);
              assertThat(i.text()).contains("outside the selected profile");
            });
    assertThat(plan(ConstructedPatients.p3()).byRule("R-UKA-01"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("Portal vein invasion").contains("not read as Vp0");
            });
    Patient vp0 =
        base("vp0")
            .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
            .primary(
                PrimaryHcc.builder()
                    .control(new PrimaryControl(true, "resected"))
                    .intrahepatic(IntrahepaticTumour.of())
                    .macrovascularInvasion(false)
                    .portalVeinInvasion(PortalVeinInvasion.VP0)
                    .ajccN(AjccN.N0)
                    .build())
            .build();
    assertThat(plan(vp0).byRule("R-UKA-01"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.OPTION);
              assertThat(i.text()).contains("ECOG 0–1").contains("clinical judgement");
            });
    assertThat(plan(base("ecog2").primary(vp0.primary()).build()).byRule("R-UKA-01"))
        .extracting(PlanItem::kind)
        .containsExactly(Kind.RULED_OUT);
  }

  // ------------------------------------------------------------------ §7 symptoms, steroids

  @ParameterizedTest(name = "NRS {0} → {1}")
  @CsvSource({
    "1, WHO step 1",
    "3, WHO step 1",
    "4, WHO step 2",
    "6, WHO step 2",
    "7, WHO step 3",
    "10, WHO step 3"
  })
  void ps25_analgesicStepFromPainIntensity(int nrs, String step) {
    BoneLesion rib =
        BoneLesion.at("rib", OtherBone.RIB)
            .painIntensity(PainIntensity.nrs(nrs))
            .painSeverity(PainSeverity.FUNCTIONAL)
            .build();
    TreatmentPlan p = plan(ready(rib).build());
    assertThat(p.byRule("R-PAIN-01"))
        .singleElement()
        .satisfies(i -> assertThat(i.text()).contains(step));
    assertThat(p.byRule("R-PAIN-02"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.contains("avoid NSAIDs"));
    boolean opioid = nrs >= 4;
    assertThat(maybeVerdict(p, Intervention.OPIOIDS, "patient"))
        .isEqualTo(
            opioid
                ? maybeVerdict(p, Intervention.OPIOIDS, "patient")
                    .filter(i -> i.kind() == Kind.OPTION)
                : Optional.empty());
    assertThat(
            texts(p).stream()
                .anyMatch(
                    t ->
                        t.contains("lactulose")
                            && t.contains("avoid codeine and tramadol [M: clinical judgement]")))
        .isEqualTo(opioid);
  }

  @Test
  void ps25_mirelsPainItemNeverSetsTheStep() {
    TreatmentPlan p = plan(ConstructedPatients.p4(LongBoneRegion.FEMORAL_NECK));
    assertThat(p.byRule("R-PAIN-01"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("0–10 numeric rating scale");
            });
  }

  @Test
  void ps26_everyDexamethasoneItemCarriesSteroidSafety() {
    assertThat(texts(plan(ConstructedPatients.p9())))
        .anyMatch(
            t ->
                t.startsWith("Steroid safety")
                    && t.contains("gastroprotection (PPI), capillary glucose monitoring")
                    && t.contains("dose-reduction plan"));
    assertThat(texts(plan(ready(t12Mechanical()).build())))
        .anyMatch(
            t -> t.contains("dexamethasone prophylaxis") && t.contains("steroid-safety measures"));
  }

  @Test
  void ps27_spinalPrecautions_msccWithSignsOrUnstableSpine() {
    assertThat(plan(ConstructedPatients.p9()).byRule("R-SPINE-01"))
        .singleElement()
        .satisfies(i -> assertThat(i.domain()).isEqualTo(Domain.URGENT));
    assertThat(plan(TreatmentPlanTest.h1()).byRule("R-SPINE-01")).hasSize(1);
    Patient imagingOnly =
        base("e")
            .frankel(FrankelGrade.E)
            .boneLesions(
                List.of(
                    BoneLesion.at("T9", SpinalLevel.T9)
                        .painCharacter(PainCharacter.NONE)
                        .collapse(VertebralCollapse.NONE)
                        .alignment(SpinalAlignment.NORMAL)
                        .posterolateral(PosterolateralInvolvement.NONE)
                        .morphology(LesionMorphology.BLASTIC)
                        .escc(EsccGrade.GRADE_2)
                        .build()))
            .build();
    assertThat(plan(imagingOnly).byRule("R-SPINE-01")).isEmpty();
  }

  // ------------------------------------------------------------------ §8 consistency

  static List<Patient> constructed() {
    return List.of(
        ConstructedPatients.p1(),
        ConstructedPatients.p2(),
        ConstructedPatients.p3(),
        ConstructedPatients.p3b(),
        ConstructedPatients.p4(LongBoneRegion.FEMORAL_NECK),
        ConstructedPatients.p4(LongBoneRegion.PROXIMAL),
        ConstructedPatients.p5(),
        ConstructedPatients.p6(),
        ConstructedPatients.p7(),
        ConstructedPatients.p8(),
        ConstructedPatients.p9(),
        ConstructedPatients.p10(),
        ConstructedPatients.p11(),
        TreatmentPlanTest.h1(),
        TreatmentPlanTest.h2());
  }

  @Test
  void ps28_oneVerdictPerInterventionAndSubject_dependentsOnlyWithTheirParent() {
    for (Patient p : constructed()) {
      TreatmentPlan plan = plan(p);
      Map<String, PlanItem> verdicts = new HashMap<>();
      for (PlanItem i : plan.items()) {
        if (i.isVerdict()) {
          assertThat(verdicts.put(i.intervention().orElseThrow() + "|" + i.subject(), i))
              .as("%s: two verdicts for %s %s", p.id(), i.intervention(), i.subject())
              .isNull();
        }
      }
      for (PlanItem i : plan.items()) {
        if (!i.dependsOn().isEmpty()) {
          assertThat(i.dependsOn())
              .as("%s: %s", p.id(), i.text())
              .anySatisfy(
                  parent ->
                      assertThat(verdicts.values())
                          .anyMatch(
                              v ->
                                  v.intervention().orElseThrow() == parent
                                      && v.kind() != Kind.RULED_OUT
                                      && (i.subject().equals(PlanItem.PATIENT)
                                          || v.subject().equals(i.subject())
                                          || v.subject().equals(PlanItem.PATIENT))));
        }
      }
    }
  }

  @Test
  void ps29_genericCautionsStatedOnce() {
    BoneLesion a =
        BoneLesion.at("T5", SpinalLevel.T5)
            .painIntensity(PainIntensity.nrs(5))
            .escc(EsccGrade.GRADE_0)
            .build();
    BoneLesion b =
        BoneLesion.at("T9", SpinalLevel.T9)
            .painIntensity(PainIntensity.nrs(5))
            .escc(EsccGrade.GRADE_0)
            .build();
    BoneLesion c = BoneLesion.at("rib", OtherBone.RIB).painIntensity(PainIntensity.nrs(5)).build();
    TreatmentPlan p = plan(ready(a, b, c).build());
    assertThat(texts(p)).filteredOn(t -> t.startsWith("Single-fraction RT carries")).hasSize(1);
    assertThat(texts(p)).filteredOn(t -> t.startsWith("Every SBRT course")).hasSize(1);
    assertThat(texts(p)).filteredOn(t -> t.startsWith("Pain flare after RT")).hasSize(1);
    assertThat(p.items(Domain.GENERAL))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("Single-fraction RT carries"));
  }

  @Test
  void ps29_groupedByDecision_eachVerdictFollowedByItsOwnItems_genericCautionsLast() {
    for (Patient patient : constructed()) {
      TreatmentPlan p = plan(patient);
      List<PlanItem> items = p.items();
      // domains in their order, the "for every option" footer last
      for (int n = 1; n < items.size(); n++) {
        assertThat(items.get(n).domain())
            .as(patient.id())
            .isGreaterThanOrEqualTo(items.get(n - 1).domain());
      }
      // within a domain, a single-parent dependent of a verdict in that domain comes right after
      // the verdict or after another item of the same decision
      for (int n = 0; n < items.size(); n++) {
        PlanItem i = items.get(n);
        if (i.dependsOn().size() != 1 || i.domain() == Domain.GENERAL) {
          continue;
        }
        Intervention parent = i.dependsOn().get(0);
        Optional<PlanItem> v =
            items.stream()
                .filter(
                    x ->
                        x.isVerdict()
                            && x.domain() == i.domain()
                            && x.intervention().orElseThrow() == parent
                            && x.subject().equals(i.subject()))
                .findFirst();
        if (v.isEmpty()) {
          continue;
        }
        int at = items.indexOf(v.get());
        assertThat(at).as("%s: %s", patient.id(), i.text()).isLessThan(n);
        assertThat(items.subList(at + 1, n))
            .as("%s: %s", patient.id(), i.text())
            .allMatch(x -> !x.isVerdict() && x.dependsOn().equals(List.of(parent)));
      }
    }
    // the demo case: zoledronic acid's dose, CG caveat and creatinine monitoring sit under its
    // verdict (monitoring was printed after denosumab), indented in the rendering
    TreatmentPlan p = plan(ready(t12Mechanical()).build());
    List<PlanItem> bta = p.items(Domain.BONE_TARGETING_AGENTS);
    assertThat(bta.subList(0, 4))
        .extracting(i -> i.rule().id())
        .containsExactly("R-BTA-05", "R-BTA-05", "R-BTA-05", "R-BTA-06");
    assertThat(bta.get(4))
        .satisfies(i -> assertThat(i.intervention()).contains(Intervention.DENOSUMAB));
    assertThat(p.render())
        .contains("\n  + Zoledronic acid from diagnosis")
        .contains("\n    ! Zoledronic acid: measure creatinine before each dose")
        .contains("\n  ! Dental review before the first routine dose");
  }

  @Test
  void ps30_extendedTeam_andAdvanceCarePlanningInBclcD() {
    TreatmentPlan p2 = plan(ConstructedPatients.p2());
    assertThat(p2.items(Domain.TEAM))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("rehabilitation physician"))
        .anyMatch(t -> t.startsWith("physiotherapist and occupational therapist"))
        .anyMatch(t -> t.startsWith("nurse"))
        .anyMatch(t -> t.startsWith("pharmacist"))
        .anyMatch(t -> t.startsWith("medical social worker"))
        .anyMatch(t -> t.startsWith("nuclear medicine"))
        .anyMatch(t -> t.startsWith("palliative care for advance-care planning (BCLC D"));
    assertThat(plan(ConstructedPatients.p3()).items(Domain.TEAM))
        .extracting(PlanItem::text)
        .noneMatch(t -> t.contains("advance-care planning"));
  }

  // ------------------------------------------------------------------ §8c what the seed describes

  @Test
  void ps32_rtWithZoledronicAcid_singleStudyFigures() {
    assertThat(texts(plan(ready(t12Mechanical()).build())))
        .anyMatch(
            t ->
                t.startsWith("RT with " + "zoledronic acid")
                    && t.contains("6.7 to 2.8")
                    && t.contains("a single study"));
    assertThat(texts(plan(ConstructedPatients.p6())))
        .noneMatch(t -> t.startsWith("RT with " + "zoledronic acid"));
  }

  @Test
  void ps32_ps28_rtWithZoledronicAcid_onlyAnOptionWhileZoledronicAcidIs_namesPriorRt() {
    // zoledronic acid an option: the note is an option
    TreatmentPlan ready = plan(ready(t12Mechanical()).build());
    assertThat(verdict(ready, Intervention.ZOLEDRONIC_ACID, "patient").kind())
        .isEqualTo(Kind.OPTION);
    assertThat(note(ready))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.OPTION);
              assertThat(i.text())
                  .doesNotContain("re-irradiation")
                  .doesNotContain("not yet an option");
            });
    // zoledronic acid needs information (calcium unknown): the note is no option either
    TreatmentPlan noCalcium =
        plan(
            ready(t12Mechanical())
                .labs(
                    LabPanel.of(
                        ConstructedPatients.baseLabs().values().stream()
                            .filter(v -> !(v instanceof Calcium))
                            .toList()))
                .build());
    assertThat(verdict(noCalcium, Intervention.ZOLEDRONIC_ACID, "patient").kind())
        .isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(note(noCalcium))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text())
                  .endsWith("— not yet an option: zoledronic acid needs information " + "first");
            });
    // zoledronic acid a caution (hypocalcaemia, P10) and RT to its painful acetabulum needing
    // information (prior RT not recorded): the note is no option
    TreatmentPlan p10 = plan(ConstructedPatients.p10());
    assertThat(verdict(p10, Intervention.ZOLEDRONIC_ACID, "patient").kind())
        .isEqualTo(Kind.CAUTION);
    assertThat(note(p10).kind()).isEqualTo(Kind.NEEDS_INFORMATION);
    // with the history recorded (no prior RT) RT is an option: the note follows zoledronic acid
    TreatmentPlan p10Known =
        plan(
            ConstructedPatients.p10().toBuilder()
                .history(
                    TreatmentHistory.unknown()
                        .withPriorSystemicTherapy(false)
                        .withRadiotherapy(List.of()))
                .build());
    assertThat(note(p10Known).kind()).isEqualTo(Kind.CAUTION);
    assertThat(note(p10Known).text())
        .endsWith("— not yet an option: zoledronic acid has cautions to meet first");
    // every dependent option of every constructed patient has an option among its parents
    for (Patient patient : constructed()) {
      TreatmentPlan p = plan(patient);
      assertThat(p.items())
          .filteredOn(i -> !i.dependsOn().isEmpty() && i.kind() == Kind.OPTION)
          .as(patient.id())
          .allSatisfy(
              i ->
                  assertThat(p.items())
                      .anyMatch(
                          v ->
                              v.isVerdict()
                                  && i.dependsOn().contains(v.intervention().orElseThrow())
                                  && v.kind() == Kind.OPTION));
    }
    // a painful, previously irradiated T12: the note names the re-irradiation
    TreatmentPlan irradiated =
        plan(
            ready(t12Mechanical())
                .history(
                    TreatmentHistory.unknown()
                        .withPriorSystemicTherapy(false)
                        .withRadiotherapy(
                            List.of(
                                new RadiotherapyCourse(
                                    SpinalLevel.T12, 8, 1, Optional.of(LocalDate.of(2026, 6, 1))))))
                .build());
    assertThat(note(irradiated).text()).contains("at T12 the RT would be a re-irradiation");
  }

  @Test
  void ps32_ps28_rtWithZoledronicAcid_onlyAnOptionWhileRtToAPainfulLesionIs() {
    // prior RT not recorded: the RT verdict for the painful T12 needs information, so the
    // combination is not an option either, although zoledronic acid is
    TreatmentPlan unknownPriorRt =
        plan(
            ready(t12Mechanical())
                .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false))
                .build());
    assertThat(verdict(unknownPriorRt, Intervention.ZOLEDRONIC_ACID, "patient").kind())
        .isEqualTo(Kind.OPTION);
    assertThat(verdict(unknownPriorRt, Intervention.EBRT, "T12").kind())
        .isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(note(unknownPriorRt))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text())
                  .endsWith(
                      "— not yet an option: RT to the painful lesion needs information first");
            });
    // control: with the history known (no prior RT) both are options and the note is one
    TreatmentPlan known = plan(ready(t12Mechanical()).build());
    assertThat(verdict(known, Intervention.EBRT, "T12").kind()).isEqualTo(Kind.OPTION);
    assertThat(note(known).kind()).isEqualTo(Kind.OPTION);
    assertThat(note(known).text()).doesNotContain("not yet an option");
  }

  @Test
  void rtWithZoledronicAcid_firmestOfTheRtVerdicts() {
    assertThat(RadiotherapyRules.firmest(List.of(Kind.RULED_OUT, Kind.CAUTION, Kind.OPTION)))
        .contains(Kind.OPTION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.NEEDS_INFORMATION, Kind.CAUTION)))
        .contains(Kind.CAUTION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.RULED_OUT, Kind.NEEDS_INFORMATION)))
        .contains(Kind.NEEDS_INFORMATION);
    assertThat(RadiotherapyRules.firmest(List.of(Kind.RULED_OUT))).isEmpty();
    assertThat(RadiotherapyRules.firmest(List.of())).isEmpty();
  }

  private static PlanItem note(TreatmentPlan p) {
    return p.items().stream()
        .filter(i -> i.text().startsWith("RT with zoledronic acid"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ps33_embolisationWithRtForPain_gatedLikeAnyEmbolisation() {
    assertThat(verdict(plan(ready(t12Mechanical()).build()), Intervention.EMBOLISATION, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.OPTION);
              assertThat(i.text()).contains("15 → 4.8 days").contains("88 % → 20 %");
            });
    assertThat(verdict(plan(ConstructedPatients.p1()), Intervention.EMBOLISATION, "patient").kind())
        .isNotEqualTo(Kind.OPTION);
  }

  @Test
  void ps34_procedureChoiceBySite() {
    BoneLesion c5 =
        BoneLesion.at("C5", SpinalLevel.C5)
            .escc(EsccGrade.GRADE_2)
            .painCharacter(PainCharacter.MECHANICAL)
            .build();
    assertThat(verdict(plan(ready(c5).build()), Intervention.OPEN_SURGERY, "C5").text())
        .contains("ventral or combined decompression and stabilisation (cervical)");
    assertThat(verdict(plan(base("t9").build()), Intervention.OPEN_SURGERY, "T9").text())
        .contains("dorsal decompression and stabilisation (thoracic or lumbar)")
        .contains("titanium mesh with cement");
    assertThat(
            verdict(
                    plan(ready(t12Mechanical()).build()),
                    Intervention.VERTEBRAL_AUGMENTATION,
                    "T12")
                .text())
        .contains("radiofrequency ablation combined with vertebroplasty");
  }

  @Test
  void ps35_btaDuration_noHccSpecificStoppingCriteria() {
    assertThat(plan(ready(t12Mechanical()).build()).byRule("R-BTA-09"))
        .extracting(PlanItem::text)
        .anyMatch(
            t ->
                t.contains("until performance status declines substantially")
                    && t.contains("no HCC-specific criteria exist"));
  }

  // ------------------------------------------------------------------ gates as data, API guard

  @Test
  void preconditions_everyInterventionDeclaresItsGates() {
    Map<Intervention, List<Gate>> expected = new EnumMap<>(Intervention.class);
    List<Gate> procedure =
        List.of(
            Gate.HAEMOSTASIS, Gate.ANTITHROMBOTICS, Gate.LIVER_FUNCTION, Gate.EXPECTED_SURVIVAL);
    expected.put(Intervention.OPEN_SURGERY, procedure);
    expected.put(Intervention.MINIMALLY_INVASIVE_SURGERY, procedure);
    expected.put(Intervention.FIXATION_OR_ARTHROPLASTY, procedure);
    expected.put(
        Intervention.VERTEBRAL_AUGMENTATION, List.of(Gate.HAEMOSTASIS, Gate.ANTITHROMBOTICS));
    expected.put(
        Intervention.EMBOLISATION,
        List.of(Gate.HAEMOSTASIS, Gate.ANTITHROMBOTICS, Gate.LIVER_FUNCTION));
    expected.put(Intervention.SBRT, List.of(Gate.PERFORMANCE_STATUS, Gate.PRIOR_RADIOTHERAPY));
    expected.put(Intervention.EBRT, List.of(Gate.PRIOR_RADIOTHERAPY));
    expected.put(Intervention.REIRRADIATION, List.of(Gate.PRIOR_RADIOTHERAPY));
    expected.put(
        Intervention.ZOLEDRONIC_ACID,
        List.of(Gate.EXPECTED_SURVIVAL, Gate.RENAL_FUNCTION, Gate.CALCIUM));
    expected.put(
        Intervention.DENOSUMAB, List.of(Gate.EXPECTED_SURVIVAL, Gate.RENAL_FUNCTION, Gate.CALCIUM));
    expected.put(Intervention.CALCIUM_AND_VITAMIN_D, List.of(Gate.EXPECTED_SURVIVAL, Gate.CALCIUM));
    expected.put(
        Intervention.SYSTEMIC_THERAPY, List.of(Gate.LIVER_FUNCTION, Gate.PERFORMANCE_STATUS));
    expected.put(
        Intervention.LOCOREGIONAL_LIVER_THERAPY,
        List.of(Gate.TUMOUR_STAGE, Gate.HAEMOSTASIS, Gate.ANTITHROMBOTICS, Gate.LIVER_FUNCTION));
    expected.put(Intervention.DEXAMETHASONE, List.of());
    expected.put(Intervention.OPIOIDS, List.of());
    assertThat(TreatmentPlanner.preconditions()).isEqualTo(expected);
    assertThat(TreatmentPlanner.preconditions().keySet())
        .containsExactlyInAnyOrder(Intervention.values());
  }

  @Test
  void apiGuard_evaluationsOfAnotherPatientAreRefused() {
    Patient h1 = TreatmentPlanTest.h1();
    Patient h2 = TreatmentPlanTest.h2();
    assertThat(TreatmentPlanner.DEFAULT.plan(h1, Models.evaluate(h1)).items())
        .isEqualTo(TreatmentPlanner.DEFAULT.plan(h1).items());
    assertThatThrownBy(() -> TreatmentPlanner.DEFAULT.plan(h1, Models.evaluate(h2)))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageStartingWith("evaluations must be computed for patient H-1")
        .hasMessageContaining("was child-pugh for patient");
    assertThat(TreatmentPlanner.DEFAULT.plan(h1, List.of()).patientId()).isEqualTo("H-1");
  }
}
