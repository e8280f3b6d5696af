package org.hccbm.models.treatment;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.BodyWeight;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.patient.Sex;

/**
 * Creatinine clearance by Cockcroft–Gault with actual body weight (Cockcroft DW, Gault MH. Nephron
 * 1976;16:31–41; liver §11):
 *
 * <pre>
 * CrCl [mL/min] = (140 − age) × weight [kg] / (72 × SCr [mg/dL]) × (0.85 if female)
 * </pre>
 *
 * @since 0.1.0
 */
final class CockcroftGault {
  private CockcroftGault() {}

  /**
   * Returns the creatinine clearance.
   *
   * @param age the age
   * @param weight the actual body weight
   * @param sex the sex
   * @param creatinine the serum creatinine (converted to mg/dL)
   * @return CrCl in mL/min; 0 at age 140 or more is refused
   * @throws InvalidClinicalInputException if the age is 140 or more
   */
  public static double clearance(Age age, BodyWeight weight, Sex sex, Creatinine creatinine) {
    if (age.years() >= 140) {
      throw new InvalidClinicalInputException("age for Cockcroft–Gault", age, "< 140 years");
    }
    double crcl = (140 - age.years()) * weight.kg() / (72 * creatinine.inMgPerDl());
    return sex == Sex.FEMALE ? crcl * 0.85 : crcl;
  }

  /**
   * Returns the clearance a patient's record allows, or the names of what is missing.
   *
   * @param patient the patient
   * @param missing receives the names of unknown inputs
   * @return CrCl in mL/min, or empty when an input is unknown
   */
  public static Optional<Double> clearance(Patient patient, List<String> missing) {
    Age age = PlanContext.valueOrNull(patient.age());
    BodyWeight weight = PlanContext.valueOrNull(patient.weight());
    Sex sex = PlanContext.valueOrNull(patient.sex());
    Creatinine creatinine = PlanContext.valueOrNull(patient.labs().creatinine());
    if (age == null || weight == null || sex == null || creatinine == null) {
      if (age == null) {
        missing.add("age");
      }
      if (weight == null) {
        missing.add("body weight");
      }
      if (sex == null) {
        missing.add("sex");
      }
      if (creatinine == null) {
        missing.add("serum creatinine");
      }
      return Optional.empty();
    }
    return Optional.of(clearance(age, weight, sex, creatinine));
  }
}
