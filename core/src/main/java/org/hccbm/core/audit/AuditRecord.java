package org.hccbm.core.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lab.LabValue;
import org.hccbm.core.patient.Patient;

/**
 * What produced one assessment (issue 16 point 4): when, which library version, which models at
 * which revisions, a SHA-256 of the canonical input document, and every known input with its date
 * and source. It holds no result: with the same version, models and input hash, the library gives
 * the same result again.
 *
 * <pre>{@code
 * AuditRecord r = AuditRecord.of(patient, models, sha256, Instant.now(), Map.of());
 * }</pre>
 *
 * @param timestamp when the assessment was made
 * @param libraryVersion the hccbm version ({@link HccbmVersion#current()})
 * @param patientId the caller's patient identifier
 * @param models the models evaluated, each once, in evaluation order
 * @param inputSha256 the SHA-256 of the canonical input document, 64 lower-case hex digits
 * @param inputs every known input of the patient, in patient order
 * @since 0.1.0
 */
public record AuditRecord(
    Instant timestamp,
    String libraryVersion,
    String patientId,
    List<ModelRef> models,
    String inputSha256,
    List<Input> inputs) {
  /** The source named for an input when the caller names none. */
  public static final String DEFAULT_SOURCE = "patient document";

  /**
   * Validates and copies every component.
   *
   * @throws InvalidClinicalInputException if the hash is not 64 lower-case hex digits
   */
  public AuditRecord {
    requireNonNull(timestamp, "timestamp");
    requireNonNull(libraryVersion, "libraryVersion");
    requireNonNull(patientId, "patientId");
    models = List.copyOf(requireNonNull(models, "models"));
    requireNonNull(inputSha256, "inputSha256");
    inputs = List.copyOf(requireNonNull(inputs, "inputs"));
    if (!inputSha256.matches("[0-9a-f]{64}")) {
      throw new InvalidClinicalInputException(
          "input SHA-256", inputSha256, "64 lower-case hex digits");
    }
  }

  /**
   * A model and the revision that was evaluated.
   *
   * @param id the model id
   * @param revision the revision
   */
  public record ModelRef(String id, int revision) {
    /**
     * Creates a reference.
     *
     * @throws NullPointerException if the id is null
     */
    public ModelRef {
      requireNonNull(id, "id");
    }
  }

  /**
   * One input as the assessment saw it.
   *
   * @param field the patient field, e.g. "labs.albumin" (as in docs/json.md)
   * @param value the value as shown, e.g. "3.1 g/dL"
   * @param date the date the value describes (a lab's sample date), when known
   * @param source where the value came from, e.g. "Observation/alb-1" or "patient document"
   */
  public record Input(String field, String value, Optional<LocalDate> date, String source) {
    /**
     * Creates an input.
     *
     * @throws NullPointerException if a component is null
     */
    public Input {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
      requireNonNull(date, "date");
      requireNonNull(source, "source");
    }
  }

  /**
   * Builds the record of an assessment.
   *
   * @param patient the patient assessed
   * @param models the models evaluated (repeats, e.g. one per lesion, are listed once)
   * @param inputSha256 the SHA-256 of the canonical input document
   * @param timestamp when the assessment was made
   * @param sources the source of each patient field that did not come from the patient document
   *     (e.g. from {@code FhirMapping.sources()}); other fields get {@link #DEFAULT_SOURCE}
   * @return the record
   */
  public static AuditRecord of(
      Patient patient,
      List<ModelInfo> models,
      String inputSha256,
      Instant timestamp,
      Map<String, String> sources) {
    requireNonNull(patient, "patient");
    requireNonNull(sources, "sources");
    Set<ModelRef> refs = new LinkedHashSet<>();
    for (ModelInfo m : requireNonNull(models, "models")) {
      refs.add(new ModelRef(m.id(), m.revision()));
    }
    List<Input> inputs = new ArrayList<>();
    for (LabValue v : patient.labs().values()) {
      String field = "labs." + labField(v);
      inputs.add(new Input(field, v.toString(), v.sampleDate(), source(sources, field)));
    }
    add(inputs, sources, "age", patient.age());
    add(inputs, sources, "sex", patient.sex());
    add(inputs, sources, "weight", patient.weight());
    add(inputs, sources, "performanceStatus", patient.performanceStatus());
    add(inputs, sources, "onDialysis", patient.onDialysis());
    add(inputs, sources, "frankel", patient.frankel());
    add(inputs, sources, "asia", patient.asia());
    add(inputs, sources, "antithromboticTherapy", patient.antithromboticTherapy());
    patient
        .boneLesions()
        .known()
        .ifPresent(
            l ->
                inputs.add(
                    new Input(
                        "boneLesions",
                        l.size() + (l.size() == 1 ? " lesion" : " lesions"),
                        Optional.empty(),
                        source(sources, "boneLesions"))));
    return new AuditRecord(
        timestamp, HccbmVersion.current(), patient.id(), List.copyOf(refs), inputSha256, inputs);
  }

  private static void add(
      List<Input> inputs, Map<String, String> sources, String field, Observed<?> value) {
    value
        .known()
        .ifPresent(
            v ->
                inputs.add(
                    new Input(field, String.valueOf(v), Optional.empty(), source(sources, field))));
  }

  private static String source(Map<String, String> sources, String field) {
    return sources.getOrDefault(field, DEFAULT_SOURCE);
  }

  /** The JSON field name of a lab (docs/json.md), e.g. "totalBilirubin". */
  private static String labField(LabValue v) {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : v.analyte().name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }
}
