package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ModelResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 point 1: a lab read through a unit alias or an equivalent unit gives a CONVERSION caveat
 * naming the alias on every result whose model uses it, and on no other.
 */
class LabConversionCaveatTest {
  private static List<Caveat> conversions(List<Models.Evaluation> all, String modelId) {
    return all.stream()
        .filter(e -> e.model().id().equals(modelId))
        .flatMap(e -> e.result().caveats().stream())
        .filter(c -> c.kind() == CaveatKind.CONVERSION)
        .toList();
  }

  private static Patient patient(LabValue sodium) {
    return Patient.builder("na")
        .labs(
            LabPanel.of(
                Bilirubin.mgPerDl(1.0),
                Inr.ratio(1.2),
                Creatinine.mgPerDl(1.0),
                Albumin.gPerDl(3.5),
                sodium))
        .build();
  }

  @Test
  void sodiumAlias_mEqPerL_caveatOnMeldNaAndMeld3_notOnMeld() {
    List<Models.Evaluation> all =
        Models.evaluate(patient(LabValue.of(Analyte.SODIUM, 131, "mEq/L")));
    String note =
        "sodium 131 meq/L (unit written \"mEq/L\", read as UCUM meq/L) used as 131 "
            + "mmol/L: 1 meq/L = 1 mmol/L (monovalent ion)";
    assertThat(conversions(all, "meld-na")).extracting(Caveat::text).contains(note);
    assertThat(conversions(all, "meld-3.0")).extracting(Caveat::text).contains(note);
    assertThat(conversions(all, "meld")).extracting(Caveat::text).doesNotContain(note);
  }

  @Test
  void sodiumUcum_mmolPerL_noConversionCaveat() {
    List<Models.Evaluation> all = Models.evaluate(patient(Sodium.mmolPerL(131)));
    assertThat(conversions(all, "meld-na")).isEmpty();
  }

  @Test
  void aliasChangesNoScore() {
    List<Models.Evaluation> alias =
        Models.evaluate(patient(LabValue.of(Analyte.SODIUM, 131, "MMOL/L")));
    List<Models.Evaluation> exact = Models.evaluate(patient(Sodium.mmolPerL(131)));
    assertThat(alias).hasSameSizeAs(exact);
    for (int i = 0; i < exact.size(); i++) {
      ModelResult a = alias.get(i).result();
      ModelResult e = exact.get(i).result();
      assertThat(a.getClass()).isEqualTo(e.getClass());
      if (a.isComplete() && e.isComplete()) {
        assertThat(a.asComplete().total()).isEqualTo(e.asComplete().total());
        assertThat(a.asComplete().category()).isEqualTo(e.asComplete().category());
      }
    }
  }
}
