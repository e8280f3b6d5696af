package org.hccbm.models.liver;

import org.hccbm.core.tumour.IntrahepaticTumour;

/**
 * Intrahepatic tumour burden in the terms BCLC, Milan and UCSF use, computed from the nodules.
 * Every comparison includes its end ("≤"), as the published tables print them.
 */
final class TumourBurden {
  private TumourBurden() {}

  /** BCLC: single ≤ 2 cm. */
  static boolean bclcVeryEarly(IntrahepaticTumour t) {
    return t.count() == 1 && largestCm(t) <= 2.0;
  }

  /** BCLC: single (any size), or 2–3 nodules each ≤ 3 cm. */
  static boolean bclcEarly(IntrahepaticTumour t) {
    return t.count() == 1 || (t.count() <= 3 && largestCm(t) <= 3.0);
  }

  /** Milan: single ≤ 5 cm, or 2–3 nodules each ≤ 3 cm. */
  static boolean withinMilan(IntrahepaticTumour t) {
    return (t.count() == 1 && largestCm(t) <= 5.0)
        || (t.count() >= 2 && t.count() <= 3 && largestCm(t) <= 3.0);
  }

  /** UCSF: single ≤ 6.5 cm, or 2–3 nodules, largest ≤ 4.5 cm, total diameter ≤ 8 cm. */
  static boolean withinUcsf(IntrahepaticTumour t) {
    return (t.count() == 1 && largestCm(t) <= 6.5)
        || (t.count() >= 2 && t.count() <= 3 && largestCm(t) <= 4.5 && totalCm(t) <= 8.0);
  }

  static double largestCm(IntrahepaticTumour t) {
    return t.largest().map(d -> d.inCm()).orElse(0.0);
  }

  /** The total diameter, summed in tenths of a millimetre to keep 4.5 + 2.0 + 1.5 exactly 8. */
  static double totalCm(IntrahepaticTumour t) {
    long tenthsMm = t.nodules().stream().mapToLong(d -> Math.round(d.inMm() * 10)).sum();
    return tenthsMm / 100.0;
  }

  /** How a nodule count without sizes is shown. */
  static String countOnly(int count) {
    return count + (count == 1 ? " nodule" : " nodules") + ", sizes not measured";
  }
}
