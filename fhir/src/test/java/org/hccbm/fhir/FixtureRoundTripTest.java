package org.hccbm.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, done-when 1: a Bundle built from each fixture patient maps back to the same patient and
 * the same assessment (every result equal: totals, categories, bounds, caveats).
 */
class FixtureRoundTripTest {
  static Stream<Patient> fixtures() {
    return Fixtures.all().stream();
  }

  /** The fixture without what the Bundle carries, as a caller would hold it before reading. */
  private static Patient withoutFhirParts(Patient p) {
    boolean ageInBundle = p.age().known().isPresent() && p.assessmentDate().isPresent();
    boolean drugsInBundle =
        p.antithromboticTherapy()
            .known()
            .filter(t -> t.any() && !t.drugClasses().isEmpty() && t.lastDose().isEmpty())
            .isPresent();
    return new Patient(
        p.id(),
        p.assessmentDate(),
        ageInBundle ? Observed.unknown() : p.age(),
        Observed.unknown(),
        p.weight(),
        Observed.unknown(),
        p.performanceStatusCancerRelated(),
        LabPanel.empty(),
        p.liver(),
        p.onDialysis(),
        p.primary(),
        p.extraskeletalMetastases(),
        p.boneLesions(),
        p.frankel(),
        p.asia(),
        p.history(),
        drugsInBundle ? Observed.unknown() : p.antithromboticTherapy());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureBundle_mapsBackToSamePatientAndAssessment(Patient fixture) {
    FhirMapping m = FhirPatientReader.read(Bundles.fromPatient(fixture), withoutFhirParts(fixture));
    assertThat(m.patient().labs()).isEqualTo(fixture.labs());
    assertThat(m.patient().performanceStatus()).isEqualTo(fixture.performanceStatus());
    assertThat(m.patient()).isEqualTo(fixture);
    List<Models.Evaluation> expected = Models.evaluate(fixture);
    assertThat(Models.evaluate(m.patient())).isEqualTo(expected);
    assertThat(m.report().diagnoses())
        .containsExactlyInAnyOrder(Diagnosis.HEPATOCELLULAR_CARCINOMA, Diagnosis.BONE_METASTASIS);
    assertThat(m.report().notes(MappingKind.REFUSED_VALUE)).isEmpty();
    assertThat(m.report().notes(MappingKind.UNMAPPED_CODE)).isEmpty();
    assertThat(m.report().notes(MappingKind.USED))
        .hasSizeGreaterThanOrEqualTo(fixture.labs().values().size() + 2);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureBundle_survivesJson(Patient fixture) {
    String json =
        ca.uhn.fhir.context.FhirContext.forR4Cached()
            .newJsonParser()
            .encodeResourceToString(Bundles.fromPatient(fixture));
    FhirMapping m = FhirPatientReader.readJson(json, withoutFhirParts(fixture));
    assertThat(Models.evaluate(m.patient())).isEqualTo(Models.evaluate(fixture));
  }
}
