package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.models.Subject;

/**
 * One thing a plan says: an option, a dose, a caution, an option ruled out with why, a team member,
 * or information a rule still needs — with the rule and the facts behind it.
 *
 * <p>An item with an {@link #intervention()} and no {@link #dependsOn()} is that intervention's
 * verdict for its {@link #subject()}; a plan holds at most one per intervention and subject. An
 * item with {@link #dependsOn()} (a dose, monitoring, post-operative RT, pre-operative
 * embolisation) exists only while one of those interventions is not ruled out (PS-28).
 *
 * @param domain the domain
 * @param kind what kind of item it is
 * @param wording the item, coded (since 0.3.0; {@link #text()} is its English rendering)
 * @param rule the rule that added it
 * @param facts the facts the rule read
 * @param intervention the intervention the item decides or belongs to (since 0.2.0)
 * @param subject the whole patient or a lesion (since 0.2.0; a {@link Subject} since 0.3.0, whose
 *     {@link Subject#id()} is the wire form "patient" or the lesion id)
 * @param dependsOn the interventions it depends on; empty for a verdict or a note (since 0.2.0)
 * @since 0.1.0
 */
public record PlanItem(
    Domain domain,
    Kind kind,
    Wording wording,
    RuleInfo rule,
    List<Fact> facts,
    Optional<Intervention> intervention,
    Subject subject,
    List<Intervention> dependsOn) {
  /** What kind of item. */
  public enum Kind {
    /** An option for the team to discuss. */
    OPTION,
    /** A dose or schedule for an option. */
    DOSE,
    /** A caution, or an option whose preconditions must first be met. */
    CAUTION,
    /** An option considered and ruled out, with the reason. */
    RULED_OUT,
    /** A team member the case needs. */
    TEAM_MEMBER,
    /** The rule needs an unknown fact; the text says what would decide it. */
    NEEDS_INFORMATION
  }

  /** The subject of an item about the whole patient. */
  public static final Subject PATIENT = Subject.patient();

  /** Validates and copies every component. */
  public PlanItem {
    requireNonNull(domain, "domain");
    requireNonNull(kind, "kind");
    requireNonNull(wording, "wording");
    requireNonNull(rule, "rule");
    facts = List.copyOf(facts);
    requireNonNull(intervention, "intervention");
    requireNonNull(subject, "subject");
    dependsOn = List.copyOf(dependsOn);
  }

  /**
   * Creates a note about the whole patient, with no intervention.
   *
   * @param domain the domain
   * @param kind the kind
   * @param wording the wording
   * @param rule the rule
   * @param facts the facts
   */
  public PlanItem(Domain domain, Kind kind, Wording wording, RuleInfo rule, List<Fact> facts) {
    this(domain, kind, wording, rule, facts, Optional.empty(), PATIENT, List.of());
  }

  /**
   * Returns the item in plain English words, rendered from its {@link #wording()}.
   *
   * @return the text
   */
  public String text() {
    return PlanRenderer.english().render(wording);
  }

  /**
   * Returns whether this item is an intervention's verdict.
   *
   * @return true for a verdict
   */
  public boolean isVerdict() {
    return intervention.isPresent() && dependsOn.isEmpty();
  }
}
