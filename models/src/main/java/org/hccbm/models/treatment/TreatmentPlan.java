package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The options a multidisciplinary team would discuss for one patient, grouped by domain, each with
 * the rule, source and facts behind it; options ruled out with why; and what information is still
 * needed. Never a single directive.
 *
 * @param patientId the patient's identifier
 * @param policy the survival policy's name
 * @param survival the expected survival the rules used
 * @param otherEstimates every model's estimate, shown beside the one used
 * @param items every item, in rule order
 * @since 0.1.0
 */
public record TreatmentPlan(String patientId, String policy, SurvivalEstimate survival,
    List<SurvivalEstimate> otherEstimates, List<PlanItem> items) {
  /** Validates and copies every component. */
  public TreatmentPlan {
    requireNonNull(patientId, "patientId");
    requireNonNull(policy, "policy");
    requireNonNull(survival, "survival");
    otherEstimates = List.copyOf(otherEstimates);
    items = List.copyOf(items);
  }

  /**
   * Returns the items of one domain.
   *
   * @param domain the domain
   * @return its items, in rule order
   */
  public List<PlanItem> items(Domain domain) {
    return items.stream().filter(i -> i.domain() == domain).toList();
  }

  /**
   * Returns the items a rule added.
   *
   * @param ruleId the rule id, e.g. "R-BTA-05"
   * @return its items
   */
  public List<PlanItem> byRule(String ruleId) {
    return items.stream().filter(i -> i.rule().id().equals(ruleId)).toList();
  }

  /**
   * Returns a plain-text rendering.
   *
   * @return the rendering, lines separated by '\n'
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Treatment options for ").append(patientId)
        .append(" (for multidisciplinary discussion; not a directive)\n");
    out.append("  Expected survival used: ").append(survival).append('\n');
    out.append("  Policy: ").append(policy).append('\n');
    otherEstimates.stream().filter(e -> !e.modelId().equals(survival.modelId()))
        .forEach(e -> out.append("  Also: ").append(e).append('\n'));
    if (!otherEstimates.isEmpty()) {
      out.append("  Survival by model: ").append(String.join("; ", otherEstimates.stream()
          .map(SurvivalEstimate::summary).toList())).append(" — used: ").append(survival.summary())
          .append('\n');
    }
    for (Domain domain : Domain.values()) {
      List<PlanItem> in = items(domain);
      if (in.isEmpty()) {
        continue;
      }
      out.append(domain.label()).append('\n');
      for (PlanItem item : in) {
        out.append("  ").append(mark(item.kind())).append(' ').append(item.text());
        out.append("  [").append(item.rule().id()).append(']');
        if (!item.facts().isEmpty()) {
          out.append(" — ").append(item.facts().stream().map(Fact::toString)
              .collect(Collectors.joining("; ")));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String mark(PlanItem.Kind kind) {
    return switch (kind) {
      case OPTION -> "+";
      case DOSE -> "·";
      case CAUTION -> "!";
      case RULED_OUT -> "✗";
      case TEAM_MEMBER -> "◦";
      case NEEDS_INFORMATION -> "?";
    };
  }
}
