package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hccbm.core.InvalidClinicalInputException;
import org.junit.jupiter.api.Test;

class LabValidationTest {
  @Test
  void albumin_negative_isRejectedNamingFieldConstraintAndValue() {
    assertThatThrownBy(() -> Albumin.gPerDl(-1.0))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("albumin must be > 0 g/dL, was -1.0 g/dL");
  }

  @Test
  void albumin_zero_isRejected() {
    assertThatThrownBy(() -> Albumin.gPerL(0.0)).hasMessage("albumin must be > 0 g/L, was 0.0 g/L");
  }

  @Test
  void bilirubin_nan_isRejected() {
    assertThatThrownBy(() -> Bilirubin.mgPerDl(Double.NaN))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("total bilirubin must be a finite number, was NaN mg/dL");
  }

  @Test
  void creatinine_infinite_isRejected() {
    assertThatThrownBy(() -> Creatinine.mgPerDl(Double.POSITIVE_INFINITY))
        .hasMessage("creatinine must be a finite number, was Infinity mg/dL");
  }

  @Test
  void crp_negative_isRejectedButZeroAccepted() {
    assertThat(Crp.mgPerL(0.0).value()).isZero();
    assertThatThrownBy(() -> Crp.mgPerL(-0.1)).hasMessage("CRP must be >= 0 mg/L, was -0.1 mg/L");
  }

  @Test
  void impossiblyLargeValues_areRejectedInTheUnitGiven() {
    assertThatThrownBy(() -> Bilirubin.mgPerDl(1e308))
        .hasMessage(
            "total bilirubin must be <= 1000 mg/dL (beyond any measurable value), "
                + "was 1.0E308 mg/dL");
    assertThatThrownBy(() -> Albumin.gPerDl(20.5))
        .hasMessage("albumin must be <= 20 g/dL (beyond any measurable value), was 20.5 g/dL");
    assertThat(Albumin.gPerDl(20).inGPerL()).isEqualTo(200.0);
    assertThat(Afp.ngPerMl(2_000_000).value()).isEqualTo(2_000_000.0);
  }

  @Test
  void unitThatDoesNotFitTheAnalyte_isRejectedNotGuessed() {
    InvalidClinicalInputException e =
        (InvalidClinicalInputException)
            org.assertj.core.api.Assertions.catchThrowable(() -> Albumin.of(3.1, "mg/dL"));
    assertThat(e).hasMessage("albumin unit must be one of g/L, g/dL, was mg/dL");
    assertThat(e.field()).isEqualTo("albumin unit");
    assertThat(e.value()).isEqualTo("mg/dL");
    assertThat(e.constraint()).isEqualTo("one of g/L, g/dL");
  }

  @Test
  void ucum_isCaseSensitive() {
    assertThatThrownBy(() -> Bilirubin.of(1.0, "mg/dl"))
        .hasMessage("total bilirubin unit must be one of umol/L, mg/dL, was mg/dl");
  }

  @Test
  void afp_inInternationalUnits_isRefusedWithTheReason() {
    assertThatThrownBy(() -> Afp.of(100, "[IU]/mL"))
        .hasMessage(
            "AFP unit must be one of ng/mL, ug/L, was [IU]/mL "
                + "(IU/mL and kU/L need a lab-specific factor; convert with it first)");
  }

  @Test
  void conversionToAUnitOfAnotherAnalyte_isRejected() {
    assertThatThrownBy(() -> Albumin.gPerDl(3.1).in(LabUnit.MG_PER_DL))
        .hasMessage("albumin unit must be one of g/L, g/dL, was mg/dL");
  }

  @Test
  void sampleDate_isOptionalAndKept() {
    LocalDate d = LocalDate.of(2026, 11, 1);
    assertThat(Albumin.gPerDl(3.1).sampleDate()).isEmpty();
    assertThat(Albumin.gPerDl(3.1).takenOn(d).sampleDate()).contains(d);
    assertThat(Albumin.gPerDl(3.1).takenOn(d)).isNotEqualTo(Albumin.gPerDl(3.1));
  }

  @Test
  void labPanel_rejectsTwoValuesOfOneAnalyte() {
    assertThatThrownBy(() -> LabPanel.of(Albumin.gPerDl(3.1), Albumin.gPerL(30)))
        .hasMessage("lab panel albumin must be one value per analyte, was 3.1 g/dL and 30 g/L");
  }

  @Test
  void labPanel_missingAnalyteIsUnknownNotNormal() {
    LabPanel panel = LabPanel.of(Albumin.gPerDl(3.1));
    assertThat(panel.albumin().known()).contains(Albumin.gPerDl(3.1));
    assertThat(panel.bilirubin().isKnown()).isFalse();
    assertThat(panel.get(Analyte.SODIUM).isKnown()).isFalse();
  }

  @Test
  void labPanel_typedAccessorsReturnEachAnalyte() {
    LabPanel panel =
        LabPanel.of(
            Bilirubin.mgPerDl(1),
            Albumin.gPerDl(3),
            Inr.ratio(1.1),
            PtProlongation.seconds(2),
            Creatinine.mgPerDl(1),
            Sodium.mmolPerL(137),
            Platelets.thousandPerUl(100),
            Calcium.mgPerDl(9),
            Ldh.unitsPerL(200),
            Crp.mgPerL(3),
            Afp.ngPerMl(10),
            AlkalinePhosphatase.unitsPerL(90),
            Haemoglobin.gPerDl(12),
            WhiteCellCount.billionPerL(6));
    assertThat(panel.values()).hasSize(Analyte.values().length);
    assertThat(panel.inr().isKnown()).isTrue();
    assertThat(panel.ptProlongation().isKnown()).isTrue();
    assertThat(panel.creatinine().isKnown()).isTrue();
    assertThat(panel.sodium().isKnown()).isTrue();
    assertThat(panel.platelets().isKnown()).isTrue();
    assertThat(panel.calcium().isKnown()).isTrue();
    assertThat(panel.ldh().isKnown()).isTrue();
    assertThat(panel.crp().isKnown()).isTrue();
    assertThat(panel.afp().isKnown()).isTrue();
    assertThat(panel.alkalinePhosphatase().isKnown()).isTrue();
    assertThat(panel.haemoglobin().isKnown()).isTrue();
    assertThat(panel.whiteCellCount().isKnown()).isTrue();
  }
}
