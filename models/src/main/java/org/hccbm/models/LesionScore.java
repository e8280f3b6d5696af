package org.hccbm.models;

import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.result.ModelResult;

/**
 * A model evaluated once per bone lesion (SINS per spinal lesion, Mirels per long-bone lesion).
 *
 * @since 0.1.0
 */
public interface LesionScore {
  /**
   * Returns the model's metadata.
   *
   * @return the metadata
   */
  ModelInfo info();

  /**
   * Returns whether the model grades this kind of lesion.
   *
   * @param lesion the lesion
   * @return true when it applies
   */
  boolean appliesTo(BoneLesion lesion);

  /**
   * Evaluates the model for one lesion; a lesion it does not grade gives a not-applicable result.
   *
   * @param lesion the lesion
   * @return the result
   */
  ModelResult evaluate(BoneLesion lesion);
}
