package org.hccbm.core;

import org.jspecify.annotations.Nullable;

/**
 * A greatest diameter of a tumour or lesion, kept in the unit it was given.
 *
 * @since 0.1.0
 */
public final class Diameter implements Comparable<Diameter> {
  private static final double MM_PER_CM = 10.0;

  private final double value;
  private final boolean centimetres;

  private Diameter(double value, boolean centimetres) {
    String unit = centimetres ? "cm" : "mm";
    if (!Double.isFinite(value) || value <= 0.0) {
      throw new InvalidClinicalInputException("diameter", value + " " + unit, "> 0 " + unit);
    }
    double minValue = centimetres ? 0.01 : 0.1;
    if (value < minValue) {
      // 0.1 mm: below the resolution of any imaging that measures a lesion.
      throw new InvalidClinicalInputException(
          "diameter",
          value + " " + unit,
          ">= "
              + Decimals.plain(minValue)
              + " "
              + unit
              + " (0.1 mm, below any imaging resolution)");
    }
    double maxValue = centimetres ? 100 : 1_000;
    if (value > maxValue) {
      throw new InvalidClinicalInputException(
          "diameter", value + " " + unit, "<= " + Decimals.plain(maxValue) + " " + unit + " (1 m)");
    }
    this.value = value;
    this.centimetres = centimetres;
  }

  /**
   * Returns a diameter in centimetres.
   *
   * @param cm the diameter, 0.01 to 100 cm
   * @return the diameter
   * @throws InvalidClinicalInputException if not finite or outside those bounds
   */
  public static Diameter cm(double cm) {
    return new Diameter(cm, true);
  }

  /**
   * Returns a diameter in millimetres.
   *
   * @param mm the diameter, 0.1 to 1,000 mm
   * @return the diameter
   * @throws InvalidClinicalInputException if not finite or outside those bounds
   */
  public static Diameter mm(double mm) {
    return new Diameter(mm, false);
  }

  /**
   * Returns the diameter in centimetres.
   *
   * @return the diameter
   */
  public double inCm() {
    return centimetres ? value : value / MM_PER_CM;
  }

  /**
   * Returns the diameter in millimetres.
   *
   * @return the diameter
   */
  public double inMm() {
    return centimetres ? value * MM_PER_CM : value;
  }

  /**
   * Returns the unit the diameter was given in.
   *
   * @return "cm" or "mm"
   * @since 0.2.0
   */
  public String unit() {
    return centimetres ? "cm" : "mm";
  }

  @Override
  public int compareTo(Diameter other) {
    return Double.compare(inMm(), other.inMm());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Diameter other && Double.compare(inMm(), other.inMm()) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(inMm());
  }

  @Override
  public String toString() {
    return Decimals.plain(value) + (centimetres ? " cm" : " mm");
  }
}
