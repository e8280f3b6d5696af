package org.hccbm.core.lesion;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * Pain intensity on the 0–10 numeric rating scale (NRS), with its band: 0 none, 1–3 mild, 4–6
 * moderate, 7–10 severe (NIH Clinical Center NRS; Serlin et al., Pain 1995, derived 1–4 / 5–6 /
 * 7–10 for cancer pain — the library uses the NIH bands). Unlike the Mirels pain item, which grades
 * pain on loading the limb, this is the patient's rating of how much it hurts.
 *
 * @param nrs the rating, 0..10
 * @since 0.2.0
 */
public record PainIntensity(int nrs) {
  /** The NRS bands. */
  public enum Band {
    /** 0. */
    NONE,
    /** 1–3. */
    MILD,
    /** 4–6. */
    MODERATE,
    /** 7–10. */
    SEVERE
  }

  /** Validates the rating. */
  public PainIntensity {
    if (nrs < 0 || nrs > 10) {
      throw new InvalidClinicalInputException("pain intensity (NRS)", nrs, "0..10");
    }
  }

  /**
   * Returns the intensity.
   *
   * @param nrs the rating, 0..10
   * @return the intensity
   * @throws InvalidClinicalInputException if outside 0..10
   */
  public static PainIntensity nrs(int nrs) {
    return new PainIntensity(nrs);
  }

  /**
   * Returns the band.
   *
   * @return none, mild, moderate or severe
   */
  public Band band() {
    return nrs == 0 ? Band.NONE : nrs <= 3 ? Band.MILD : nrs <= 6 ? Band.MODERATE : Band.SEVERE;
  }

  @Override
  public String toString() {
    return "NRS " + nrs + " (" + band().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
