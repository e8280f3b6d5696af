package org.hccbm.core.performance;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Karnofsky performance status, 0–100 in steps of 10 (Karnofsky and Burchenal 1949).
 *
 * @since 0.1.0
 */
public enum Karnofsky {
  /** 0: dead. */
  KPS_0(0),
  /** 10: moribund; fatal processes progressing rapidly. */
  KPS_10(10),
  /** 20: very sick; hospitalisation and active supportive treatment necessary. */
  KPS_20(20),
  /** 30: severely disabled; hospitalisation indicated although death not imminent. */
  KPS_30(30),
  /** 40: disabled; requires special care and assistance. */
  KPS_40(40),
  /** 50: requires considerable assistance and frequent medical care. */
  KPS_50(50),
  /** 60: requires occasional assistance but able to care for most personal needs. */
  KPS_60(60),
  /** 70: cares for self; unable to carry on normal activity or do active work. */
  KPS_70(70),
  /** 80: normal activity with effort; some signs or symptoms. */
  KPS_80(80),
  /** 90: able to carry on normal activity; minor signs or symptoms. */
  KPS_90(90),
  /** 100: normal; no complaints; no evidence of disease. */
  KPS_100(100);

  private final int percent;

  Karnofsky(int percent) {
    this.percent = percent;
  }

  /**
   * Returns the status for a percentage.
   *
   * @param percent 0..100 in steps of 10
   * @return the status
   * @throws InvalidClinicalInputException if not one of 0, 10, …, 100
   */
  public static Karnofsky of(int percent) {
    if (percent < 0 || percent > 100 || percent % 10 != 0) {
      throw new InvalidClinicalInputException(
          "Karnofsky performance status", percent, "0..100 in steps of 10");
    }
    return values()[percent / 10];
  }

  /**
   * Returns the percentage, 0..100.
   *
   * @return the percentage
   */
  public int percent() {
    return percent;
  }

  @Override
  public String toString() {
    return "KPS " + percent();
  }
}
