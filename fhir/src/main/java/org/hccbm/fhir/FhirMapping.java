package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * Returns, for each patient field the Bundle supplied, the resource it came from (e.g.
   * "labs.albumin" to "Observation/alb-1"): the sources of an audit record ({@code
   * AuditRecord.of}). Antithrombotic therapy from several resources names them all.
   *
   * @return field to resource
   */
  public Map<String, String> sources() {
    Map<String, String> out = new LinkedHashMap<>();
    for (MappingNote n : report.notes()) {
      if ((n.kind() == MappingKind.USED || n.kind() == MappingKind.CONVERTED)
          && !n.patientField().isEmpty()) {
        out.merge(n.patientField(), n.resource(), (a, b) -> a + ", " + b);
      }
    }
    return Map.copyOf(out);
  }
}
