package org.hccbm.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.lesion.PosterolateralInvolvement;
import org.hccbm.core.lesion.SpinalAlignment;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.lesion.VertebralCollapse;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.core.tumour.MetastasisSite;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.junit.jupiter.api.Test;

/** Issue 15: {@code toBuilder()} copies every component, and variants are one call away. */
class PatientToBuilderTest {
  private static BoneLesion fullLesion() {
    return BoneLesion.at("T12", SpinalLevel.T12)
        .morphology(LesionMorphology.LYTIC)
        .painCharacter(PainCharacter.MECHANICAL)
        .painSeverity(PainSeverity.FUNCTIONAL)
        .size(Diameter.cm(3))
        .diameterFraction(DiameterFraction.ofFraction(0.5))
        .softTissueMass(true)
        .pathologicalFracture(false)
        .collapse(VertebralCollapse.UNDER_HALF)
        .alignment(SpinalAlignment.NORMAL)
        .posterolateral(PosterolateralInvolvement.BILATERAL)
        .escc(EsccGrade.GRADE_2)
        .painIntensity(org.hccbm.core.lesion.PainIntensity.nrs(6))
        .build();
  }

  /** A patient with every component known, so a component toBuilder forgot would show. */
  private static Patient full() {
    return Patient.builder("full")
        .assessmentDate(LocalDate.of(2026, 1, 2))
        .age(Age.years(60))
        .sex(Sex.FEMALE)
        .weight(BodyWeight.kg(60))
        .performanceStatus(PerformanceStatus.of(Ecog.of(1)))
        .performanceStatusCancerRelated(true)
        .labs(LabPanel.of(Bilirubin.mgPerDl(1.0), Albumin.gPerDl(3.5)))
        .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
        .onDialysis(false)
        .primary(
            PrimaryHcc.builder()
                .intrahepatic(IntrahepaticTumour.of(Diameter.cm(2)))
                .macrovascularInvasion(false)
                .control(new PrimaryControl(true, "resected"))
                .build())
        .extraskeletalMetastases(
            List.of(
                new ExtraskeletalMetastasis(
                    MetastasisSite.LUNG,
                    Observed.of(MetastasisPattern.NODULAR),
                    Observed.of(false),
                    Observed.of(false))))
        .boneLesions(List.of(fullLesion()))
        .frankel(FrankelGrade.E)
        .asia(AsiaGrade.E)
        .history(TreatmentHistory.unknown().withPriorSystemicTherapy(false))
        .antithromboticTherapy(org.hccbm.core.history.AntithromboticTherapy.none())
        .build();
  }

  @Test
  void fullPatient_setsEveryRecordComponent() throws ReflectiveOperationException {
    Patient full = full();
    Patient empty = Patient.builder("full").build();
    for (RecordComponent c : Patient.class.getRecordComponents()) {
      if (c.getName().equals("id")) {
        continue;
      }
      assertThat(c.getAccessor().invoke(full))
          .as(c.getName())
          .isNotEqualTo(c.getAccessor().invoke(empty));
    }
  }

  @Test
  void toBuilder_build_equalsOriginal() {
    assertThat(full().toBuilder().build()).isEqualTo(full());
    Patient empty = Patient.builder("e").build();
    assertThat(empty.toBuilder().build()).isEqualTo(empty);
  }

  @Test
  void toBuilder_variantChangesOnlyTheNamedPart() {
    Patient variant = full().toBuilder().onDialysis(true).build();
    assertThat(variant.onDialysis()).isEqualTo(Observed.of(true));
    assertThat(variant.toBuilder().onDialysis(false).build()).isEqualTo(full());
    assertThat(full().onDialysis()).isEqualTo(Observed.of(false));
  }

  @Test
  void lesionToBuilder_copiesEveryFinding() throws ReflectiveOperationException {
    BoneLesion lesion = fullLesion();
    BoneLesion bare = BoneLesion.at("T12", SpinalLevel.T12).build();
    for (RecordComponent c : BoneLesion.class.getRecordComponents()) {
      if (!c.getName().equals("id") && !c.getName().equals("site")) {
        assertThat(c.getAccessor().invoke(lesion))
            .as(c.getName())
            .isNotEqualTo(c.getAccessor().invoke(bare));
      }
    }
    assertThat(lesion.toBuilder().build()).isEqualTo(lesion);
    assertThat(lesion.toBuilder().escc(EsccGrade.GRADE_3).build().escc())
        .isEqualTo(Observed.of(EsccGrade.GRADE_3));
  }

  @Test
  void labPanelWith_replacesOrAdds_andWithoutRemoves() {
    LabPanel panel = LabPanel.of(Bilirubin.mgPerDl(1.0));
    assertThat(panel.with(Bilirubin.mgPerDl(3.2)).bilirubin())
        .isEqualTo(Observed.of(Bilirubin.mgPerDl(3.2)));
    assertThat(panel.with(Inr.ratio(1.4)).values()).hasSize(2);
    assertThat(panel.bilirubin()).isEqualTo(Observed.of(Bilirubin.mgPerDl(1.0)));
    assertThat(panel.without(Analyte.TOTAL_BILIRUBIN)).isEqualTo(LabPanel.empty());
    assertThat(panel.with(Inr.ratio(1.4)).without(Analyte.TOTAL_BILIRUBIN).values())
        .containsExactly(Inr.ratio(1.4));
  }
}
