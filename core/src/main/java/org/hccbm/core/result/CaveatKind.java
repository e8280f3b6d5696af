package org.hccbm.core.result;

/**
 * What a caveat is about.
 *
 * @since 0.1.0
 */
public enum CaveatKind {
  /** The patient lies outside the population the model was derived in. */
  OUTSIDE_DERIVATION_POPULATION,
  /** An input was converted between units or scales. */
  CONVERSION,
  /** A value was bounded (floored, capped) or substituted by the model's own rule. */
  CLAMP,
  /** Sources disagree; the result follows a named reading. */
  SOURCE_CONFLICT,
  /** The library made an assumption the source does not make. */
  ASSUMPTION,
  /** Figures are historical group results of a derivation cohort, not individual predictions. */
  HISTORICAL_FIGURES,
  /** A fact behind the result is not verified against the primary source. */
  UNVERIFIED,
  /** An input is older than its freshness window or implausible. */
  DATA_QUALITY,
  /**
   * An input is unknown, but no value it could take changes the result, so the result is complete;
   * the caveat names the input.
   *
   * @since 0.2.0
   */
  UNKNOWN_DID_NOT_MATTER
}
