package org.hccbm.core.result;

import org.hccbm.core.Decimals;
import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A component whose input is unknown or not assessable, with the points it could still add.
 *
 * @param item the component, e.g. "Hepatic encephalopathy"
 * @param status why it is open: "unknown" or "not assessable (reason)"
 * @param possible what the item could still be, e.g. "none, grade 1–2 or grade 3–4" or
 *     "bilirubin 1.71–855 µmol/L (plausible range)"
 * @param minPoints the fewest points the item can add
 * @param maxPoints the most points the item can add; at least {@code minPoints}
 * @since 0.1.0
 */
public record OpenItem(String item, String status, String possible, double minPoints,
    double maxPoints) {
  /** Validates every component. */
  public OpenItem {
    requireNonNull(item, "item");
    requireNonNull(status, "status");
    requireNonNull(possible, "possible");
    if (!Double.isFinite(minPoints) || !Double.isFinite(maxPoints) || minPoints > maxPoints) {
      throw new InvalidClinicalInputException("open item points of " + item,
          minPoints + ".." + maxPoints, "a finite range with min <= max");
    }
  }

  /** Returns e.g. "Ascites: unknown (none, mild or moderate–severe) = 1..3". */
  @Override
  public String toString() {
    return item + ": " + status + " (" + possible + ") = " + Decimals.display(minPoints, 4) + ".."
        + Decimals.display(maxPoints, 4);
  }
}
