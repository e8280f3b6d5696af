package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * One component of a result, as data: the item's code, the input as used, the band or rule it
 * matched and, for scores, its points (or, for a formula, its term's value). Criteria and staging
 * rules have no points. Its words come from {@link Renderer}.
 *
 * @param code the item's stable code, e.g. {@code albumin}
 * @param input the input as used
 * @param band the band or rule matched
 * @param points the points or the formula term's value, finite; empty for a criterion or rule
 * @since 0.1.0
 */
public record ItemScore(ItemCode code, InputUsed input, Band band, OptionalDouble points) {
  /** Validates every component. */
  public ItemScore {
    requireNonNull(code, "code");
    requireNonNull(input, "input");
    requireNonNull(band, "band");
    requireNonNull(points, "points");
    if (points.isPresent() && !Double.isFinite(points.getAsDouble())) {
      throw new InvalidClinicalInputException(
          "item points of " + code, points.getAsDouble(), "finite");
    }
  }

  /**
   * Returns a scored item.
   *
   * @param code the item's code
   * @param input the input as used
   * @param band the band matched
   * @param points the points
   * @return the item
   * @since 0.3.0
   */
  public static ItemScore scored(ItemCode code, InputUsed input, Band band, double points) {
    return new ItemScore(code, input, band, points(points));
  }

  /** Shared OptionalDoubles of the whole points -16 to 47: items are built on every evaluation. */
  private static final OptionalDouble[] WHOLE_POINTS = new OptionalDouble[64];

  private static final int LOWEST_SHARED = -16;

  static {
    for (int i = 0; i < WHOLE_POINTS.length; i++) {
      WHOLE_POINTS[i] = OptionalDouble.of(i + LOWEST_SHARED);
    }
  }

  /** The points as an OptionalDouble, shared for a whole number in range (never for -0.0). */
  static OptionalDouble points(double points) {
    int whole = (int) points;
    int index = whole - LOWEST_SHARED;
    if (index >= 0
        && index < WHOLE_POINTS.length
        && Double.doubleToRawLongBits(points) == Double.doubleToRawLongBits(whole)) {
      return WHOLE_POINTS[index];
    }
    return OptionalDouble.of(points);
  }

  /**
   * Returns the points, 0 for an item without points.
   *
   * @return the points
   */
  public double pointsOrZero() {
    return points.orElse(0.0);
  }

  /**
   * Returns the patient field the input came from, when the item records one.
   *
   * @return the field, e.g. {@code labs.albumin}
   * @since 0.3.0
   */
  public Optional<String> patientField() {
    return input.patientField().isEmpty() ? Optional.empty() : Optional.of(input.patientField());
  }

  /**
   * Returns the item's label in English, e.g. "Albumin".
   *
   * @return the label
   */
  public String item() {
    return Renderer.english().label(code);
  }

  /**
   * Returns the input as used, in English, e.g. "3.1 g/dL".
   *
   * @return the rendering
   */
  public String observed() {
    return Renderer.english().input(input);
  }

  /**
   * Returns the band matched, in English, e.g. "2.8–3.5 g/dL".
   *
   * @return the rendering
   * @since 0.3.0
   */
  public String bandText() {
    return Renderer.english().band(band);
  }

  /** Returns e.g. "Albumin: 3.1 g/dL → 2.8–3.5 g/dL = 2". */
  @Override
  public String toString() {
    return Renderer.english().item(this);
  }
}
