package org.hccbm.core.tumour;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Diameter;

/**
 * The viable intrahepatic tumour nodules by greatest diameter. An empty list means no viable
 * intrahepatic tumour (LCSGJ T0).
 *
 * @param nodules each nodule's greatest diameter
 * @since 0.1.0
 */
public record IntrahepaticTumour(List<Diameter> nodules) {
  /** Validates and copies the nodules, largest first. */
  public IntrahepaticTumour {
    nodules = nodules.stream().sorted(Comparator.reverseOrder()).toList();
  }

  /**
   * Returns the tumour with the given nodules.
   *
   * @param nodules each nodule's greatest diameter
   * @return the tumour
   */
  public static IntrahepaticTumour of(Diameter... nodules) {
    return new IntrahepaticTumour(List.of(nodules));
  }

  /**
   * Returns the number of nodules.
   *
   * @return the count
   */
  public int count() {
    return nodules.size();
  }

  /**
   * Returns the largest nodule, when there is one.
   *
   * @return the largest, or empty
   */
  public Optional<Diameter> largest() {
    return nodules.isEmpty() ? Optional.empty() : Optional.of(nodules.get(0));
  }

  /**
   * Returns the sum of the nodules' diameters in cm.
   *
   * @return the total diameter
   */
  public double totalDiameterCm() {
    return nodules.stream().mapToDouble(Diameter::inCm).sum();
  }
}
