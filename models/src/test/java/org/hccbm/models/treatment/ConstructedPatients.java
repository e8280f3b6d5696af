package org.hccbm.models.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
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
import org.hccbm.core.tumour.AjccN;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * The constructed patients of planner-safety §9: the demo document cord-compression.json
 * (58-year-old man, 74 kg, ECOG 2, Child–Pugh A5, controlled primary, Frankel C, T9 ESCC 3),
 * assessed on 2026-11-30, with each patient's changes; unchanged fields keep the base values.
 */
final class ConstructedPatients {
  static final LocalDate ASSESSED = LocalDate.of(2026, 11, 30);

  private ConstructedPatients() {}

  /**
   * Returns every constructed patient of §9 once, P4 with a femoral-neck and a diaphyseal lesion.
   *
   * @return the thirteen patients
   */
  static List<Patient> all() {
    return List.of(
        p1(),
        p2(),
        p3(),
        p3b(),
        p4(LongBoneRegion.FEMORAL_NECK),
        p4(LongBoneRegion.DIAPHYSIS),
        p5(),
        p6(),
        p7(),
        p8(),
        p9(),
        p10(),
        p11());
  }

  static Map<Analyte, LabValue> baseLabs() {
    Map<Analyte, LabValue> m = new EnumMap<>(Analyte.class);
    for (LabValue v :
        List.<LabValue>of(
            Bilirubin.mgPerDl(0.9),
            Albumin.gPerDl(3.8),
            Inr.ratio(1.0),
            Creatinine.mgPerDl(1.0),
            Sodium.mmolPerL(139),
            Platelets.thousandPerUl(180),
            Calcium.mgPerDl(9.6),
            Crp.mgPerDl(0.3),
            Ldh.unitsPerL(210))) {
      m.put(v.analyte(), v);
    }
    return m;
  }

  static LabPanel labs(LabValue... changes) {
    Map<Analyte, LabValue> m = baseLabs();
    for (LabValue v : changes) {
      m.put(v.analyte(), v);
    }
    return LabPanel.of(new ArrayList<>(m.values()));
  }

  static PrimaryHcc uncontrolled(Diameter... nodules) {
    return PrimaryHcc.builder()
        .control(new PrimaryControl(false, "viable tumour"))
        .intrahepatic(IntrahepaticTumour.of(nodules))
        .macrovascularInvasion(false)
        .ajccN(AjccN.N0)
        .build();
  }

  static Patient.Builder base(String id) {
    return Patient.builder(id)
        .assessmentDate(ASSESSED)
        .age(Age.years(58))
        .sex(Sex.MALE)
        .weight(BodyWeight.kg(74))
        .performanceStatus(PerformanceStatus.of(Ecog.of(2)))
        .performanceStatusCancerRelated(true)
        .labs(labs())
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "complete response after " + "resection"))
                .intrahepatic(IntrahepaticTumour.of())
                .macrovascularInvasion(false)
                .ajccN(AjccN.N0)
                .build())
        .extraskeletalMetastases(List.of())
        .boneLesions(
            List.of(
                BoneLesion.at("T9", SpinalLevel.T9)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .alignment(SpinalAlignment.NORMAL)
                    .posterolateral(PosterolateralInvolvement.UNILATERAL)
                    .escc(EsccGrade.GRADE_3)
                    .softTissueMass(true)
                    .build()))
        .frankel(FrankelGrade.C)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false));
  }

  static PerformanceStatus ecog(int g) {
    return PerformanceStatus.of(Ecog.of(g));
  }

  /** P1: Child–Pugh C13, painful lytic femur, INR 2.1, platelets 42. */
  static Patient p1() {
    return base("P1")
        .age(Age.years(64))
        .weight(BodyWeight.kg(70))
        .performanceStatus(ecog(2))
        .labs(
            labs(
                Bilirubin.mgPerDl(3.6),
                Albumin.gPerDl(2.6),
                Inr.ratio(2.1),
                Creatinine.mgPerDl(1.0),
                Sodium.mmolPerL(131),
                Platelets.thousandPerUl(42),
                Calcium.mgPerDl(8.0)))
        .liver(LiverBedside.of(Ascites.MODERATE, Encephalopathy.of(1), false))
        .primary(uncontrolled(Diameter.cm(3), Diameter.cm(2)))
        .boneLesions(
            List.of(
                BoneLesion.at("R femur", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.DIAPHYSIS))
                    .morphology(LesionMorphology.LYTIC)
                    .painSeverity(PainSeverity.MODERATE)
                    .diameterFraction(DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)
                    .build(),
                BoneLesion.at("L2", SpinalLevel.L2)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .posterolateral(PosterolateralInvolvement.NONE)
                    .escc(EsccGrade.GRADE_0)
                    .build()))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P2: MSCC Frankel C, short survival, disseminated lung metastases, T10 and T4. */
  static Patient p2() {
    return base("P2")
        .age(Age.years(69))
        .weight(BodyWeight.kg(61))
        .performanceStatus(ecog(3))
        .labs(
            labs(
                Platelets.thousandPerUl(95),
                Albumin.gPerDl(3.1),
                Bilirubin.mgPerDl(1.5),
                Crp.mgPerDl(2.5),
                Ldh.unitsPerL(320)))
        .primary(uncontrolled(Diameter.cm(4)))
        .extraskeletalMetastases(
            List.of(
                new ExtraskeletalMetastasis(
                    MetastasisSite.LUNG,
                    Observed.of(MetastasisPattern.DISSEMINATED),
                    Observed.of(false),
                    Observed.of(false))))
        .boneLesions(
            List.of(
                BoneLesion.at("T10", SpinalLevel.T10)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .posterolateral(PosterolateralInvolvement.BILATERAL)
                    .softTissueMass(true)
                    .escc(EsccGrade.GRADE_3)
                    .build(),
                BoneLesion.at("T4", SpinalLevel.T4).escc(EsccGrade.GRADE_2).build()))
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(true))
        .build();
  }

  static BoneLesion p3Lesion(SpinalLevel level, PosterolateralInvolvement posterolateral) {
    return BoneLesion.at(level.label(), level)
        .morphology(LesionMorphology.LYTIC)
        .painCharacter(PainCharacter.OCCASIONAL_NON_MECHANICAL)
        .collapse(VertebralCollapse.NONE_WITH_OVER_HALF_INVOLVED)
        .alignment(SpinalAlignment.NORMAL)
        .posterolateral(posterolateral)
        .escc(EsccGrade.GRADE_1C)
        .softTissueMass(true)
        .build();
  }

  /** P3: oligometastatic solitary L2, SINS 7, ESCC 1c. */
  static Patient p3() {
    return base("P3")
        .age(Age.years(59))
        .weight(BodyWeight.kg(78))
        .performanceStatus(ecog(0))
        .boneLesions(List.of(p3Lesion(SpinalLevel.L2, PosterolateralInvolvement.UNILATERAL)))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P3b: as P3 at L4 (SINS 6), previously irradiated 30 Gy/10 completed 2026-05-01. */
  static Patient p3b() {
    return base("P3b")
        .age(Age.years(59))
        .weight(BodyWeight.kg(78))
        .performanceStatus(ecog(0))
        .boneLesions(List.of(p3Lesion(SpinalLevel.L4, PosterolateralInvolvement.NONE)))
        .history(
            TreatmentHistory.unknown()
                .withPriorSystemicTherapy(false)
                .withRadiotherapy(
                    List.of(
                        new RadiotherapyCourse(
                            SpinalLevel.L4, 30, 10, Optional.of(LocalDate.of(2026, 5, 1))))))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P4: impending femoral-neck fracture (recorded at the femoral neck, or as "proximal"). */
  static Patient p4(LongBoneRegion region) {
    return base("P4")
        .age(Age.years(71))
        .sex(Sex.FEMALE)
        .weight(BodyWeight.kg(55))
        .performanceStatus(ecog(1))
        .labs(labs(Creatinine.mgPerDl(0.9)))
        .boneLesions(
            List.of(
                BoneLesion.at("L femur", LongBoneSite.of(LongBone.FEMUR, region))
                    .morphology(LesionMorphology.LYTIC)
                    .painSeverity(PainSeverity.MODERATE)
                    .diameterFraction(DiameterFraction.MORE_THAN_TWO_THIRDS)
                    .size(Diameter.cm(3.5))
                    .build()))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P5: hypercalcaemia (corrected 14.08 mg/dL), Child–Pugh B9. */
  static Patient p5() {
    return base("P5")
        .age(Age.years(66))
        .weight(BodyWeight.kg(72))
        .performanceStatus(ecog(1))
        .labs(
            labs(
                Bilirubin.mgPerDl(2.5),
                Albumin.gPerDl(2.9),
                Inr.ratio(1.8),
                Creatinine.mgPerDl(1.4),
                Calcium.mgPerDl(13.2),
                Sodium.mmolPerL(133)))
        .liver(LiverBedside.of(Ascites.MILD, Encephalopathy.NONE, false))
        .primary(uncontrolled(Diameter.cm(6)))
        .boneLesions(
            List.of(
                BoneLesion.at("pelvis", OtherBone.PELVIS)
                    .painSeverity(PainSeverity.MODERATE)
                    .build(),
                BoneLesion.at("T7", SpinalLevel.T7)
                    .painCharacter(PainCharacter.NONE)
                    .escc(EsccGrade.GRADE_0)
                    .build()))
        .build();
  }

  /** P6: CrCl ≈ 24.6 mL/min. */
  static Patient p6() {
    return base("P6")
        .age(Age.years(72))
        .weight(BodyWeight.kg(60))
        .performanceStatus(ecog(1))
        .labs(labs(Creatinine.mgPerDl(2.3), Calcium.mgPerDl(8.4), Albumin.gPerDl(3.0)))
        .boneLesions(
            List.of(
                BoneLesion.at("sacrum", OtherBone.SACRUM)
                    .painSeverity(PainSeverity.MODERATE)
                    .build(),
                BoneLesion.at("rib", OtherBone.RIB).build()))
        .build();
  }

  /** P7: BCLC C with Vp4, AFP 12,000 ng/mL. */
  static Patient p7() {
    return base("P7")
        .age(Age.years(55))
        .weight(BodyWeight.kg(80))
        .performanceStatus(ecog(1))
        .labs(
            labs(
                Platelets.thousandPerUl(110),
                Afp.ngPerMl(12_000),
                Albumin.gPerDl(3.6),
                Bilirubin.mgPerDl(1.1)))
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(false, "viable tumour"))
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(9)))
                .macrovascularInvasion(true)
                .portalVeinInvasion(PortalVeinInvasion.VP4)
                .ajccN(AjccN.N0)
                .build())
        .boneLesions(
            List.of(
                BoneLesion.at("rib", OtherBone.RIB).painSeverity(PainSeverity.MILD).build(),
                BoneLesion.at("T6", SpinalLevel.T6)
                    .painCharacter(PainCharacter.NONE)
                    .escc(EsccGrade.GRADE_0)
                    .build()))
        .build();
  }

  /** P8: labs missing except bilirubin; T12 mechanical pain. */
  static Patient p8() {
    return base("P8")
        .age(Age.years(61))
        .weight(BodyWeight.kg(75))
        .performanceStatus(ecog(1))
        .labs(LabPanel.of(Bilirubin.mgPerDl(1.0)))
        .boneLesions(
            List.of(
                BoneLesion.at("T12", SpinalLevel.T12)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.NONE)
                    .escc(EsccGrade.GRADE_0)
                    .build()))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P9: L3 compression after 30 Gy/10 to L3 completed 2026-08-15. */
  static Patient p9() {
    return base("P9")
        .age(Age.years(60))
        .weight(BodyWeight.kg(70))
        .performanceStatus(ecog(1))
        .boneLesions(
            List.of(
                BoneLesion.at("L3", SpinalLevel.L3)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .posterolateral(PosterolateralInvolvement.UNILATERAL)
                    .escc(EsccGrade.GRADE_3)
                    .build()))
        .history(
            TreatmentHistory.unknown()
                .withPriorSystemicTherapy(false)
                .withRadiotherapy(
                    List.of(
                        new RadiotherapyCourse(
                            SpinalLevel.L3, 30, 10, Optional.of(LocalDate.of(2026, 8, 15))))))
        .frankel(FrankelGrade.D)
        .build();
  }

  /** P10: hypocalcaemia (corrected 7.6 mg/dL). */
  static Patient p10() {
    return base("P10")
        .age(Age.years(63))
        .weight(BodyWeight.kg(66))
        .performanceStatus(ecog(1))
        .labs(labs(Calcium.mgPerDl(7.2), Albumin.gPerDl(3.5)))
        .boneLesions(
            List.of(
                BoneLesion.at("acetabulum", OtherBone.ACETABULUM)
                    .painSeverity(PainSeverity.MILD)
                    .build()))
        .frankel(FrankelGrade.E)
        .build();
  }

  /** P11: Frankel B, T8 ESCC 3. */
  static Patient p11() {
    return base("P11")
        .age(Age.years(57))
        .weight(BodyWeight.kg(70))
        .performanceStatus(ecog(1))
        .performanceStatusCancerRelated(false)
        .boneLesions(
            List.of(
                BoneLesion.at("T8", SpinalLevel.T8)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.OVER_HALF)
                    .alignment(SpinalAlignment.DE_NOVO_DEFORMITY)
                    .posterolateral(PosterolateralInvolvement.BILATERAL)
                    .escc(EsccGrade.GRADE_3)
                    .build()))
        .frankel(FrankelGrade.B)
        .build();
  }
}
