package org.hccbm.models.treatment;

/**
 * How a rule's facts were verified: the provenance tags of docs/sources.md, plus {@link #POLICY}
 * for a rule that is the library's own policy rather than a sourced fact. A rule's {@link
 * RuleInfo#tag() tag wording} says which part of the rule each tag covers.
 *
 * @since 0.3.0
 */
public enum Provenance {
  /** [V]: checked against text retrieved from the primary source (or quoting it word for word). */
  V("[V]"),
  /** [V1]: seen in the original paper's abstract or PubMed/PMC record. */
  V1("[V1]"),
  /** [V2]: seen in at least one independent secondary reproduction; full text not seen. */
  V2("[V2]"),
  /** [S]: checked against a secondary source only (a review, calculator page, code). */
  S("[S]"),
  /** [M]: from knowledge of the primary paper, not re-checked; to verify before release. */
  M("[M]"),
  /** [R]: from recall of the literature, not re-verified. */
  R("[R]"),
  /** [C]: a worked example constructed for the specification. */
  C("[C]"),
  /** [P]: a worked example published by a third party. */
  P("[P]"),
  /** [policy]: the library's own policy, not a sourced fact. */
  POLICY("[policy]");

  private final String tag;

  Provenance(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the tag as docs/sources.md writes it, e.g. "[V]".
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }
}
