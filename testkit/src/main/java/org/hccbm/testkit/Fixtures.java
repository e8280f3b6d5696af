package org.hccbm.testkit;

import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * Named, clinically coherent fixture patients. The integrated test patients H-1 and H-2 come from
 * bone §11 in docs/sources.md (constructed cases); what that source leaves unstated and a fixture
 * needs is listed in each method's documentation.
 *
 * @since 0.1.0
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Patient H-1 (bone §11): 62-year-old man, Child–Pugh A, viable intrahepatic tumour after TACE
   * (uncontrolled), unresectable nodular lung metastases, T12 lytic metastasis (40 % collapse,
   * bilateral pedicles, normal alignment, mechanical pain, ESCC 2), two rib metastases, Frankel D,
   * KPS 60; CRP 1.2 mg/dL, LDH 230 U/L, albumin 3.4 g/dL, platelets 85 × 10^3/uL, calcium 9.5
   * mg/dL, bilirubin 1.1 mg/dL; prior systemic therapy.
   *
   * <p>Added so that the stated Child–Pugh A holds: INR 1.1, no ascites, no encephalopathy, not
   * cholestatic. Added for the renal rules: creatinine 0.9 mg/dL, sodium 136 mmol/L, 68 kg. The
   * intrahepatic tumour is recorded as one 4 cm nodule.
   *
   * @return the patient
   */
  public static Patient h1() {
    return Patient.builder("H-1")
        .age(Age.years(62))
        .sex(Sex.MALE)
        .weight(org.hccbm.core.patient.BodyWeight.kg(68))
        .performanceStatus(PerformanceStatus.of(Karnofsky.KPS_60))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Crp.mgPerDl(1.2),
                Ldh.unitsPerL(230),
                Albumin.gPerDl(3.4),
                Platelets.thousandPerUl(85),
                Calcium.mgPerDl(9.5),
                Bilirubin.mgPerDl(1.1),
                Inr.ratio(1.1),
                Creatinine.mgPerDl(0.9),
                Sodium.mmolPerL(136)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(false, "viable intrahepatic tumour after TACE"))
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(4)))
                .macrovascularInvasion(false)
                .build())
        .extraskeletalMetastases(
            List.of(
                new ExtraskeletalMetastasis(
                    MetastasisSite.LUNG,
                    Observed.of(MetastasisPattern.NODULAR),
                    Observed.of(false),
                    Observed.of(false))))
        .boneLesions(
            List.of(
                BoneLesion.at("T12", SpinalLevel.T12)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .alignment(SpinalAlignment.NORMAL)
                    .posterolateral(PosterolateralInvolvement.BILATERAL)
                    .escc(EsccGrade.GRADE_2)
                    .build(),
                BoneLesion.at("rib-1", OtherBone.RIB).build(),
                BoneLesion.at("rib-2", OtherBone.RIB).build()))
        .frankel(FrankelGrade.D)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(true))
        .build();
  }

  /**
   * Patient H-2 (bone §11, favourable): controlled primary after resection, no extrahepatic disease
   * except a solitary lytic L1 lesion (occasional non-mechanical pain, 30 % collapse, unilateral
   * pedicle, normal alignment, ESCC 1b), KPS 90, Frankel E, no prior systemic therapy, normal labs
   * except albumin 3.6 g/dL.
   *
   * <p>The "normal labs" are recorded as: bilirubin 0.8 mg/dL, INR 1.0, platelets 220 × 10^3/uL,
   * CRP 0.2 mg/dL, LDH 180 U/L, calcium 9.4 mg/dL, creatinine 0.8 mg/dL, sodium 140 mmol/L; no
   * ascites or encephalopathy; regional nodes N0. Age, sex and weight stay unknown.
   *
   * @return the patient
   */
  public static Patient h2() {
    return Patient.builder("H-2")
        .performanceStatus(PerformanceStatus.of(Karnofsky.KPS_90))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Albumin.gPerDl(3.6),
                Bilirubin.mgPerDl(0.8),
                Inr.ratio(1.0),
                Platelets.thousandPerUl(220),
                Crp.mgPerDl(0.2),
                Ldh.unitsPerL(180),
                Calcium.mgPerDl(9.4),
                Creatinine.mgPerDl(0.8),
                Sodium.mmolPerL(140)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "resected; no viable intrahepatic tumour"))
                .intrahepatic(IntrahepaticTumour.of())
                .macrovascularInvasion(false)
                .ajccN(org.hccbm.core.tumour.AjccN.N0)
                .build())
        .extraskeletalMetastases(List.of())
        .boneLesions(
            List.of(
                BoneLesion.at("L1", SpinalLevel.L1)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.OCCASIONAL_NON_MECHANICAL)
                    .collapse(VertebralCollapse.UNDER_HALF)
                    .alignment(SpinalAlignment.NORMAL)
                    .posterolateral(PosterolateralInvolvement.UNILATERAL)
                    .escc(EsccGrade.GRADE_1B)
                    .build()))
        .frankel(FrankelGrade.E)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false))
        .build();
  }

  /**
   * A patient with metastatic spinal cord compression: T9 lytic lesion, ESCC 3, Frankel C, ECOG 2,
   * controlled primary, Child–Pugh A, no other metastases.
   *
   * @return the patient
   */
  public static Patient cordCompression() {
    return Patient.builder("cord-compression")
        .age(Age.years(58))
        .sex(Sex.MALE)
        .weight(org.hccbm.core.patient.BodyWeight.kg(74))
        .performanceStatus(PerformanceStatus.of(org.hccbm.core.performance.Ecog.of(2)))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Bilirubin.mgPerDl(0.9),
                Albumin.gPerDl(3.8),
                Inr.ratio(1.0),
                Creatinine.mgPerDl(1.0),
                Sodium.mmolPerL(139),
                Platelets.thousandPerUl(180),
                Calcium.mgPerDl(9.6),
                Crp.mgPerDl(0.3),
                Ldh.unitsPerL(210)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "complete response after " + "resection"))
                .intrahepatic(IntrahepaticTumour.of())
                .macrovascularInvasion(false)
                .ajccN(org.hccbm.core.tumour.AjccN.N0)
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
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false))
        .build();
  }

  /**
   * A patient with an impending pathological fracture: lytic peritrochanteric femoral lesion over
   * two thirds of the diameter with functional pain (Mirels 12), ECOG 1, Child–Pugh A.
   *
   * @return the patient
   */
  public static Patient impendingFracture() {
    return Patient.builder("impending-fracture")
        .age(Age.years(66))
        .sex(Sex.FEMALE)
        .weight(org.hccbm.core.patient.BodyWeight.kg(58))
        .performanceStatus(PerformanceStatus.of(org.hccbm.core.performance.Ecog.of(1)))
        .performanceStatusCancerRelated(true)
        .labs(
            LabPanel.of(
                Bilirubin.mgPerDl(1.0),
                Albumin.gPerDl(3.9),
                Inr.ratio(1.1),
                Creatinine.mgPerDl(1.1),
                Sodium.mmolPerL(138),
                Platelets.thousandPerUl(160),
                Calcium.mgPerDl(9.2),
                Crp.mgPerDl(0.2),
                Ldh.unitsPerL(190)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "no viable tumour after " + "ablation"))
                .intrahepatic(IntrahepaticTumour.of())
                .macrovascularInvasion(false)
                .ajccN(org.hccbm.core.tumour.AjccN.N0)
                .build())
        .extraskeletalMetastases(List.of())
        .boneLesions(
            List.of(
                BoneLesion.at(
                        "L femur",
                        org.hccbm.core.lesion.LongBoneSite.of(
                            org.hccbm.core.lesion.LongBone.FEMUR,
                            org.hccbm.core.lesion.LongBoneRegion.PERITROCHANTERIC))
                    .morphology(LesionMorphology.LYTIC)
                    .painSeverity(org.hccbm.core.lesion.PainSeverity.FUNCTIONAL)
                    .diameterFraction(org.hccbm.core.lesion.DiameterFraction.MORE_THAN_TWO_THIRDS)
                    .build()))
        .frankel(FrankelGrade.E)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(true))
        .build();
  }

  /**
   * An incomplete record: a T11 lesion and some labs, with encephalopathy, performance status and
   * the primary's status unknown — every model that needs them returns a bounded result.
   *
   * @return the patient
   */
  public static Patient incomplete() {
    return Patient.builder("incomplete")
        .labs(LabPanel.of(Bilirubin.umolPerL(30), Albumin.gPerL(34)))
        .liver(new LiverBedside(Observed.of(Ascites.MILD), Observed.unknown(), Observed.of(false)))
        .boneLesions(
            List.of(
                BoneLesion.at("T11", SpinalLevel.T11)
                    .morphology(LesionMorphology.LYTIC)
                    .painCharacter(PainCharacter.MECHANICAL)
                    .build()))
        .build();
  }

  /**
   * Patient H-1 with the intrahepatic tumour recorded as two nodules whose sizes are not measured
   * yet (issue 10, point 7): Milan, UCSF and BCLC are bounded over what the sizes could be. Not
   * part of {@link #all()}.
   *
   * @return the patient
   * @since 0.2.0
   */
  public static Patient twoNodulesUnmeasured() {
    Patient h1 = h1();
    return Patient.builder("two-nodules-unmeasured")
        .age(h1.age().known().orElseThrow())
        .sex(h1.sex().known().orElseThrow())
        .performanceStatus(h1.performanceStatus().known().orElseThrow())
        .performanceStatusCancerRelated(true)
        .labs(h1.labs())
        .liver(h1.liver())
        .onDialysis(false)
        .primary(h1.primary().withNoduleCountOnly(2))
        .extraskeletalMetastases(h1.extraskeletalMetastases().known().orElseThrow())
        .boneLesions(h1.boneLesions().known().orElseThrow())
        .build();
  }

  /**
   * Every named fixture.
   *
   * @return the fixtures
   */
  public static List<Patient> all() {
    return List.of(h1(), h2(), cordCompression(), impendingFracture(), incomplete());
  }
}
