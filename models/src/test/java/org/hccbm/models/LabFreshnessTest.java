package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.AlkalinePhosphatase;
import org.hccbm.core.lab.Analyte;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Haemoglobin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lab.PtProlongation;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.lab.WhiteCellCount;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 8 (stale labs): the freshness window and which labs each model uses. */
class LabFreshnessTest {
  private static final LocalDate ASSESSED = LocalDate.of(2026, 11, 1);

  private static List<LabValue> allLabs(LocalDate sampled) {
    return List.of(
        Bilirubin.mgPerDl(2.5).takenOn(sampled),
        Albumin.gPerDl(2.9).takenOn(sampled),
        Inr.ratio(1.9).takenOn(sampled),
        PtProlongation.seconds(5).takenOn(sampled),
        Creatinine.mgPerDl(1.4).takenOn(sampled),
        Sodium.mmolPerL(131).takenOn(sampled),
        Platelets.thousandPerUl(80).takenOn(sampled),
        Calcium.mgPerDl(10.8).takenOn(sampled),
        Ldh.unitsPerL(300).takenOn(sampled),
        Crp.mgPerDl(1.2).takenOn(sampled),
        Afp.ngPerMl(500).takenOn(sampled),
        AlkalinePhosphatase.unitsPerL(200).takenOn(sampled),
        Haemoglobin.gPerDl(10).takenOn(sampled),
        WhiteCellCount.billionPerL(5).takenOn(sampled));
  }

  private static Patient patient(List<LabValue> labs) {
    return Patient.builder("fresh").assessmentDate(ASSESSED).labs(LabPanel.of(labs)).build();
  }

  private static List<LabValue> without(List<LabValue> labs, Analyte a) {
    List<LabValue> out = new ArrayList<>(labs);
    out.removeIf(v -> v.analyte() == a);
    return out;
  }

  @Test
  void uses_listsExactlyTheLabsWhoseRemovalChangesAResult() {
    List<LabValue> full = allLabs(ASSESSED);
    Map<String, Set<Analyte>> observed = new HashMap<>();
    // Once with every lab, once without the INR: Child-Pugh reads the PT only when the INR is
    // unknown.
    for (List<LabValue> base : List.of(full, without(full, Analyte.INR))) {
      List<Models.Evaluation> reference = Models.evaluate(patient(base));
      for (Analyte a : Analyte.values()) {
        if (base.stream().noneMatch(v -> v.analyte() == a)) {
          continue;
        }
        List<Models.Evaluation> less = Models.evaluate(patient(without(base, a)));
        for (int i = 0; i < reference.size(); i++) {
          String id = reference.get(i).model().id();
          observed.computeIfAbsent(id, k -> EnumSet.noneOf(Analyte.class));
          if (!reference.get(i).result().equals(less.get(i).result())) {
            observed.get(id).add(a);
          }
        }
      }
    }
    for (Map.Entry<String, Set<Analyte>> e : observed.entrySet()) {
      // Never a lab missing from the list (a stale lab must never go unflagged) ...
      assertThat(LabFreshness.uses(e.getKey())).as(e.getKey()).containsAll(e.getValue());
      // ... and none listed without cause: models that read only the Child-Pugh class (BCLC, Uka)
      // list Child-Pugh's labs, whose removal need not move a class that is already decided.
      if (e.getKey().equals("bclc-2022") || e.getKey().equals("uka-eligibility")) {
        assertThat(LabFreshness.uses(e.getKey()))
            .isEqualTo(observed.get("child-pugh"))
            .containsAll(e.getValue());
      } else {
        assertThat(LabFreshness.uses(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(observed).containsKey("katagiri-new").containsKey("tokuhashi-revised");
  }

  @Test
  void defect08_labOlderThanTheWindowGivesADataQualityCaveatNamingIt_bothSides() {
    // 30 days before: fresh; 31 days before: stale.
    assertThat(LabFreshness.stale(patient(allLabs(ASSESSED.minusDays(30))), 30)).isEmpty();
    List<LabValue> old = allLabs(ASSESSED.minusDays(31));
    assertThat(LabFreshness.stale(patient(old), 30)).hasSize(14);
    assertThat(LabFreshness.stale(patient(old), 31)).isEmpty();
    assertThat(LabFreshness.stale(patient(old), 0)).hasSize(14);
    assertThat(LabFreshness.stale(patient(allLabs(ASSESSED)), 0)).isEmpty();

    List<Models.Evaluation> evaluations =
        Models.evaluate(patient(List.of(Albumin.gPerDl(3.5).takenOn(LocalDate.of(2019, 1, 2)))));
    List<Caveat> albi = caveats(evaluations, "albi");
    Caveat stale =
        albi.stream().filter(c -> c.code().equals("lab.stale")).findFirst().orElseThrow();
    assertThat(stale.kind()).isEqualTo(CaveatKind.DATA_QUALITY);
    assertThat(stale.args())
        .containsExactly(
            org.hccbm.core.result.Value.of(org.hccbm.core.lab.Analyte.ALBUMIN),
            org.hccbm.core.result.Quantity.of(3.5, "g/dL"),
            org.hccbm.core.result.Value.text("2019-01-02"),
            org.hccbm.core.result.Value.of(2860),
            org.hccbm.core.result.Value.text("2026-11-01"),
            org.hccbm.core.result.Value.of(30));
    assertThat(stale.text())
        .isEqualTo(
            "albumin (3.5 g/dL) was sampled "
                + "on 2019-01-02, 2860 days before the assessment date 2026-11-01: older than the 30-day "
                + "freshness window; it may no longer describe the patient");
    // Every analyte is worded by the bundle.
    for (org.hccbm.core.lab.Analyte analyte : org.hccbm.core.lab.Analyte.values()) {
      assertThat(
              org.hccbm.core.result.Renderer.english()
                  .value(org.hccbm.core.result.Value.of(analyte)))
          .isEqualTo(analyte.displayName());
    }
    assertThat(caveats(evaluations, "meld").stream().map(Caveat::kind))
        .doesNotContain(CaveatKind.DATA_QUALITY);
    assertThat(caveats(evaluations, "tokuhashi-revised").stream().map(Caveat::kind))
        .doesNotContain(CaveatKind.DATA_QUALITY);
    // A complete result gets the caveats too, one per stale lab it uses.
    List<Models.Evaluation> complete =
        Models.evaluate(
            patient(
                List.of(
                    Albumin.gPerDl(3.5).takenOn(ASSESSED.minusDays(31)),
                    Bilirubin.mgPerDl(1.0).takenOn(ASSESSED.minusDays(40)))));
    assertThat(complete.get(1).result()).isInstanceOf(org.hccbm.core.result.Complete.class);
    assertThat(
            caveats(complete, "albi").stream()
                .filter(c -> c.kind() == CaveatKind.DATA_QUALITY)
                .map(Caveat::text))
        .hasSize(2)
        .anyMatch(
            t ->
                t.startsWith(
                    "total bilirubin (1 mg/dL) was " + "sampled on 2026-09-22, 40 days before"));
    // A window long enough keeps the result as it was.
    assertThat(
            caveats(
                    Models.evaluate(
                        patient(List.of(Albumin.gPerDl(3.5).takenOn(LocalDate.of(2019, 1, 2)))),
                        3000),
                    "albi")
                .stream()
                .map(Caveat::kind))
        .doesNotContain(CaveatKind.DATA_QUALITY);
  }

  @Test
  void stale_needsAnAssessmentDateAndASampleDate_windowNotNegative() {
    Patient undated =
        Patient.builder("x")
            .labs(LabPanel.of(Albumin.gPerDl(3.5).takenOn(LocalDate.of(2019, 1, 2))))
            .build();
    assertThat(LabFreshness.stale(undated, 30)).isEmpty();
    assertThat(LabFreshness.stale(patient(List.of(Albumin.gPerDl(3.5))), 30)).isEmpty();
    assertThatThrownBy(() -> LabFreshness.stale(undated, -1))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage("lab freshness window must be >= 0 days, was -1 days");
  }

  private static List<Caveat> caveats(List<Models.Evaluation> evaluations, String id) {
    return evaluations.stream()
        .filter(e -> e.model().id().equals(id))
        .findFirst()
        .orElseThrow()
        .result()
        .caveats();
  }
}
