package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hccbm.core.InvalidClinicalInputException;
import org.junit.jupiter.api.Test;

/**
 * UnitConversions reads its factor and equivalence tables by analyte and unit ordinal (issue 13,
 * point 6): every pair of the tables answers as the tables say, and a unit outside an analyte's
 * closed list is still refused, never converted.
 */
class UnitTablesByOrdinalTest {
  @Test
  void everyAnalyteAndUnit_convertsExactlyWhenAccepted() {
    for (Analyte a : Analyte.values()) {
      LabUnit canonical = UnitConversions.acceptedUnits(a).get(0);
      for (LabUnit u : LabUnit.values()) {
        if (UnitConversions.accepts(a, u)) {
          assertThat(UnitConversions.convert(a, 1.0, u, u)).isEqualTo(1.0);
          assertThat(UnitConversions.convert(a, 2.0, u, canonical))
              .as("%s %s", a, u)
              .isPositive()
              .isFinite();
        } else {
          assertThatThrownBy(() -> UnitConversions.convert(a, 1.0, u, canonical))
              .as("%s %s", a, u)
              .isInstanceOf(InvalidClinicalInputException.class)
              .hasMessageContaining(u.ucum());
          assertThatThrownBy(() -> UnitConversions.convert(a, 1.0, canonical, u))
              .as("%s %s", a, u)
              .isInstanceOf(InvalidClinicalInputException.class);
        }
      }
    }
  }

  @Test
  void publishedFactors_eachWay() {
    // liver §0.3: 1 mg/dL bilirubin = 17.1 umol/L; creatinine 88.4; calcium 4.008 mg/dL per mmol/L
    assertThat(
            UnitConversions.convert(
                Analyte.TOTAL_BILIRUBIN, 1.0, LabUnit.MG_PER_DL, LabUnit.UMOL_PER_L))
        .isEqualTo(17.1);
    assertThat(
            UnitConversions.convert(
                Analyte.TOTAL_BILIRUBIN, 17.1, LabUnit.UMOL_PER_L, LabUnit.MG_PER_DL))
        .isEqualTo(1.0);
    assertThat(
            UnitConversions.convert(Analyte.CREATININE, 1.0, LabUnit.MG_PER_DL, LabUnit.UMOL_PER_L))
        .isEqualTo(88.4);
    assertThat(UnitConversions.convert(Analyte.CALCIUM, 1.0, LabUnit.MMOL_PER_L, LabUnit.MG_PER_DL))
        .isEqualTo(4.008);
    // 1 meq/L calcium = 0.5 mmol/L (divalent); a count in /uL is a thousandth of 10*3/uL
    assertThat(UnitConversions.convert(Analyte.CALCIUM, 4.8, LabUnit.MEQ_PER_L, LabUnit.MMOL_PER_L))
        .isEqualTo(2.4);
    assertThat(
            UnitConversions.convert(
                Analyte.PLATELETS, 150_000, LabUnit.PER_UL, LabUnit.THOUSAND_PER_UL))
        .isEqualTo(150.0);
  }

  @Test
  void equivalentUnits_carryANote_andTheSameUnitsDoNot() {
    assertThat(LabValue.of(Analyte.SODIUM, 130, "meq/L").conversionNote())
        .hasValueSatisfying(n -> assertThat(n).contains("1 meq/L = 1 mmol/L (monovalent ion)"));
    assertThat(LabValue.of(Analyte.CALCIUM, 4.8, "meq/L").conversionNote())
        .hasValueSatisfying(n -> assertThat(n).contains("1 meq/L = 0.5 mmol/L (divalent ion)"));
    assertThat(LabValue.of(Analyte.PLATELETS, 150_000, "/uL").conversionNote())
        .hasValueSatisfying(n -> assertThat(n).contains("1,000 /uL = 1 10*3/uL"));
    assertThat(LabValue.of(Analyte.WHITE_CELL_COUNT, 6_000, "/uL").conversionNote())
        .hasValueSatisfying(n -> assertThat(n).contains("1,000 /uL = 1 10*3/uL"));
    assertThat(LabValue.of(Analyte.SODIUM, 130, "mmol/L").conversionNote()).isEmpty();
    assertThat(LabValue.of(Analyte.CALCIUM, 2.4, "mmol/L").conversionNote()).isEmpty();
    assertThat(LabValue.of(Analyte.PLATELETS, 150, "10*3/uL").conversionNote()).isEmpty();
    assertThat(LabValue.of(Analyte.ALBUMIN, 3.5, "g/dL").conversionNote()).isEmpty();
    // an alias alone carries a note without an equivalence
    assertThat(LabValue.of(Analyte.ALBUMIN, 3.5, "g/dl").conversionNote())
        .hasValueSatisfying(
            n -> assertThat(n).contains("unit written \"g/dl\"").doesNotContain(" = "));
  }
}
