package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.patient.Patient;

/**
 * A patient read from a FHIR Bundle, with the report of what was read and what was not.
 *
 * @param patient the patient
 * @param report the mapping report
 * @since 0.1.0
 */
public record FhirMapping(Patient patient, MappingReport report) {
  /**
   * Creates a mapping.
   *
   * @throws NullPointerException if a component is null
   */
  public FhirMapping {
    requireNonNull(patient, "patient");
    requireNonNull(report, "report");
  }
}
