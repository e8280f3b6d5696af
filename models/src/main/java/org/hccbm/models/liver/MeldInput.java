package org.hccbm.models.liver;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;

/**
 * What the MELD family reads. MELD uses bilirubin, INR, creatinine and dialysis; MELD-Na adds
 * sodium; MELD 3.0 adds albumin, sex and age.
 *
 * @param bilirubin total bilirubin
 * @param inr INR
 * @param creatinine serum creatinine
 * @param sodium serum sodium
 * @param albumin albumin
 * @param sex sex
 * @param age age
 * @param dialysis two or more dialysis treatments, or 24 h of CVVHD, in the prior week
 * @since 0.1.0
 */
public record MeldInput(
    Observed<Bilirubin> bilirubin,
    Observed<Inr> inr,
    Observed<Creatinine> creatinine,
    Observed<Sodium> sodium,
    Observed<Albumin> albumin,
    Observed<Sex> sex,
    Observed<Age> age,
    Observed<Boolean> dialysis) {
  /** Validates every component. */
  public MeldInput {
    requireNonNull(bilirubin, "bilirubin");
    requireNonNull(inr, "inr");
    requireNonNull(creatinine, "creatinine");
    requireNonNull(sodium, "sodium");
    requireNonNull(albumin, "albumin");
    requireNonNull(sex, "sex");
    requireNonNull(age, "age");
    requireNonNull(dialysis, "dialysis");
  }

  /**
   * Returns the input for MELD and MELD-Na of an adult not on dialysis.
   *
   * @param bilirubin total bilirubin
   * @param inr INR
   * @param creatinine creatinine
   * @param sodium sodium
   * @return the input (albumin, sex and age unknown)
   */
  public static MeldInput of(Bilirubin bilirubin, Inr inr, Creatinine creatinine, Sodium sodium) {
    return new MeldInput(
        Observed.of(bilirubin),
        Observed.of(inr),
        Observed.of(creatinine),
        Observed.of(sodium),
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        Observed.of(false));
  }

  /**
   * Returns the input a patient provides.
   *
   * @param patient the patient
   * @return the input
   */
  public static MeldInput from(Patient patient) {
    return new MeldInput(
        patient.labs().bilirubin(),
        patient.labs().inr(),
        patient.labs().creatinine(),
        patient.labs().sodium(),
        patient.labs().albumin(),
        patient.sex(),
        patient.age(),
        patient.onDialysis());
  }

  /**
   * Returns a copy with the sodium known.
   *
   * @param value the sodium
   * @return the input
   */
  public MeldInput withSodium(Sodium value) {
    return new MeldInput(
        bilirubin, inr, creatinine, Observed.of(value), albumin, sex, age, dialysis);
  }

  /**
   * Returns a copy with albumin, sex and age known.
   *
   * @param alb albumin
   * @param s sex
   * @param a age
   * @return the input
   */
  public MeldInput withMeld3Items(Albumin alb, Sex s, Age a) {
    return new MeldInput(
        bilirubin,
        inr,
        creatinine,
        sodium,
        Observed.of(alb),
        Observed.of(s),
        Observed.of(a),
        dialysis);
  }

  /**
   * Returns a copy with the dialysis status known.
   *
   * @param value on dialysis
   * @return the input
   */
  public MeldInput withDialysis(boolean value) {
    return new MeldInput(bilirubin, inr, creatinine, sodium, albumin, sex, age, Observed.of(value));
  }
}
