package org.hccbm.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hccbm.core.Diameter;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.Observed;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.core.tumour.PrimaryControl;
import org.hccbm.core.tumour.PrimaryHcc;
import org.junit.jupiter.api.Test;

class PatientTest {
  @Test
  void newPatient_hasEveryPartUnknown() {
    Patient p = Patient.builder("p1").build();
    assertThat(p.age().isKnown()).isFalse();
    assertThat(p.performanceStatus().isKnown()).isFalse();
    assertThat(p.labs().values()).isEmpty();
    assertThat(p.liver().ascites().isKnown()).isFalse();
    assertThat(p.primary().control().isKnown()).isFalse();
    assertThat(p.extraskeletalMetastases().isKnown()).isFalse();
    assertThat(p.boneLesions().isKnown()).isFalse();
    assertThat(p.history().radiotherapy().isKnown()).isFalse();
  }

  @Test
  void knownNone_isDistinctFromUnknown() {
    Patient p =
        Patient.builder("p2")
            .extraskeletalMetastases(List.of())
            .liver(LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false))
            .build();
    assertThat(p.extraskeletalMetastases().known()).contains(List.of());
    assertThat(p.liver().ascites().known()).contains(Ascites.NONE);
  }

  @Test
  void wholePatient_keepsEveryPart() {
    Patient p =
        Patient.builder("h2")
            .assessmentDate(LocalDate.of(2026, 11, 1))
            .age(Age.years(62))
            .sex(Sex.MALE)
            .weight(BodyWeight.kg(70))
            .performanceStatus(PerformanceStatus.of(Karnofsky.KPS_90))
            .performanceStatusCancerRelated(true)
            .labs(LabPanel.of(Albumin.gPerDl(3.6)))
            .onDialysis(false)
            .primary(
                PrimaryHcc.builder()
                    .control(new PrimaryControl(true, "resected, no viable tumour"))
                    .intrahepatic(IntrahepaticTumour.of())
                    .macrovascularInvasion(false)
                    .portalVeinInvasion(PortalVeinInvasion.VP0)
                    .build())
            .boneLesions(
                List.of(
                    BoneLesion.at("L1", SpinalLevel.L1).build(),
                    BoneLesion.at("rib", OtherBone.RIB).build()))
            .history(
                TreatmentHistory.unknown()
                    .withPriorSystemicTherapy(false)
                    .withRadiotherapy(
                        List.of(
                            new RadiotherapyCourse(
                                SpinalLevel.L1, 8, 1, java.util.Optional.empty()))))
            .build();
    assertThat(p.boneLesions().known().orElseThrow()).hasSize(2);
    assertThat(p.primary().intrahepatic().known().orElseThrow().count()).isZero();
    assertThat(p.history().radiotherapy().known().orElseThrow().get(0).dosePerFractionGy())
        .isEqualTo(8.0);
    assertThat(p.history().priorSystemicTherapy()).isEqualTo(Observed.of(false));
  }

  @Test
  void duplicateLesionIds_areRejected() {
    assertThatThrownBy(
            () ->
                Patient.builder("p")
                    .boneLesions(
                        List.of(
                            BoneLesion.at("T12", SpinalLevel.T12).build(),
                            BoneLesion.at("T12", SpinalLevel.T11).build()))
                    .build())
        .hasMessage("bone lesion id must be unique within the patient, was \"T12\"");
  }

  @Test
  void age_bodyWeight_areValidated() {
    assertThatThrownBy(() -> Age.years(-1)).hasMessage("age must be 0..130 years, was -1 years");
    assertThatThrownBy(() -> Age.years(131)).hasMessage("age must be 0..130 years, was 131 years");
    assertThatThrownBy(() -> BodyWeight.kg(0))
        .hasMessage("body weight must be > 0 kg and <= 650 kg, was 0.0 kg");
  }

  @Test
  void radiotherapy_isValidated() {
    assertThatThrownBy(
            () -> new RadiotherapyCourse(SpinalLevel.T1, 0, 1, java.util.Optional.empty()))
        .hasMessage("radiotherapy total dose must be > 0 Gy and <= 200 Gy, was 0.0 Gy");
    assertThatThrownBy(
            () -> new RadiotherapyCourse(SpinalLevel.T1, 8, 0, java.util.Optional.empty()))
        .hasMessage("radiotherapy fractions must be 1..100, was 0");
  }

  @Test
  void intrahepaticNodules_areSortedLargestFirst() {
    IntrahepaticTumour t =
        IntrahepaticTumour.of(Diameter.cm(1.5), Diameter.cm(4.0), Diameter.cm(2.0));
    assertThat(t.largest()).contains(Diameter.cm(4.0));
    assertThat(t.totalDiameterCm()).isEqualTo(7.5);
    assertThat(t.count()).isEqualTo(3);
  }

  @Test
  void primaryControl_needsADefinition() {
    assertThatThrownBy(() -> new PrimaryControl(true, ""))
        .hasMessage("primary control definition must be non-blank, was \"\"");
  }

  @Test
  void libraryVersion_comesFromTheBuild() {
    assertThat(HccbmVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
