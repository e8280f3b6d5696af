package org.hccbm.models.internal;

/**
 * Whole numbers boxed once: reachable totals are lists of boxed whole numbers, built for every
 * bounded result, and {@link Double#valueOf} boxes anew on every call.
 */
final class Wholes {
  /** The least whole number kept. */
  private static final int LEAST = -64;

  private static final Double[] BOXED = new Double[256];

  static {
    for (int i = 0; i < BOXED.length; i++) {
      BOXED[i] = (double) (i + LEAST);
    }
  }

  private Wholes() {}

  /** The whole number as a boxed double, shared from -64 to 191. */
  static Double boxed(int whole) {
    int index = whole - LEAST;
    return index >= 0 && index < BOXED.length ? BOXED[index] : Double.valueOf(whole);
  }
}
