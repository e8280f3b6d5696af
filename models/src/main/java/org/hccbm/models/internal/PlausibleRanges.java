package org.hccbm.models.internal;

/**
 * The ranges searched when a continuous laboratory input is unknown. They bound the search for a
 * bounded result; they are never used as a value. Each is wider than any value compatible with life
 * that a clinical laboratory reports, so the bounded result contains every real completion.
 *
 * <pre>
 * Input        Range searched           Why
 * Bilirubin    1.71–855 umol/L          1.71 umol/L = 0.1 mg/dL, the smallest value laboratories report
 *                                       (values below the ≈ 3 umol/L lower reference limit are reported,
 *                                       so that limit is not a floor; errata 2026-11-30); 855 umol/L =
 *                                       50 mg/dL, beyond the highest values reported in liver failure
 * Albumin      10–60 g/L                below 10 g/L and above 60 g/L are not compatible with life / not
 *                                       seen outside haemoconcentration artefact
 * INR          0.8–10                   0.8 is the lowest INR generators accept (ecosystem §4);
 *                                       10 is beyond the reportable range of most analysers
 * Creatinine   0.2–20 mg/dL             MELD bounds it to 1.0–4.0 (MELD 3.0: 1.0–3.0), so the upper end
 *                                       never matters there
 * Sodium       100–180 mmol/L           MELD bounds it to 125–137, so the ends never matter there
 * </pre>
 */
public final class PlausibleRanges {
  /** Lowest bilirubin searched, umol/L: 0.1 mg/dL × 17.1, the smallest value reported. */
  public static final double BILIRUBIN_MIN_UMOL_PER_L = 1.71;

  /** Highest bilirubin searched, umol/L (50 mg/dL). */
  public static final double BILIRUBIN_MAX_UMOL_PER_L = 855.0;

  /** Lowest albumin searched, g/L. */
  public static final double ALBUMIN_MIN_G_PER_L = 10.0;

  /** Highest albumin searched, g/L. */
  public static final double ALBUMIN_MAX_G_PER_L = 60.0;

  /** Lowest INR searched. */
  public static final double INR_MIN = 0.8;

  /** Highest INR searched. */
  public static final double INR_MAX = 10.0;

  /** Lowest creatinine searched, mg/dL. */
  public static final double CREATININE_MIN_MG_PER_DL = 0.2;

  /** Highest creatinine searched, mg/dL. */
  public static final double CREATININE_MAX_MG_PER_DL = 20.0;

  /** Lowest sodium searched, mmol/L. */
  public static final double SODIUM_MIN_MMOL_PER_L = 100.0;

  /** Highest sodium searched, mmol/L. */
  public static final double SODIUM_MAX_MMOL_PER_L = 180.0;

  private PlausibleRanges() {}
}
