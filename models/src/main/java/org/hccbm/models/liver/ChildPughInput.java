package org.hccbm.models.liver;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.PtProlongation;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.patient.Patient;

/**
 * What Child–Pugh reads. INR is used when known, otherwise the prothrombin-time prolongation.
 *
 * @param bilirubin total bilirubin
 * @param albumin albumin
 * @param inr INR
 * @param ptProlongation prothrombin time above control
 * @param ascites ascites
 * @param encephalopathy hepatic encephalopathy
 * @param cholestaticDisease PBC or PSC (cholestatic bilirubin bands)
 * @since 0.1.0
 */
public record ChildPughInput(
    Observed<Bilirubin> bilirubin,
    Observed<Albumin> albumin,
    Observed<Inr> inr,
    Observed<PtProlongation> ptProlongation,
    Observed<Ascites> ascites,
    Observed<Encephalopathy> encephalopathy,
    Observed<Boolean> cholestaticDisease) {
  /** Validates every component. */
  public ChildPughInput {
    requireNonNull(bilirubin, "bilirubin");
    requireNonNull(albumin, "albumin");
    requireNonNull(inr, "inr");
    requireNonNull(ptProlongation, "ptProlongation");
    requireNonNull(ascites, "ascites");
    requireNonNull(encephalopathy, "encephalopathy");
    requireNonNull(cholestaticDisease, "cholestaticDisease");
  }

  /**
   * Returns a complete input with INR and a non-cholestatic liver disease.
   *
   * @param bilirubin total bilirubin
   * @param albumin albumin
   * @param inr INR
   * @param ascites ascites
   * @param encephalopathy encephalopathy
   * @return the input
   */
  public static ChildPughInput of(
      Bilirubin bilirubin,
      Albumin albumin,
      Inr inr,
      Ascites ascites,
      Encephalopathy encephalopathy) {
    return new ChildPughInput(
        Observed.of(bilirubin),
        Observed.of(albumin),
        Observed.of(inr),
        Observed.unknown(),
        Observed.of(ascites),
        Observed.of(encephalopathy),
        Observed.of(false));
  }

  /**
   * Returns the input a patient provides.
   *
   * @param patient the patient
   * @return the input
   */
  public static ChildPughInput from(Patient patient) {
    return new ChildPughInput(
        patient.labs().bilirubin(),
        patient.labs().albumin(),
        patient.labs().inr(),
        patient.labs().ptProlongation(),
        patient.liver().ascites(),
        patient.liver().encephalopathy(),
        patient.liver().cholestaticDisease());
  }

  /**
   * Returns a copy with cholestatic disease known.
   *
   * @param cholestatic whether the disease is PBC or PSC
   * @return the input
   */
  public ChildPughInput withCholestaticDisease(boolean cholestatic) {
    return new ChildPughInput(
        bilirubin, albumin, inr, ptProlongation, ascites, encephalopathy, Observed.of(cholestatic));
  }
}
