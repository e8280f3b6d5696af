package org.hccbm.jackson;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;

/**
 * A patient document read with its optional {@code "variants"} object (docs/json.md): the patient,
 * and the model variants the document asks for. Reading the same document as a {@link Patient}
 * validates the variants too but leaves them out; read it as this type to use them.
 *
 * <pre>{@code
 * AssessmentRequest r = mapper.readValue(json, AssessmentRequest.class);
 * List<Models.Evaluation> results = r.evaluate();
 * }</pre>
 *
 * @param patient the patient
 * @param variants the variants chosen by the document (the defaults when it names none)
 * @since 0.2.0
 */
public record AssessmentRequest(Patient patient, VariantSelection variants) {
  /** Validates every component. */
  public AssessmentRequest {
    requireNonNull(patient, "patient");
    requireNonNull(variants, "variants");
  }

  /**
   * Evaluates every model for the patient under the chosen variants.
   *
   * @return one evaluation per model (per lesion for the per-lesion models)
   */
  public List<Models.Evaluation> evaluate() {
    return Models.evaluate(patient, variants);
  }

  /**
   * Evaluates every model under the chosen variants, flagging labs older than a window.
   *
   * @param labWindowDays a lab sampled more than this many days before the assessment date gives a
   *     DATA_QUALITY caveat on every result that uses it
   * @return the evaluations
   */
  public List<Models.Evaluation> evaluate(int labWindowDays) {
    return Models.evaluate(patient, variants, labWindowDays);
  }
}
