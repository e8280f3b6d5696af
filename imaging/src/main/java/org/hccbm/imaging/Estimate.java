package org.hccbm.imaging;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * A proportion as a source reports it: the point estimate and, where published, its 95 % confidence
 * interval. An unpublished interval is unknown (empty), never zero-width.
 *
 * @param value the estimate, in [0, 1]
 * @param ci the published 95 % confidence interval, within [0, 1] and containing the value
 * @since 0.1.0
 */
public record Estimate(double value, Optional<Interval> ci) {
  /** Validates every component. */
  public Estimate {
    requireNonNull(ci, "ci");
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidClinicalInputException("proportion", value, "in [0, 1]");
    }
    ci.ifPresent(
        i -> {
          if (i.lower() < 0 || i.upper() > 1 || !i.contains(value)) {
            throw new InvalidClinicalInputException(
                "confidence interval of " + value, i, "within [0, 1] and containing the estimate");
          }
        });
  }

  /**
   * Returns an estimate without a published interval.
   *
   * @param value the estimate, in [0, 1]
   * @return the estimate
   */
  public static Estimate of(double value) {
    return new Estimate(value, Optional.empty());
  }

  /**
   * Returns an estimate with its 95 % interval.
   *
   * @param value the estimate
   * @param lower the lower end
   * @param upper the upper end
   * @return the estimate
   */
  public static Estimate of(double value, double lower, double upper) {
    return new Estimate(value, Optional.of(new Interval(lower, upper)));
  }

  @Override
  public String toString() {
    return Decimals.plain(value) + ci.map(i -> " (95 % CI " + i + ")").orElse(" (CI unknown)");
  }
}
