package org.hccbm.models.liver;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.patient.Patient;

/**
 * What ALBI reads.
 *
 * @param bilirubin total bilirubin
 * @param albumin albumin
 * @since 0.1.0
 */
public record AlbiInput(Observed<Bilirubin> bilirubin, Observed<Albumin> albumin) {
  /** Validates every component. */
  public AlbiInput {
    requireNonNull(bilirubin, "bilirubin");
    requireNonNull(albumin, "albumin");
  }

  /**
   * Returns a complete input.
   *
   * @param bilirubin total bilirubin
   * @param albumin albumin
   * @return the input
   */
  public static AlbiInput of(Bilirubin bilirubin, Albumin albumin) {
    return new AlbiInput(Observed.of(bilirubin), Observed.of(albumin));
  }

  /**
   * Returns the input a patient provides.
   *
   * @param patient the patient
   * @return the input
   */
  public static AlbiInput from(Patient patient) {
    return new AlbiInput(patient.labs().bilirubin(), patient.labs().albumin());
  }
}
