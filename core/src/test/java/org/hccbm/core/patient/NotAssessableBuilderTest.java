package org.hccbm.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.tumour.PrimaryHcc;
import org.junit.jupiter.api.Test;

/** Issue 15: patient-level and primary-tumour findings can be marked not assessable by name. */
class NotAssessableBuilderTest {
  private static final Map<String, Function<Patient, Observed<?>>> PATIENT =
      Map.ofEntries(
          Map.entry("age", Patient::age),
          Map.entry("sex", Patient::sex),
          Map.entry("weight", Patient::weight),
          Map.entry("performanceStatus", Patient::performanceStatus),
          Map.entry("performanceStatusCancerRelated", Patient::performanceStatusCancerRelated),
          Map.entry("onDialysis", Patient::onDialysis),
          Map.entry("extraskeletalMetastases", Patient::extraskeletalMetastases),
          Map.entry("boneLesions", Patient::boneLesions),
          Map.entry("frankel", Patient::frankel),
          Map.entry("asia", Patient::asia),
          Map.entry("antithromboticTherapy", Patient::antithromboticTherapy));

  @Test
  void eachPatientFinding_isMarkedNotAssessable_andOnlyThatOne() {
    assertThat(PATIENT).hasSize(11);
    for (String field : PATIENT.keySet()) {
      Patient p = Patient.builder("x").notAssessable(field, "reason " + field).build();
      PATIENT.forEach(
          (other, getter) ->
              assertThat(getter.apply(p))
                  .as(field + " -> " + other)
                  .isEqualTo(
                      other.equals(field)
                          ? Observed.notAssessable("reason " + field)
                          : Observed.unknown()));
      assertThat(p.toBuilder().build()).isEqualTo(p);
    }
  }

  @Test
  void performanceStatusAndGrades_notAssessable_replaceAKnownValue() {
    Patient p =
        Patient.builder("x")
            .frankel(org.hccbm.core.neuro.FrankelGrade.D)
            .notAssessable("frankel", "sedated")
            .notAssessable("asia", "sedated")
            .notAssessable("performanceStatus", "ventilated")
            .build();
    assertThat(p.frankel()).isEqualTo(Observed.notAssessable("sedated"));
    assertThat(p.asia()).isEqualTo(Observed.notAssessable("sedated"));
    assertThat(p.performanceStatus()).isEqualTo(Observed.notAssessable("ventilated"));
  }

  @Test
  void anotherName_isRefused_namingTheAllowedOnes() {
    assertThatThrownBy(() -> Patient.builder("x").notAssessable("ecog", "sedated"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage(
            "not-assessable patient finding must be one of age, sex, weight, "
                + "performanceStatus, performanceStatusCancerRelated, onDialysis, "
                + "extraskeletalMetastases, boneLesions, frankel, asia, antithromboticTherapy, "
                + "was \"ecog\"");
    assertThatThrownBy(() -> PrimaryHcc.builder().notAssessable("vp", "x"))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessage(
            "not-assessable primary finding must be one of control, nodules, "
                + "macrovascularInvasion, portalVeinInvasion, ajccT, ajccN, afp, noduleCount, "
                + "was \"vp\"");
  }

  @Test
  void aBlankReason_isRefused() {
    assertThatThrownBy(() -> Patient.builder("x").notAssessable("frankel", " "))
        .isInstanceOf(InvalidClinicalInputException.class)
        .hasMessageStartingWith("not-assessable reason must be non-blank");
    assertThatThrownBy(() -> PrimaryHcc.builder().notAssessable("nodules", ""))
        .isInstanceOf(InvalidClinicalInputException.class);
  }

  @Test
  void eachPrimaryFinding_isMarkedNotAssessable_andOnlyThatOne() {
    Map<String, Function<PrimaryHcc, Observed<?>>> primary =
        Map.of(
            "control",
            PrimaryHcc::control,
            "nodules",
            PrimaryHcc::intrahepatic,
            "macrovascularInvasion",
            PrimaryHcc::macrovascularInvasion,
            "portalVeinInvasion",
            PrimaryHcc::portalVeinInvasion,
            "ajccT",
            PrimaryHcc::ajccT,
            "ajccN",
            PrimaryHcc::ajccN,
            "afp",
            PrimaryHcc::afp,
            "noduleCount",
            PrimaryHcc::noduleCount);
    for (String finding : List.copyOf(primary.keySet())) {
      PrimaryHcc h = PrimaryHcc.builder().notAssessable(finding, "why").build();
      primary.forEach(
          (other, getter) ->
              assertThat(getter.apply(h))
                  .as(finding + " -> " + other)
                  .isEqualTo(
                      other.equals(finding) ? Observed.notAssessable("why") : Observed.unknown()));
    }
  }
}
