package org.hccbm.models.bone;

import org.hccbm.core.result.Category;

/**
 * Mirels recommendation (bone §5.2), with the fracture risks reproduced for the original cut-offs
 * (≤ 7, 8, ≥ 9).
 *
 * @since 0.1.0
 */
public enum MirelsRecommendation implements Category {
  /** Below the judgement score: radiotherapy and observation. */
  RADIOTHERAPY_AND_OBSERVATION(
      "radiotherapy and observation", "fracture risk ≈ 4 % (0–4 %) at ≤ 7"),
  /** One below the fixation threshold: clinical judgement. */
  CLINICAL_JUDGEMENT("clinical judgement", "fracture risk ≈ 15 % at 8"),
  /** At or above the fixation threshold: prophylactic fixation. */
  PROPHYLACTIC_FIXATION("prophylactic fixation", "fracture risk ≥ 33 % at ≥ 9");

  private final String label;
  private final String meaning;

  MirelsRecommendation(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return "Mirels: " + label;
  }

  @Override
  public String meaning() {
    return meaning + " (Mirels 1989 as reproduced)";
  }

  /**
   * Returns whether prophylactic fixation is recommended: an impending fracture (at or above the
   * fixation threshold; Mirels 1989).
   *
   * @return true for prophylactic fixation
   * @since 0.2.0
   */
  public boolean fixationRecommended() {
    return this == PROPHYLACTIC_FIXATION;
  }

  /**
   * Returns whether fixation is a matter of orthopaedic judgement (one below the fixation
   * threshold; Mirels 1989).
   *
   * @return true for clinical judgement
   * @since 0.2.0
   */
  public boolean needsJudgement() {
    return this == CLINICAL_JUDGEMENT;
  }

  /**
   * Returns whether a surgeon is asked about the lesion: fixation recommended or a matter of
   * judgement.
   *
   * @return true unless radiotherapy and observation
   * @since 0.2.0
   */
  public boolean surgeonAsked() {
    return this != RADIOTHERAPY_AND_OBSERVATION;
  }
}
