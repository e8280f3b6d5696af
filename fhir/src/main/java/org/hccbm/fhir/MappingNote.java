package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

/**
 * One line of a mapping report: a resource (and element, when the note is about one element), what
 * happened to it, the patient field it fed when it fed one, and why.
 *
 * @param resource the resource, e.g. "Observation/alb-1" (or "Bundle" for the whole Bundle)
 * @param element the element, e.g. "valueQuantity.unit", or "" for the whole resource
 * @param kind what happened
 * @param patientField the patient field it maps to, e.g. "labs.albumin", or "" when none
 * @param detail the reason or the value used, in words
 * @since 0.1.0
 */
public record MappingNote(
    String resource, String element, MappingKind kind, String patientField, String detail) {
  /**
   * Creates a note.
   *
   * @throws NullPointerException if a component is null
   */
  public MappingNote {
    requireNonNull(resource, "resource");
    requireNonNull(element, "element");
    requireNonNull(kind, "kind");
    requireNonNull(patientField, "patientField");
    requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return kind
        + " "
        + resource
        + (element.isEmpty() ? "" : " " + element)
        + (patientField.isEmpty() ? "" : " -> " + patientField)
        + ": "
        + detail;
  }
}
