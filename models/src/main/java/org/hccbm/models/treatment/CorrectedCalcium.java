package org.hccbm.models.treatment;

import org.hccbm.core.Decimals;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.LabUnit;

/**
 * Albumin-corrected calcium (Payne RB, et al. BMJ 1973;4:643–646; R-BTA-10), in the formula of the
 * unit the calcium was given in (errata: the SI coefficient 0.02 is not the exact conversion of
 * 0.8, so the two formulas differ slightly; the library says which it used):
 *
 * <pre>
 * mg/dL:  Ca_corr = Ca + 0.8 × (4.0 − albumin [g/dL])
 * mmol/L: Ca_corr = Ca + 0.02 × (40 − albumin [g/L])
 * </pre>
 *
 * @param value the corrected calcium in the calcium's unit
 * @param unit the unit, mg/dL or mmol/L
 * @param formula the formula applied
 * @since 0.1.0
 */
record CorrectedCalcium(double value, LabUnit unit, String formula) {
  /**
   * Lower reference limit used to flag hypocalcaemia: 8.5 mg/dL [M]. SI values are converted (×
   * 4.008) before comparing, so 2.12 mmol/L (8.497 mg/dL) is low.
   */
  public static final double LOWER_LIMIT_MG_PER_DL = 8.5;

  /**
   * Upper reference limit used to flag hypercalcaemia: 10.5 mg/dL [M]. SI values are converted (×
   * 4.008) before comparing, so 2.62 mmol/L (10.501 mg/dL) is high.
   */
  public static final double UPPER_LIMIT_MG_PER_DL = 10.5;

  /** Hypercalcaemia of malignancy from 12 mg/dL (zoledronic acid label's HCM threshold). */
  public static final double HCM_MG_PER_DL = 12.0;

  /** The same threshold in SI units: 3.0 mmol/L. */
  public static final double HCM_MMOL_PER_L = 3.0;

  /** Severe hypercalcaemia above 14 mg/dL (planner-safety PS-7). */
  public static final double SEVERE_MG_PER_DL = 14.0;

  /** The same threshold in SI units: 3.5 mmol/L. */
  public static final double SEVERE_MMOL_PER_L = 3.5;

  /**
   * Returns whether it is hypercalcaemia of malignancy (≥ 12 mg/dL or ≥ 3.0 mmol/L, compared in the
   * unit given).
   *
   * @return true from 12 mg/dL (3.0 mmol/L)
   */
  public boolean hypercalcaemiaOfMalignancy() {
    return unit == LabUnit.MMOL_PER_L ? value >= HCM_MMOL_PER_L : value >= HCM_MG_PER_DL;
  }

  /**
   * Returns whether it is severe (&gt; 14 mg/dL or &gt; 3.5 mmol/L, compared in the unit given).
   *
   * @return true above 14 mg/dL (3.5 mmol/L)
   */
  public boolean severe() {
    return unit == LabUnit.MMOL_PER_L ? value > SEVERE_MMOL_PER_L : value > SEVERE_MG_PER_DL;
  }

  /**
   * Returns the corrected calcium.
   *
   * @param calcium total calcium
   * @param albumin albumin
   * @return the corrected value in the calcium's unit
   */
  public static CorrectedCalcium of(Calcium calcium, Albumin albumin) {
    if (calcium.unit() == LabUnit.MMOL_PER_L) {
      return new CorrectedCalcium(
          calcium.value() + 0.02 * (40 - albumin.inGPerL()),
          LabUnit.MMOL_PER_L,
          "Ca + 0.02 × (40 − albumin g/L)");
    }
    return new CorrectedCalcium(
        calcium.inMgPerDl() + 0.8 * (4.0 - albumin.inGPerDl()),
        LabUnit.MG_PER_DL,
        "Ca + 0.8 × (4.0 − albumin g/dL)");
  }

  /**
   * Returns the value in mg/dL.
   *
   * @return the value
   */
  public double inMgPerDl() {
    return unit == LabUnit.MMOL_PER_L ? value * 4.008 : value;
  }

  /**
   * Returns whether it is below the lower reference limit.
   *
   * @return true if low
   */
  public boolean low() {
    return inMgPerDl() < LOWER_LIMIT_MG_PER_DL;
  }

  /**
   * Returns whether it is above the upper reference limit.
   *
   * @return true if high
   */
  public boolean high() {
    return inMgPerDl() > UPPER_LIMIT_MG_PER_DL;
  }

  @Override
  public String toString() {
    return Decimals.shown(Math.round(value * 100) / 100.0)
        + " "
        + unit.ucum()
        + " ("
        + formula
        + ")";
  }
}
