package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The options a multidisciplinary team would discuss for one patient, grouped by domain, each with
 * the rule, source and facts behind it; options ruled out with why; and what information is still
 * needed. Never a single directive.
 *
 * @param patientId the patient's identifier
 * @param policy the survival policy's code ({@link SurvivalPolicy#code()}, e.g. {@code
 *     hccSpecificFirst}; worded by {@link PlanRenderer#policy(String)}); a plan read back from JSON
 *     written before 0.4.0 holds the policy's name here
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
    return PlanRenderer.english().render(this);
  }

  /**
   * Returns the items grouped by domain and, within a domain, by decision: each group in the order
   * of its first item, a verdict before the items that depend on it (PS-29).
   */
  @SuppressWarnings("EnumOrdinal") // items are bucketed by their domain's position, in order
  static List<PlanItem> byDecision(List<PlanItem> items) {
    int size = items.size();
    int[] start = new int[DOMAINS.length + 1];
    for (int i = 0; i < size; i++) {
      start[items.get(i).domain().ordinal() + 1]++;
    }
    for (int d = 0; d < DOMAINS.length; d++) {
      start[d + 1] += start[d];
    }
    int[] fill = start.clone();
    PlanItem[] byDomain = new PlanItem[size];
    for (int i = 0; i < size; i++) {
      PlanItem item = items.get(i);
      byDomain[fill[item.domain().ordinal()]++] = item;
    }
    Groups groups = new Groups(byDomain);
    for (int d = 0; d < DOMAINS.length; d++) {
      groups.domain(start[d], start[d + 1]);
    }
    return List.of(groups.out);
  }

  /**
   * The decisions of one domain's items at a time: each item's group (a verdict's decision, a
   * dependent's, or a note's own), chained in order; then each group in the order of its first
   * item, verdicts first.
   */
  private static final class Groups {
    private final PlanItem[] items;
    final PlanItem[] out;
    private int done;

    /** Per item: the next item of its group, or -1. */
    private final int[] next;

    /** Per group, by the position of its first item: the last item so far. */
    private final int[] tail;

    /** The first items of this domain's groups, in order. */
    private final int[] firsts;

    private int groups;

    /** The first items of this domain's groups that take other items (not notes), in order. */
    private final int[] joinable;

    private int joinables;

    /** This domain's verdicts' positions, in order. */
    private final int[] verdicts;

    private int verdictCount;

    /** Per item: whether it is a verdict. */
    private final boolean[] isVerdict;

    /**
     * Per group (at its first item): verdict or not, one parent, several parents' bits, subject.
     */
    private final boolean[] verdict;

    private final @Nullable Intervention[] parent;
    private final int[] mask;
    private final org.hccbm.models.Subject[] subject;

    Groups(PlanItem[] items) {
      int n = items.length;
      this.items = items;
      this.out = new PlanItem[n];
      this.next = new int[n];
      this.tail = new int[n];
      this.firsts = new int[n];
      this.joinable = new int[n];
      this.verdicts = new int[n];
      this.isVerdict = new boolean[n];
      for (int i = 0; i < n; i++) {
        isVerdict[i] = items[i].isVerdict();
      }
      this.verdict = new boolean[n];
      this.parent = new Intervention[n];
      this.mask = new int[n];
      this.subject = new org.hccbm.models.Subject[n];
    }

    /** Groups the items from {@code from} (inclusive) to {@code to} (exclusive), one domain. */
    void domain(int from, int to) {
      groups = 0;
      joinables = 0;
      verdictCount = 0;
      for (int k = from; k < to; k++) {
        if (isVerdict[k]) {
          verdicts[verdictCount++] = k;
        }
      }
      for (int k = from; k < to; k++) {
        place(k);
      }
      for (int g = 0; g < groups; g++) {
        emit(firsts[g], true);
        emit(firsts[g], false);
      }
    }

    /** Adds the verdicts, or the other items, of the group whose first item is {@code k}. */
    private void emit(int k, boolean verdicts) {
      for (int i = k; i >= 0; i = next[i]) {
        if (isVerdict[i] == verdicts) {
          out[done++] = items[i];
        }
      }
    }

    /** Puts item {@code k} in its group, as {@link TreatmentPlan#decision} decides it. */
    private void place(int k) {
      PlanItem item = items[k];
      next[k] = -1;
      List<Intervention> dependsOn = item.dependsOn();
      boolean isVerdict = this.isVerdict[k];
      if (!isVerdict && dependsOn.isEmpty()) {
        open(k, false, null, 0, item.subject(), true);
        return;
      }
      boolean v;
      @Nullable Intervention one;
      org.hccbm.models.Subject s = item.subject();
      if (isVerdict) {
        v = true;
        one = item.intervention().orElseThrow();
      } else if (dependsOn.size() == 1) {
        Intervention only = dependsOn.get(0);
        one = only;
        v = true;
        if (!hasVerdict(only, s)) {
          if (hasVerdict(only, PlanItem.PATIENT)) {
            s = PlanItem.PATIENT;
          } else {
            v = false;
          }
        }
      } else {
        v = false;
        one = null;
      }
      int bits = one == null ? mask(dependsOn) : 0;
      for (int g = 0; g < joinables; g++) {
        int f = joinable[g];
        if (verdict[f] == v
            && parent[f] == one
            && mask[f] == bits
            && sameSubject(subject[f], s)
            && (one != null || dependsOn.equals(items[f].dependsOn()))) {
          next[tail[f]] = k;
          tail[f] = k;
          return;
        }
      }
      open(k, v, one, bits, s, false);
    }

    /** Opens a group at item {@code k}; a note's group takes no other item. */
    private void open(
        int k,
        boolean v,
        @Nullable Intervention one,
        int bits,
        org.hccbm.models.Subject s,
        boolean note) {
      firsts[groups++] = k;
      if (!note) {
        joinable[joinables++] = k;
      }
      tail[k] = k;
      verdict[k] = v;
      parent[k] = one;
      mask[k] = bits;
      subject[k] = s;
    }

    /** Whether the domain's items hold an intervention's verdict for a subject. */
    private boolean hasVerdict(Intervention intervention, org.hccbm.models.Subject s) {
      for (int i = 0; i < verdictCount; i++) {
        PlanItem v = items[verdicts[i]];
        if (v.intervention().orElseThrow() == intervention && sameSubject(v.subject(), s)) {
          return true;
        }
      }
      return false;
    }
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
}
