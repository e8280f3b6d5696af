package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.hccbm.core.Diameter;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.patient.BodyWeight;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 8: every value has a floor as well as a ceiling, tested on both sides. */
class FloorsTest {
  @Test
  void defect08_albuminJustAboveZeroRefused_floorAccepted() {
    assertThat(Albumin.gPerDl(0.01).inGPerL())
        .isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Albumin.gPerL(0.1).value()).isEqualTo(0.1);
    assertThatThrownBy(() -> Albumin.gPerDl(1e-320))
        .hasMessage(
            "albumin must be >= 0.01 g/dL " + "(below any measurable value), was 1.0E-320 g/dL");
    assertThatThrownBy(() -> Albumin.gPerL(0.099))
        .hasMessage("albumin must be >= 0.1 g/L (below " + "any measurable value), was 0.099 g/L");
  }

  @Test
  void floors_positiveAnalytes_bothSides() {
    assertThat(Bilirubin.umolPerL(0.1).value()).isEqualTo(0.1);
    assertThatThrownBy(() -> Bilirubin.umolPerL(0.099))
        .hasMessageStartingWith("total bilirubin must be >= 0.1 umol/L");
    assertThat(Inr.ratio(0.1).value()).isEqualTo(0.1);
    assertThatThrownBy(() -> Inr.ratio(0.099)).hasMessageStartingWith("INR must be >= 0.1 {INR}");
    assertThat(Creatinine.umolPerL(1).value()).isEqualTo(1);
    assertThatThrownBy(() -> Creatinine.umolPerL(0.99))
        .hasMessageStartingWith("creatinine must be >= 1 umol/L");
    assertThat(Sodium.mmolPerL(50).value()).isEqualTo(50);
    assertThatThrownBy(() -> Sodium.mmolPerL(49.9))
        .hasMessageStartingWith("sodium must be >= 50 mmol/L");
    assertThat(Calcium.mgPerDl(0.2).value()).isEqualTo(0.2);
    assertThatThrownBy(() -> Calcium.mgPerDl(0.19))
        .hasMessageStartingWith("calcium must be >= 0.2 mg/dL");
    assertThat(Haemoglobin.gPerL(3).value()).isEqualTo(3);
    assertThatThrownBy(() -> Haemoglobin.gPerDl(0.29))
        .hasMessageStartingWith("haemoglobin must be >= 0.3 g/dL");
  }

  @Test
  void floors_analytesThatCanReadZero_acceptZeroOrTheFloor() {
    assertThat(Platelets.billionPerL(0).value()).isZero();
    assertThat(Platelets.billionPerL(0.1).value()).isEqualTo(0.1);
    assertThatThrownBy(() -> Platelets.billionPerL(0.09))
        .hasMessage(
            "platelet count must be 0 or "
                + ">= 0.1 10*9/L (below any measurable value), was 0.09 10*9/L");
    assertThat(PtProlongation.seconds(0).value()).isZero();
    assertThatThrownBy(() -> PtProlongation.seconds(0.009))
        .hasMessageStartingWith("prothrombin time prolongation must be 0 or >= 0.01 s");
    assertThat(Ldh.unitsPerL(0).value()).isZero();
    assertThat(Ldh.unitsPerL(1).value()).isEqualTo(1);
    assertThatThrownBy(() -> Ldh.unitsPerL(0.5))
        .hasMessageStartingWith("LDH must be 0 or >= 1 U/L");
    assertThat(Crp.mgPerL(0.01).value()).isEqualTo(0.01);
    assertThatThrownBy(() -> Crp.mgPerL(0.009)).hasMessageStartingWith("CRP must be 0 or >= 0.01");
    assertThatThrownBy(() -> Afp.ngPerMl(1e-300))
        .hasMessageStartingWith("AFP must be 0 or >= 0.01");
    assertThatThrownBy(() -> AlkalinePhosphatase.unitsPerL(0.2))
        .hasMessageStartingWith("alkaline phosphatase must be 0 or >= 1 U/L");
    assertThatThrownBy(() -> WhiteCellCount.billionPerL(0.001))
        .hasMessageStartingWith("white cell count must be 0 or >= 0.01");
    // Negative values keep their own message.
    assertThatThrownBy(() -> Platelets.billionPerL(-1))
        .hasMessage("platelet count must be >= 0 10*9/L, was -1.0 10*9/L");
  }

  @Test
  void defect08_weightDiameterAndDoseJustAboveZeroRefused() {
    assertThat(BodyWeight.kg(0.2).kg()).isEqualTo(0.2);
    assertThatThrownBy(() -> BodyWeight.kg(0.001))
        .hasMessage("body weight must be >= 0.2 kg " + "(below any living patient), was 0.001 kg");
    assertThat(Diameter.mm(0.1).inMm()).isEqualTo(0.1);
    assertThat(Diameter.cm(0.01).inCm()).isEqualTo(0.01);
    assertThatThrownBy(() -> Diameter.mm(0.09))
        .hasMessage(
            "diameter must be >= 0.1 mm (0.1 mm, " + "below any imaging resolution), was 0.09 mm");
    assertThatThrownBy(() -> Diameter.cm(0.009))
        .hasMessageStartingWith("diameter must be >= 0.01 cm");
    assertThat(
            new RadiotherapyCourse(SpinalLevel.parse("T12"), 0.1, 1, Optional.empty())
                .totalDoseGy())
        .isEqualTo(0.1);
    assertThatThrownBy(
            () -> new RadiotherapyCourse(SpinalLevel.parse("T12"), 0.09, 1, Optional.empty()))
        .hasMessage(
            "radiotherapy total dose must be >= 0.1 Gy (below any "
                + "therapeutic course), was 0.09 Gy");
  }
}
