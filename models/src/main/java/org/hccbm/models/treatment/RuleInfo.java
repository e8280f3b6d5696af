package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * A rule's identity: its id (R-…, listed in docs/models.md), what it says, its source, the evidence
 * level the source gives, and how its facts were verified.
 *
 * <p>The statement and the tag's wording are coded: a library rule's are the plan bundle's {@code
 * rule.<id>} and {@code rule.<id>.tag} ({@link #of}); {@link PlanRenderer} words them. The source
 * and the evidence level are the source's own words (a citation, and a grade such as ESMO's "[I,
 * B]" or ASTRO's "strong": the sources grade on different scales, so the grade is kept as written).
 *
 * @param id the rule id, e.g. "R-BTA-05"
 * @param statement the rule in one sentence
 * @param source the source, e.g. "ESMO 2020 (Coleman R, et al. Ann Oncol 2020;31:1650–1663)"
 * @param evidence the evidence level as the source grades it, or "" when it gives none
 * @param provenance how the rule's facts were verified (docs/sources.md), in tag order
 * @param tag the verification tag as shown, e.g. "[V]; schedule [M]": the provenance tags and the
 *     part of the rule each covers
 * @since 0.1.0
 */
public record RuleInfo(
    String id,
    Wording statement,
    String source,
    String evidence,
    Set<Provenance> provenance,
    Wording tag) {
  /** Validates and copies every component. */
  public RuleInfo {
    requireNonNull(id, "id");
    requireNonNull(statement, "statement");
    requireNonNull(source, "source");
    requireNonNull(evidence, "evidence");
    provenance = Sets.immutableEnumSet(provenance);
    requireNonNull(tag, "tag");
  }

  /**
   * Returns a library rule's identity: its statement and tag wording are the plan bundle's {@code
   * rule.<id>} and {@code rule.<id>.tag}.
   *
   * @param id the rule id
   * @param source the source
   * @param evidence the evidence level as the source grades it, or ""
   * @param provenance how the rule's facts were verified
   * @return the identity
   * @since 0.3.0
   */
  public static RuleInfo of(String id, String source, String evidence, Provenance... provenance) {
    return new RuleInfo(
        id,
        statementOf(id),
        source,
        evidence,
        Sets.immutableEnumSet(Arrays.asList(provenance)),
        tagOf(id));
  }

  /**
   * Returns the coded statement of a library rule: the bundle's {@code rule.<id>}.
   *
   * @param id the rule id
   * @return the wording
   * @since 0.3.0
   */
  public static Wording statementOf(String id) {
    return Wording.of("rule." + id);
  }

  /**
   * Returns the coded tag of a library rule: the bundle's {@code rule.<id>.tag}.
   *
   * @param id the rule id
   * @return the wording
   * @since 0.3.0
   */
  public static Wording tagOf(String id) {
    return Wording.of("rule." + id + ".tag");
  }

  /**
   * Returns the statement in English.
   *
   * @return the text
   * @since 0.3.0
   */
  public String statementText() {
    return statement.text();
  }

  /**
   * Returns the verification tag in English, e.g. "[V]; schedule [M]".
   *
   * @return the text
   * @since 0.3.0
   */
  public String tagText() {
    return tag.text();
  }

  @Override
  public String toString() {
    return id
        + " ("
        + source
        + (evidence.isEmpty() ? "" : ", " + evidence)
        + ", "
        + tag.text()
        + ")";
  }
}
