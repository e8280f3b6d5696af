package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

/**
 * A rule's identity: its id (R-…, listed in docs/models.md), what it says, its source, the evidence
 * level the source gives, and how the fact was verified ([V], [S], [M]).
 *
 * @param id the rule id, e.g. "R-BTA-05"
 * @param statement the rule in one sentence
 * @param source the source, e.g. "ESMO 2020 (Coleman R, et al. Ann Oncol 2020;31:1650–1663)"
 * @param evidence the evidence level as the source grades it, or "" when it gives none
 * @param tag the verification tag (docs/sources.md): [V], [S], [M] or a combination
 * @since 0.1.0
 */
public record RuleInfo(String id, String statement, String source, String evidence, String tag) {
  /** Validates every component. */
  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(statement, "statement");
    requireNonNull(source, "source");
    requireNonNull(evidence, "evidence");
    requireNonNull(tag, "tag");
  }

  @Override
  public String toString() {
    return id + " (" + source + (evidence.isEmpty() ? "" : ", " + evidence) + ", " + tag + ")";
  }
}
