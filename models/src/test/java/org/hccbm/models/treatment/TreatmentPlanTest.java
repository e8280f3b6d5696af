package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.hccbm.core.patient.BodyWeight;
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
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;

/** Whole-plan tests for the integrated patients H-1 and H-2 (bone §11). */
class TreatmentPlanTest {
  static Patient h1() {
    return Patient.builder("H-1")
        .age(Age.years(62))
        .sex(Sex.MALE)
        .weight(BodyWeight.kg(68))
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
                Creatinine.mgPerDl(0.9)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(false, "viable after TACE"))
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

  static Patient h2() {
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
                Creatinine.mgPerDl(0.8)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .control(new PrimaryControl(true, "resected"))
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

  static PlanItem verdict(TreatmentPlan p, Intervention i, String subject) {
    return TreatmentRulesTest.verdict(p, i, subject);
  }

  @Test
  void h1_shortSurvival_cordCompression_unstableSpine() {
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(h1());
    assertThat(p.survival().modelId()).isEqualTo("hcc-sm-gpa");
    assertThat(p.survival().bands()).containsExactly(SurvivalBand.UNDER_3_MONTHS);
    assertThat(p.otherEstimates())
        .extracting(SurvivalEstimate::modelId)
        .contains("tokuhashi-revised", "katagiri-new", "van-der-linden");
    // GPA < 3 months while Tokuhashi and Katagiri reach 3–6 months: discussed, not ruled out
    // (PS-14)
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient").kind()).isEqualTo(Kind.CAUTION);
    assertThat(p.byRule("R-STER-01")).extracting(PlanItem::kind).contains(Kind.DOSE);
    assertThat(verdict(p, Intervention.OPEN_SURGERY, "T12").text())
        .contains("Patchell")
        .contains("antithrombotic therapy");
    assertThat(p.byRule("R-SX-SINS")).extracting(PlanItem::kind).containsExactly(Kind.OPTION);
    assertThat(p.byRule("R-SPINE-01")).extracting(PlanItem::kind).containsExactly(Kind.OPTION);
    assertThat(p.byRule("R-RT-02"))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("Prefer a single 8 Gy"));
    assertThat(verdict(p, Intervention.SBRT, "T12").kind()).isEqualTo(Kind.RULED_OUT);
    // a catheter or needle procedure: antithrombotic therapy is not recorded for H-1 (PS-2)
    assertThat(verdict(p, Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").kind())
        .isEqualTo(Kind.NEEDS_INFORMATION);
    assertThat(verdict(p, Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").text())
        .contains("antithrombotic therapy");
    assertThat(p.items(Domain.TEAM))
        .extracting(PlanItem::text)
        .anyMatch(t -> t.startsWith("neurologist"))
        .anyMatch(t -> t.startsWith("spine surgeon"));
    assertThat(p.render())
        .contains("not a directive")
        .contains("Spinal cord compression")
        .contains("Survival by model:");
  }

  @Test
  void h2_longSurvival_btaStarted_surgeryConsidered() {
    TreatmentPlan p = TreatmentPlanner.DEFAULT.plan(h2());
    assertThat(p.survival().bands()).containsExactly(SurvivalBand.AT_LEAST_6_MONTHS);
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("creatinine clearance (age, body weight, sex unknown)");
            });
    assertThat(p.byRule("R-SX-SINS")).extracting(PlanItem::kind).containsExactly(Kind.OPTION);
    assertThat(verdict(p, Intervention.OPEN_SURGERY, "L1").text())
        .startsWith("Open surgery of L1: dorsal decompression");
    assertThat(p.byRule("R-STER-01")).isEmpty();
    assertThat(verdict(p, Intervention.SBRT, "L1").text())
        .contains("SINS 7–12: spine surgeon's " + "consultation");
    assertThat(p.byRule("R-UKA-01"))
        .extracting(PlanItem::kind)
        .containsExactly(Kind.NEEDS_INFORMATION);
  }

  @Test
  void everyRule_hasAnIdSourceAndTag() {
    assertThat(TreatmentPlanner.RULES)
        .allSatisfy(
            r -> {
              assertThat(r.info().id()).startsWith("R-");
              assertThat(r.info().source()).isNotBlank();
              assertThat(r.info().tagText()).isNotBlank();
            });
    assertThat(TreatmentPlanner.RULES.stream().map(r -> r.info().id()).distinct())
        .hasSize(TreatmentPlanner.RULES.size());
  }
}
