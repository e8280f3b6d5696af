package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The options a multidisciplinary team would discuss for one patient, grouped by domain, each with
 * the rule, source and facts behind it; options ruled out with why; and what information is still
 * needed. Never a single directive.
 *
 * @param patientId the patient's identifier
 * @param policy the survival policy's name
 * @param survival the expected survival the rules used
 * @param otherEstimates every model's estimate, shown beside the one used
 * @param items every item, grouped by domain and, within a domain, by decision (PS-29): an
 *     intervention's verdict for a subject followed by the items that depend on it (dose,
 *     monitoring, cautions), then the next decision; notes in rule order; the cautions that apply
 *     to every option last, under {@link Domain#GENERAL}
 * @since 0.1.0
 */
public record TreatmentPlan(
    String patientId,
    String policy,
    SurvivalEstimate survival,
    List<SurvivalEstimate> otherEstimates,
    List<PlanItem> items) {
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
   * @return its items, grouped by decision
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
    out.append("Treatment options for ")
        .append(patientId)
        .append(" (for multidisciplinary discussion; not a directive)\n");
    out.append("  Expected survival used: ").append(survival).append('\n');
    out.append("  Policy: ").append(policy).append('\n');
    otherEstimates.stream()
        .filter(e -> !e.modelId().equals(survival.modelId()))
        .forEach(e -> out.append("  Also: ").append(e).append('\n'));
    if (!otherEstimates.isEmpty()) {
      out.append("  Survival by model: ")
          .append(
              String.join("; ", otherEstimates.stream().map(SurvivalEstimate::summary).toList()))
          .append(" — used: ")
          .append(survival.summary())
          .append('\n');
    }
    for (Domain domain : Domain.values()) {
      List<PlanItem> in = items(domain);
      if (in.isEmpty()) {
        continue;
      }
      out.append(domain.label()).append('\n');
      for (PlanItem item : in) {
        // PS-29: an item that belongs to a verdict's decision is indented under it
        out.append(!item.isVerdict() && decision(item, in, 0).verdict() ? "    " : "  ")
            .append(mark(item.kind()))
            .append(' ')
            .append(item.text());
        out.append("  [").append(item.rule().id()).append(']');
        if (!item.facts().isEmpty()) {
          out.append(" — ")
              .append(item.facts().stream().map(Fact::toString).collect(Collectors.joining("; ")));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Returns the items grouped by domain and, within a domain, by decision: each group in the order
   * of its first item, a verdict before the items that depend on it (PS-29).
   */
  static List<PlanItem> byDecision(List<PlanItem> items) {
    int size = items.size();
    PlanItem[] out = new PlanItem[size];
    int done = 0;
    // the items of one domain, in order, and each one's group (index into the group arrays)
    PlanItem[] in = new PlanItem[size];
    int[] groupOf = new int[size];
    // a group's decision: verdict or not, its parents (one, or the list), its subject
    boolean[] groupNote = new boolean[size];
    boolean[] groupVerdict = new boolean[size];
    @Nullable Intervention[] groupParent = new Intervention[size];
    @Nullable List<?>[] groupParents = new List<?>[size];
    int[] groupMask = new int[size]; // the parents' bits, when there are several
    org.hccbm.models.Subject[] groupSubject = new org.hccbm.models.Subject[size];
    for (Domain domain : DOMAINS) {
      int n = 0;
      for (int i = 0; i < size; i++) {
        PlanItem item = items.get(i);
        if (item.domain() == domain) {
          in[n++] = item;
        }
      }
      int groups = 0;
      for (int k = 0; k < n; k++) {
        PlanItem item = in[k];
        List<Intervention> dependsOn = item.dependsOn();
        boolean verdict;
        @Nullable Intervention parent;
        org.hccbm.models.Subject subject = item.subject();
        if (item.isVerdict()) {
          verdict = true;
          parent = item.intervention().orElseThrow();
        } else if (dependsOn.isEmpty()) {
          groupNote[groups] = true; // a note is a group of its own
          groupOf[k] = groups++;
          continue;
        } else if (dependsOn.size() == 1) {
          Intervention only = dependsOn.get(0);
          parent = only;
          verdict = true;
          if (!hasVerdict(in, n, only, subject)) {
            if (hasVerdict(in, n, only, PlanItem.PATIENT)) {
              subject = PlanItem.PATIENT;
            } else {
              verdict = false;
            }
          }
        } else {
          verdict = false;
          parent = null;
        }
        int mask = parent == null ? mask(dependsOn) : 0;
        int g = 0;
        while (g < groups
            && !(!groupNote[g]
                && groupVerdict[g] == verdict
                && groupParent[g] == parent
                && groupMask[g] == mask
                && (parent != null || dependsOn.equals(groupParents[g]))
                && sameSubject(groupSubject[g], subject))) {
          g++;
        }
        if (g == groups) {
          groups++;
          groupNote[g] = false;
          groupVerdict[g] = verdict;
          groupParent[g] = parent;
          groupParents[g] = parent == null ? dependsOn : null;
          groupMask[g] = mask;
          groupSubject[g] = subject;
        }
        groupOf[k] = g;
      }
      for (int g = 0; g < groups; g++) {
        for (int k = 0; k < n; k++) {
          if (groupOf[k] == g && in[k].isVerdict()) {
            out[done++] = in[k];
          }
        }
        for (int k = 0; k < n; k++) {
          if (groupOf[k] == g && !in[k].isVerdict()) {
            out[done++] = in[k];
          }
        }
      }
    }
    return List.of(out);
  }

  /** Whether the first {@code n} items hold an intervention's verdict for a subject. */
  private static boolean hasVerdict(
      PlanItem[] items, int n, Intervention parent, org.hccbm.models.Subject subject) {
    for (int i = 0; i < n; i++) {
      PlanItem v = items[i];
      if (v.isVerdict()
          && v.intervention().orElseThrow() == parent
          && sameSubject(v.subject(), subject)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the bit set of some interventions. */
  @SuppressWarnings("EnumOrdinal") // a bit set over the enum, within one call
  private static int mask(List<Intervention> interventions) {
    int mask = 0;
    for (int i = 0; i < interventions.size(); i++) {
      mask |= 1 << interventions.get(i).ordinal();
    }
    return mask;
  }

  /** {@code a.equals(b)} for subjects: the patient, or lesions with the same id. */
  static boolean sameSubject(org.hccbm.models.Subject a, org.hccbm.models.Subject b) {
    return a instanceof org.hccbm.models.Subject.Lesion x
        ? b instanceof org.hccbm.models.Subject.Lesion y && x.id().equals(y.id())
        : b.isPatient();
  }

  private static final Domain[] DOMAINS = Domain.values();

  /**
   * A decision an item belongs to: an intervention's verdict for a subject; the parents and subject
   * of a dependent without a verdict to stand under; or a note, its own group by its position.
   *
   * @param verdict whether this is a verdict's decision (then {@code parents} is that intervention)
   * @param parents the verdict's intervention, or the dependent's parents
   * @param subject the subject (the patient for a note, which its position tells apart)
   * @param note the note's position in its domain, or -1
   */
  record Decision(
      boolean verdict, List<Intervention> parents, org.hccbm.models.Subject subject, int note) {}

  /**
   * Returns the decision an item belongs to: a verdict's own (intervention and subject); for a
   * dependent with one parent, that parent's verdict in the same domain for its subject (or for the
   * patient); otherwise its parents and subject; for a note, its own at its position {@code n}.
   */
  static Decision decision(PlanItem item, List<PlanItem> domainItems, int n) {
    if (item.isVerdict()) {
      return new Decision(true, List.of(item.intervention().orElseThrow()), item.subject(), -1);
    }
    if (item.dependsOn().isEmpty()) {
      return new Decision(false, List.of(), PlanItem.PATIENT, n);
    }
    if (item.dependsOn().size() == 1) {
      Intervention parent = item.dependsOn().get(0);
      if (hasVerdict(domainItems, parent, item.subject())) {
        return new Decision(true, item.dependsOn(), item.subject(), -1);
      }
      if (hasVerdict(domainItems, parent, PlanItem.PATIENT)) {
        return new Decision(true, item.dependsOn(), PlanItem.PATIENT, -1);
      }
    }
    return new Decision(false, item.dependsOn(), item.subject(), -1);
  }

  /** Whether the items hold an intervention's verdict for a subject. */
  private static boolean hasVerdict(
      List<PlanItem> items, Intervention parent, org.hccbm.models.Subject subject) {
    for (PlanItem v : items) {
      if (v.isVerdict()
          && v.intervention().orElseThrow() == parent
          && sameSubject(v.subject(), subject)) {
        return true;
      }
    }
    return false;
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
