package org.hccbm.models.treatment;

import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * Zoledronic acid dose by baseline creatinine clearance (Aapro 2008 table, PMC3459591; label;
 * R-BTA-05).
 *
 * <pre>
 * CrCl (mL/min)   &gt; 60    50–60   40–49   30–39   &lt; 30 or haemodialysis
 * Dose (mg)        4.0     3.5     3.3     3.0     not recommended (prefer denosumab)
 * </pre>
 *
 * <p>Band edges (U-17, errata): the table's integer bands leave (60, 61), (49, 50), (39, 40) and
 * (29, 30) open. The library truncates the clearance to a whole number first, toward the lower
 * band, as the errata recommend (docs/sources.md): 60.9 → 60 → 3.5 mg; 49.5 → 49 → 3.3 mg; 29.9 →
 * not recommended.
 *
 * @since 0.1.0
 */
final class ZoledronicAcidDose {
  private ZoledronicAcidDose() {}

  /**
   * Returns the dose for a clearance.
   *
   * @param crclMlPerMin the creatinine clearance, ≥ 0
   * @return the dose in mg, or empty when zoledronic acid is not recommended (CrCl &lt; 30)
   * @throws InvalidClinicalInputException if the clearance is negative or NaN
   */
  public static Optional<Double> milligrams(double crclMlPerMin) {
    if (!(crclMlPerMin >= 0)) {
      throw new InvalidClinicalInputException(
          "creatinine clearance", crclMlPerMin + " mL/min", ">= 0 mL/min");
    }
    long whole = (long) Math.floor(crclMlPerMin);
    if (whole > 60) {
      return Optional.of(4.0);
    }
    if (whole >= 50) {
      return Optional.of(3.5);
    }
    if (whole >= 40) {
      return Optional.of(3.3);
    }
    return whole >= 30 ? Optional.of(3.0) : Optional.empty();
  }
}
