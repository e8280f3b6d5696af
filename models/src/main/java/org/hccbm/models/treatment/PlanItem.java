package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One thing a plan says: an option, a dose, a caution, an option ruled out with why, a team member,
 * or information a rule still needs — with the rule and the facts behind it.
 *
 * @param domain the domain
 * @param kind what kind of item it is
 * @param text the item in plain words
 * @param rule the rule that added it
 * @param facts the facts the rule read
 * @since 0.1.0
 */
public record PlanItem(Domain domain, Kind kind, String text, RuleInfo rule, List<Fact> facts) {
  /** What kind of item. */
  public enum Kind {
    /** An option for the team to discuss. */
    OPTION,
    /** A dose or schedule for an option. */
    DOSE,
    /** A caution attached to an option. */
    CAUTION,
    /** An option considered and ruled out, with the reason. */
    RULED_OUT,
    /** A team member the case needs. */
    TEAM_MEMBER,
    /** The rule needs an unknown fact; the text says what would decide it. */
    NEEDS_INFORMATION
  }

  /** Validates and copies every component. */
  public PlanItem {
    requireNonNull(domain, "domain");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(rule, "rule");
    facts = List.copyOf(facts);
  }
}
