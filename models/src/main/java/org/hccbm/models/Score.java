package org.hccbm.models;

import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;

/**
 * A clinical model: stateless, thread-safe, with its metadata. It reads its own narrow input
 * record; {@link #evaluate(Patient)} derives that record from a patient.
 *
 * @param <I> the model's input record
 * @since 0.1.0
 */
public interface Score<I> {
  /**
   * Returns the model's identity, variant, revision, status and source.
   *
   * @return the metadata
   */
  ModelInfo info();

  /**
   * Evaluates the model. Unknown inputs give a {@code Bounded} result, never an imputed one.
   *
   * @param input the input
   * @return a complete, bounded or not-applicable result
   * @throws InvalidClinicalInputException if the input is inconsistent
   */
  ModelResult evaluate(I input);

  /**
   * Derives the model's input from a patient.
   *
   * @param patient the patient
   * @return the input
   */
  I inputFrom(Patient patient);

  /**
   * Evaluates the model for a patient.
   *
   * @param patient the patient
   * @return a complete, bounded or not-applicable result
   */
  default ModelResult evaluate(Patient patient) {
    return evaluate(inputFrom(patient));
  }
}
