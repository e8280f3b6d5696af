package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.lesion.SkeletalSite;

/**
 * A course of radiotherapy to a skeletal site.
 *
 * @param site the site treated
 * @param totalDoseGy the total dose in gray, &gt; 0 and at most 200 Gy
 * @param fractions the number of fractions, 1..100
 * @param completed the date the course ended, when known
 * @since 0.1.0
 */
public record RadiotherapyCourse(
    SkeletalSite site, double totalDoseGy, int fractions, Optional<LocalDate> completed) {
  /** Validates every component. */
  public RadiotherapyCourse {
    requireNonNull(site, "site");
    requireNonNull(completed, "completed");
    if (!(totalDoseGy > 0.0 && totalDoseGy <= 200.0)) {
      throw new InvalidClinicalInputException(
          "radiotherapy total dose", totalDoseGy + " Gy", "> 0 Gy and <= 200 Gy");
    }
    if (totalDoseGy < 0.1) {
      // 0.1 Gy: below any therapeutic course (a single palliative fraction is 4-8 Gy).
      throw new InvalidClinicalInputException(
          "radiotherapy total dose",
          totalDoseGy + " Gy",
          ">= 0.1 Gy (below any therapeutic course)");
    }
    if (fractions < 1 || fractions > 100) {
      throw new InvalidClinicalInputException("radiotherapy fractions", fractions, "1..100");
    }
  }

  /**
   * Returns the dose per fraction in gray.
   *
   * @return the dose per fraction
   */
  public double dosePerFractionGy() {
    return totalDoseGy / fractions;
  }

  @Override
  public String toString() {
    return Decimals.plain(totalDoseGy)
        + " Gy/"
        + fractions
        + " to "
        + site.label()
        + completed.map(d -> " (" + d + ")").orElse("");
  }
}
