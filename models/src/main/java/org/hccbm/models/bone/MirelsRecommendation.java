package org.hccbm.models.bone;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * Mirels recommendation (bone §5.2), with the fracture risks reproduced for the original cut-offs
 * (≤ 7, 8, ≥ 9).
 *
 * @since 0.1.0
 */
public enum MirelsRecommendation implements Category {
  /** Below the judgement score: radiotherapy and observation. */
  RADIOTHERAPY_AND_OBSERVATION,
  /** One below the fixation threshold: clinical judgement. */
  CLINICAL_JUDGEMENT,
  /** At or above the fixation threshold: prophylactic fixation. */
  PROPHYLACTIC_FIXATION;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return Renderer.english().categoryLabel(this);
  }

  @Override
  public String meaning() {
    return Renderer.english().categoryMeaning(this);
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
