package org.hccbm.models.bone;

/**
 * The clinical profile of a primary tumour in the Bollen model, assigned by tumour aggressiveness
 * and the availability of effective systemic treatment. The paper's tumour-to-profile table was not
 * retrieved and HCC's profile is unknown, so the caller supplies it.
 *
 * @since 0.1.0
 */
public enum ClinicalProfile {
  /** Favourable. */
  FAVOURABLE,
  /** Moderate. */
  MODERATE,
  /** Unfavourable. */
  UNFAVOURABLE
}
