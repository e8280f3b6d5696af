package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.LabUnit;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 1, issue 16 point 1: the CONVERSION caveat of a lab read through a unit alias or
 * an equivalent unit is coded ({@code lab.unitAlias}, {@code lab.equivalentUnit.<equivalence>},
 * {@code lab.unitAliasEquivalent.<equivalence>}) with the analyte, the value as reported and the
 * units as data; its English text is the note core gives ({@link LabValue#conversionNote()}) for
 * every analyte and every unit spelling accepted.
 */
class LabConversionCodedCaveatTest {
  /** Every accepted unit's code, its upper- and lower-case variants, and the named aliases. */
  private static List<String> spellings() {
    List<String> out = new ArrayList<>();
    for (LabUnit u : LabUnit.values()) {
      out.add(u.ucum());
      out.add(u.ucum().toUpperCase(java.util.Locale.ROOT));
      out.add(u.ucum().toLowerCase(java.util.Locale.ROOT));
      out.add(u.ucum().replace("u", "µ"));
    }
    out.addAll(List.of("mEq/L", "K/uL", "k/ul", "G/L", "/mm3", "cells/uL", "10^9/L", "x10^9/L"));
    return out;
  }

  @Test
  void everyAnalyteAndSpelling_codedCaveatRendersAsTheCoreNote() {
    int noted = 0;
    for (Analyte a : Analyte.values()) {
      for (String unit : spellings()) {
        LabValue v;
        try {
          v = LabValue.of(a, 1234.56789, unit);
        } catch (InvalidClinicalInputException e) {
          try {
            v = LabValue.of(a, 2.34567, unit);
          } catch (InvalidClinicalInputException e2) {
            continue; // not a unit of this analyte, or out of its bounds
          }
        }
        if (v.conversionNote().isEmpty()) {
          continue;
        }
        noted++;
        Caveat c = LabFreshness.conversionCaveat(v);
        assertThat(c.kind()).isEqualTo(CaveatKind.CONVERSION);
        assertThat(c.text()).as(a + " " + unit).isEqualTo(v.conversionNote().get());
      }
    }
    assertThat(noted).isGreaterThan(20);
  }

  @Test
  void sodiumInMeqPerL_equivalentUnit_andAlias_asData() {
    Caveat exact = LabFreshness.conversionCaveat(LabValue.of(Analyte.SODIUM, 131, "meq/L"));
    assertThat(exact.code()).isEqualTo("lab.equivalentUnit.monovalentMeq");
    assertThat(exact.args())
        .containsExactly(
            Value.of(Analyte.SODIUM), Quantity.of(131, "meq/L"), Quantity.of(131, "mmol/L"));
    assertThat(exact.text())
        .isEqualTo("sodium 131 meq/L used as 131 mmol/L: 1 meq/L = 1 mmol/L (monovalent ion)");
    Caveat alias = LabFreshness.conversionCaveat(LabValue.of(Analyte.SODIUM, 131, "mEq/L"));
    assertThat(alias.code()).isEqualTo("lab.unitAliasEquivalent.monovalentMeq");
    assertThat(alias.args().get(2)).isEqualTo(Value.text("mEq/L"));
    Caveat calcium = LabFreshness.conversionCaveat(LabValue.of(Analyte.CALCIUM, 4.8, "meq/L"));
    assertThat(calcium.code()).isEqualTo("lab.equivalentUnit.divalentMeq");
    assertThat(calcium.args().get(2)).isEqualTo(Quantity.of(2.4, "mmol/L"));
    Caveat count = LabFreshness.conversionCaveat(LabValue.of(Analyte.PLATELETS, 150000, "/uL"));
    assertThat(count.code()).isEqualTo("lab.equivalentUnit.countPerUl");
    Caveat caseOnly = LabFreshness.conversionCaveat(LabValue.of(Analyte.ALBUMIN, 3.1, "G/DL"));
    assertThat(caseOnly.code()).isEqualTo("lab.unitAlias");
    assertThat(caseOnly.args())
        .containsExactly(
            Value.of(Analyte.ALBUMIN),
            Quantity.of(3.1, "g/dL"),
            Value.text("G/DL"),
            Value.text("g/dL"));
  }
}
