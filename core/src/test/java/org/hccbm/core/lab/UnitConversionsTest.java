package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitConversionsTest {
  private static final double EPS = 1e-12;

  // liver §0.3 / issue: bilirubin 1 mg/dL = 17.1 umol/L
  @Test
  void bilirubin_oneMgPerDl_is17point1UmolPerL() {
    assertThat(Bilirubin.mgPerDl(1.0).inUmolPerL()).isEqualTo(17.1);
    assertThat(Bilirubin.umolPerL(17.1).inMgPerDl()).isEqualTo(1.0);
  }

  @Test
  void albumin_oneGPerDl_is10GPerL() {
    assertThat(Albumin.gPerDl(1.0).inGPerL()).isEqualTo(10.0);
    assertThat(Albumin.gPerL(35).inGPerDl()).isEqualTo(3.5);
  }

  @Test
  void creatinine_oneMgPerDl_is88point4UmolPerL() {
    assertThat(Creatinine.mgPerDl(1.0).inUmolPerL()).isEqualTo(88.4);
    assertThat(Creatinine.umolPerL(88.4).inMgPerDl()).isEqualTo(1.0);
  }

  @Test
  void calcium_oneMmolPerL_is4point008MgPerDl() {
    assertThat(Calcium.mmolPerL(1.0).inMgPerDl()).isEqualTo(4.008);
    assertThat(Calcium.mgPerDl(4.008).inMmolPerL()).isEqualTo(1.0);
    // liver §0.3: 1 mg/dL = 0.2495 mmol/L
    assertThat(Calcium.mgPerDl(1.0).inMmolPerL()).isCloseTo(0.2495, within(1e-4));
  }

  @Test
  void platelets_thousandPerUl_equalsBillionPerL() {
    assertThat(Platelets.thousandPerUl(85).inBillionPerL()).isEqualTo(85.0);
    assertThat(Platelets.billionPerL(150).inThousandPerUl()).isEqualTo(150.0);
  }

  @Test
  void crp_oneMgPerDl_is10MgPerL() {
    assertThat(Crp.mgPerDl(1.0).inMgPerL()).isEqualTo(10.0);
    // ecosystem §3.4: Katagiri's 0.4 mg/dL = 4 mg/L
    assertThat(Crp.mgPerL(4.0).inMgPerDl()).isEqualTo(0.4);
  }

  @Test
  void sodium_meqPerL_equalsMmolPerL() {
    assertThat(Sodium.meqPerL(128).inMmolPerL()).isEqualTo(128.0);
  }

  @Test
  void haemoglobin_oneGPerDl_is10GPerL() {
    assertThat(Haemoglobin.gPerDl(12.5).inGPerL()).isEqualTo(125.0);
  }

  @Test
  void afp_ngPerMl_equalsUgPerL() {
    assertThat(Afp.ngPerMl(400).inUgPerL()).isEqualTo(400.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.3, 1.1, 1.5, 2.0, 3.0, 4.2, 17.3, 35.7})
  void roundTrips_returnTheStartingValue(double v) {
    assertThat(Bilirubin.umolPerL(Bilirubin.mgPerDl(v).inUmolPerL()).inMgPerDl())
        .isCloseTo(v, within(EPS));
    double g = Math.min(v, 20);
    assertThat(Albumin.gPerL(Albumin.gPerDl(g).inGPerL()).inGPerDl()).isCloseTo(g, within(EPS));
    assertThat(Creatinine.umolPerL(Creatinine.mgPerDl(v).inUmolPerL()).inMgPerDl())
        .isCloseTo(v, within(EPS));
    double ca = Math.max(v, 0.5); // calcium's floor is 0.2 mg/dL
    assertThat(Calcium.mmolPerL(Calcium.mgPerDl(ca).inMmolPerL()).inMgPerDl())
        .isCloseTo(ca, within(EPS));
    assertThat(Crp.mgPerL(Crp.mgPerDl(v).inMgPerL()).inMgPerDl()).isCloseTo(v, within(EPS));
    assertThat(Platelets.billionPerL(Platelets.thousandPerUl(v).inBillionPerL()).inThousandPerUl())
        .isCloseTo(v, within(EPS));
  }

  @Test
  void of_acceptsUcumCodes() {
    assertThat(Albumin.of(31, "g/L")).isEqualTo(Albumin.gPerL(31));
    assertThat(Bilirubin.of(20.52, "umol/L").unit()).isEqualTo(LabUnit.UMOL_PER_L);
    assertThat(Inr.of(1.2, "{INR}").ratioValue()).isEqualTo(1.2);
    assertThat(Platelets.of(85, "10*3/uL").inBillionPerL()).isEqualTo(85.0);
  }

  @Test
  void acceptedUnits_listCanonicalFirst() {
    assertThat(UnitConversions.acceptedUnits(Analyte.TOTAL_BILIRUBIN))
        .containsExactly(LabUnit.UMOL_PER_L, LabUnit.MG_PER_DL);
  }

  @Test
  void everyAnalyte_hasAtLeastOneAcceptedUnit() {
    for (Analyte a : Analyte.values()) {
      assertThat(UnitConversions.acceptedUnits(a)).as(a.name()).isNotEmpty();
    }
  }

  @Test
  void toString_showsValueAsReportedWithUnit() {
    assertThat(Albumin.gPerDl(3.1)).hasToString("3.1 g/dL");
    assertThat(Platelets.thousandPerUl(85)).hasToString("85 10*3/uL");
  }
}
