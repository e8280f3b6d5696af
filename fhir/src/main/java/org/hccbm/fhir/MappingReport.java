package org.hccbm.fhir;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reading a Bundle did with each of its resources and elements: nothing is dropped without a
 * note. Beside the notes it lists the diagnoses the Bundle's Conditions confirmed.
 *
 * @param notes one note per resource or element, in Bundle order, then notes about absent inputs
 * @param diagnoses the diagnoses confirmed by a usable Condition
 * @since 0.1.0
 */
public record MappingReport(List<MappingNote> notes, Set<Diagnosis> diagnoses) {
  /**
   * Creates a report.
   *
   * @throws NullPointerException if a component is null
   */
  public MappingReport {
    notes = List.copyOf(requireNonNull(notes, "notes"));
    diagnoses = Set.copyOf(requireNonNull(diagnoses, "diagnoses"));
  }

  /**
   * Returns the notes of one kind.
   *
   * @param kind the kind
   * @return the notes, in report order
   */
  public List<MappingNote> notes(MappingKind kind) {
    requireNonNull(kind, "kind");
    return notes.stream().filter(n -> n.kind() == kind).toList();
  }

  /**
   * Returns the notes about one resource.
   *
   * @param resource the resource, e.g. "Observation/alb-1"
   * @return the notes, in report order
   */
  public List<MappingNote> about(String resource) {
    requireNonNull(resource, "resource");
    return notes.stream().filter(n -> n.resource().equals(resource)).toList();
  }

  /** Returns one note per line. */
  @Override
  public String toString() {
    return notes.stream().map(MappingNote::toString).collect(Collectors.joining("\n"));
  }
}
