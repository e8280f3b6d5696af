package org.hccbm.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16 point 1 (lab mapping): LabValue.of for any analyte, LOINC codes per analyte, unit
 * aliases and equivalents with their conversion notes, and refusals.
 */
class LabMappingTest {
  /** Pins every accepted LOINC code to its analyte and LOINC long common name. */
  @Test
  void loincTable_everyCodePinnedToAnalyteAndDisplay() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("1975-2", "TOTAL_BILIRUBIN|Bilirubin.total [Mass/volume] in Serum or Plasma");
    expected.put("14631-6", "TOTAL_BILIRUBIN|Bilirubin.total [Moles/volume] in Serum or Plasma");
    expected.put("1751-7", "ALBUMIN|Albumin [Mass/volume] in Serum or Plasma");
    expected.put(
        "61151-7",
        "ALBUMIN|Albumin [Mass/volume] in Serum or Plasma by Bromocresol "
            + "green (BCG) dye binding method");
    expected.put(
        "61152-5",
        "ALBUMIN|Albumin [Mass/volume] in Serum or Plasma by Bromocresol "
            + "purple (BCP) dye binding method");
    expected.put("6301-6", "INR|INR in Platelet poor plasma by Coagulation assay");
    expected.put("34714-6", "INR|INR in Blood by Coagulation assay");
    expected.put("46418-0", "INR|INR in Capillary blood by Coagulation assay");
    expected.put("2160-0", "CREATININE|Creatinine [Mass/volume] in Serum or Plasma");
    expected.put("14682-9", "CREATININE|Creatinine [Moles/volume] in Serum or Plasma");
    expected.put("2951-2", "SODIUM|Sodium [Moles/volume] in Serum or Plasma");
    expected.put("2947-0", "SODIUM|Sodium [Moles/volume] in Blood");
    expected.put("777-3", "PLATELETS|Platelets [#/volume] in Blood by Automated count");
    expected.put("26515-7", "PLATELETS|Platelets [#/volume] in Blood");
    expected.put("17861-6", "CALCIUM|Calcium [Mass/volume] in Serum or Plasma");
    expected.put("2000-8", "CALCIUM|Calcium [Moles/volume] in Serum or Plasma");
    expected.put(
        "2532-0", "LDH|Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma");
    expected.put(
        "14804-9",
        "LDH|Lactate dehydrogenase [Enzymatic activity/volume] in Serum or "
            + "Plasma by Lactate to pyruvate reaction");
    expected.put("1988-5", "CRP|C reactive protein [Mass/volume] in Serum or Plasma");
    expected.put("1834-1", "AFP|Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma");
    expected.put(
        "6768-6",
        "ALKALINE_PHOSPHATASE|Alkaline phosphatase [Enzymatic "
            + "activity/volume] in Serum or Plasma");
    expected.put("718-7", "HAEMOGLOBIN|Hemoglobin [Mass/volume] in Blood");
    expected.put("6690-2", "WHITE_CELL_COUNT|Leukocytes [#/volume] in Blood by Automated count");
    expected.put("26464-8", "WHITE_CELL_COUNT|Leukocytes [#/volume] in Blood");
    Map<String, String> actual = new LinkedHashMap<>();
    for (Analyte a : Analyte.values()) {
      for (LoincCode c : a.loincCodes()) {
        actual.put(c.code(), a.name() + "|" + c.display());
        assertThat(Analyte.fromLoinc(c.code())).contains(a);
      }
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void loincTable_primaryCodeListedFirst() {
    for (Analyte a : Analyte.values()) {
      if (a.loincCodes().isEmpty()) {
        assertThat(a).isEqualTo(Analyte.PT_PROLONGATION);
        assertThat(a.loinc()).isEmpty();
      } else {
        assertThat(a.loincCodes().get(0).code()).as(a.name()).isEqualTo(a.loinc());
      }
    }
  }

  /** Not read: direct bilirubin, ionised calcium, hs-CRP, AFP in units, AFP with mixed labels. */
  @ParameterizedTest
  @CsvSource({"1968-7", "1994-3", "30522-7", "19176-7", "19177-5", "89247-1", "''", "1975-3"})
  void fromLoinc_codeNotRead_isEmpty(String code) {
    assertThat(Analyte.fromLoinc(code)).isEmpty();
  }

  @Test
  void of_ucumCode_noAliasNoNote() {
    LabValue v = LabValue.of(Analyte.ALBUMIN, 3.1, "g/dL");
    assertThat(v).isInstanceOf(Albumin.class).isEqualTo(Albumin.gPerDl(3.1));
    assertThat(v.reportedUnit()).isEmpty();
    assertThat(v.conversionNote()).isEmpty();
  }

  @Test
  void of_everyAnalyte_givesItsSubtype() {
    for (Analyte a : Analyte.values()) {
      LabUnit unit = UnitConversions.acceptedUnits(a).get(0);
      double value = a == Analyte.SODIUM ? 140 : 10;
      LabValue v = LabValue.of(a, value, unit.ucum());
      assertThat(v.analyte()).isEqualTo(a);
      assertThat(v.unit()).isEqualTo(unit);
      assertThat(v.value()).isEqualTo(value);
      assertThat(v.getClass().getSimpleName()).isNotEqualTo("LabValue");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "TOTAL_BILIRUBIN, mg/dl, mg/dL",
    "TOTAL_BILIRUBIN, umol/l, umol/L",
    "TOTAL_BILIRUBIN, \u00b5mol/L, umol/L",
    "TOTAL_BILIRUBIN, \u03bcmol/L, umol/L",
    "CREATININE, \u00b5mol/l, umol/L",
    "ALBUMIN, g/l, g/L",
    "ALBUMIN, G/L, g/L",
    "ALBUMIN, g/dl, g/dL",
    "SODIUM, mEq/L, meq/L",
    "SODIUM, MMOL/L, mmol/L",
    "PLATELETS, 10^9/L, 10*9/L",
    "PLATELETS, x10^9/L, 10*9/L",
    "PLATELETS, x10*9/L, 10*9/L",
    "PLATELETS, \u00d710^9/L, 10*9/L",
    "PLATELETS, 10^3/uL, 10*3/uL",
    "PLATELETS, 10^3/\u00b5L, 10*3/uL",
    "PLATELETS, K/uL, 10*3/uL",
    "PLATELETS, G/L, 10*9/L",
    "PLATELETS, /mm3, /uL",
    "PLATELETS, cells/uL, /uL",
    "WHITE_CELL_COUNT, 10^9/l, 10*9/L",
    "LDH, u/l, U/L",
    "AFP, ng/ml, ng/mL",
    "CRP, MG/L, mg/L",
  })
  void of_alias_readAsItsUcumUnitAndKept(Analyte analyte, String alias, String ucum) {
    double value =
        analyte == Analyte.SODIUM
            ? 140
            : analyte == Analyte.PLATELETS && ucum.equals("/uL") ? 150_000 : 10;
    LabValue v = LabValue.of(analyte, value, alias);
    assertThat(v.unit().ucum()).isEqualTo(ucum);
    assertThat(v.value()).isEqualTo(value);
    assertThat(v.reportedUnit()).contains(alias);
    assertThat(v.conversionNote().orElseThrow())
        .contains("(unit written \"" + alias + "\", read as UCUM " + ucum + ")");
  }

  @Test
  void of_aliasNote_isVerbatim() {
    assertThat(LabValue.of(Analyte.ALBUMIN, 31, "g/l").conversionNote())
        .contains("albumin 31 g/L (unit written \"g/l\", read as UCUM g/L)");
  }

  @Test
  void takenOn_keepsAlias_andEqualityCountsIt() {
    LocalDate d = LocalDate.of(2026, 11, 2);
    Albumin a = ((Albumin) LabValue.of(Analyte.ALBUMIN, 31, "g/l")).takenOn(d);
    assertThat(a.reportedUnit()).contains("g/l");
    assertThat(a.sampleDate()).contains(d);
    assertThat(a)
        .isNotEqualTo(Albumin.gPerL(31).takenOn(d))
        .isEqualTo(((Albumin) LabValue.of(Analyte.ALBUMIN, 31, "g/l")).takenOn(d));
    assertThat(a.hashCode())
        .isEqualTo(((Albumin) LabValue.of(Analyte.ALBUMIN, 31, "g/l")).takenOn(d).hashCode());
  }

  /** Calcium is divalent: 1 meq/L = 0.5 mmol/L = 2.004 mg/dL. */
  @Test
  void calcium_meqPerL_isHalfAMillimole_withNote() {
    Calcium ca = (Calcium) LabValue.of(Analyte.CALCIUM, 4.8, "mEq/L");
    assertThat(ca.unit()).isEqualTo(LabUnit.MEQ_PER_L);
    assertThat(ca.inMmolPerL()).isCloseTo(2.4, within(1e-12));
    assertThat(ca.inMgPerDl()).isCloseTo(9.6192, within(1e-12));
    assertThat(ca.conversionNote())
        .contains(
            "calcium 4.8 meq/L (unit written \"mEq/L\", read as "
                + "UCUM meq/L) used as 2.4 mmol/L: 1 meq/L = 0.5 mmol/L (divalent ion)");
    assertThat(Calcium.of(4.8, "meq/L").conversionNote())
        .contains("calcium 4.8 meq/L used as 2.4 mmol/L: 1 meq/L = 0.5 mmol/L (divalent ion)");
    assertThat(UnitConversions.CALCIUM_MMOL_PER_L_PER_MEQ_PER_L).isEqualTo(0.5);
  }

  @Test
  void sodium_meqPerL_isOneMillimole_withNote() {
    Sodium na = Sodium.meqPerL(131);
    assertThat(na.inMmolPerL()).isEqualTo(131.0);
    assertThat(na.conversionNote())
        .contains("sodium 131 meq/L used as 131 mmol/L: 1 meq/L = 1 mmol/L (monovalent ion)");
    assertThat(Sodium.mmolPerL(131).conversionNote()).isEmpty();
  }

  @Test
  void platelets_perUl_isAThousandthOfTenCubedPerUl_withNote() {
    Platelets p = (Platelets) LabValue.of(Analyte.PLATELETS, 150_000, "/uL");
    assertThat(p.inThousandPerUl()).isCloseTo(150.0, within(1e-9));
    assertThat(p.conversionNote())
        .contains("platelet count 150000 /uL used as 150 10*3/uL: 1,000 /uL = 1 10*3/uL");
    WhiteCellCount w = (WhiteCellCount) LabValue.of(Analyte.WHITE_CELL_COUNT, 4_000, "/uL");
    assertThat(w.in(LabUnit.BILLION_PER_L)).isCloseTo(4.0, within(1e-12));
    assertThat(UnitConversions.THOUSAND_PER_UL_PER_CELL_PER_UL).isEqualTo(0.001);
  }

  @Test
  void identicalUnits_carryNoNote() {
    assertThat(Platelets.billionPerL(150).conversionNote()).isEmpty();
    assertThat(LabValue.of(Analyte.AFP, 20, "ug/L").conversionNote()).isEmpty();
  }

  @Test
  void afp_inUnits_isRefused() {
    for (String unit : List.of("kU/L", "[IU]/mL", "IU/mL")) {
      assertThatThrownBy(() -> LabValue.of(Analyte.AFP, 20, unit))
          .isInstanceOf(InvalidClinicalInputException.class)
          .hasMessage(
              "AFP unit must be one of ng/mL, ug/L, was "
                  + unit
                  + " (IU/mL and kU/L need a lab-specific factor; convert with it first)");
    }
  }

  @Test
  void unitOfAnotherAnalyte_isRefusedAsToday() {
    assertThatThrownBy(() -> LabValue.of(Analyte.PLATELETS, 150, "mg/dL"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("platelet count unit must be one of 10*9/L, 10*3/uL, /uL, was mg/dL");
    assertThatThrownBy(() -> LabValue.of(Analyte.ALBUMIN, 3.1, "K/uL"))
        .hasMessage("albumin unit must be one of g/L, g/dL, was K/uL");
    assertThatThrownBy(() -> LabValue.of(Analyte.CALCIUM, 2.4, "mg/L"))
        .hasMessage("calcium unit must be one of mg/dL, mmol/L, meq/L, was mg/L");
    assertThatThrownBy(() -> LabValue.of(Analyte.INR, 1.2, "%"))
        .hasMessage("INR unit must be one of {INR}, was %");
  }

  @Test
  void subtypeFactory_staysStrictUcum() {
    assertThatThrownBy(() -> Albumin.of(3.1, "g/dl"))
        .hasMessage("albumin unit must be one of g/L, g/dL, was g/dl");
  }

  @Test
  void of_valueOutOfBounds_isRefusedInTheGivenUnit() {
    assertThatThrownBy(() -> LabValue.of(Analyte.SODIUM, 20, "mEq/L"))
        .hasMessage("sodium must be >= 50 meq/L (below any measurable value), was 20.0 meq/L");
  }
}
