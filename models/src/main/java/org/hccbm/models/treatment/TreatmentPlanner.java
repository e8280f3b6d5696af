package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.ModelVariant;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.Variants;
import org.jspecify.annotations.Nullable;

/**
 * Turns a patient and its scores into a {@link TreatmentPlan}: every model is evaluated, the
 * survival policy picks the expected survival, and every rule adds what it finds. Rules that need
 * an unknown fact say so in the plan; missing facts never enable or disable an option silently.
 *
 * <pre>{@code
 * TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(patient);
 * System.out.print(plan.render());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TreatmentPlanner {
  /** Every rule the library ships, by domain. */
  public static final List<TreatmentRule> RULES =
      concat(
          UrgentRules.ALL,
          BoneTargetingRules.ALL,
          RadiotherapyRules.ALL,
          SurgeryRules.ALL,
          CordCompressionRules.ALL,
          PrimaryRules.ALL,
          SymptomRules.ALL,
          TeamRules.ALL);

  /** Every intervention's preconditions, as declared beside its rules. */
  static final List<Preconditions> PRECONDITIONS =
      List.of(
          SurgeryRules.OPEN_SURGERY_GATES,
          SurgeryRules.MINIMALLY_INVASIVE_GATES,
          SurgeryRules.FIXATION_GATES,
          SurgeryRules.AUGMENTATION_GATES,
          SurgeryRules.EMBOLISATION_GATES,
          RadiotherapyRules.SBRT_GATES,
          RadiotherapyRules.EBRT_GATES,
          RadiotherapyRules.REIRRADIATION_GATES,
          BoneTargetingRules.ZOLEDRONIC_ACID_GATES,
          BoneTargetingRules.DENOSUMAB_GATES,
          BoneTargetingRules.SUPPLEMENT_GATES,
          PrimaryRules.SYSTEMIC_GATES,
          PrimaryRules.LOCOREGIONAL_GATES,
          CordCompressionRules.DEXAMETHASONE_GATES,
          SymptomRules.OPIOID_GATES);

  /** The planner with the default survival policy and every rule. */
  public static final TreatmentPlanner DEFAULT =
      new TreatmentPlanner(SurvivalPolicies.HCC_SPECIFIC_FIRST, RULES);

  private final SurvivalPolicy policy;
  private final List<TreatmentRule> rules;

  private TreatmentPlanner(SurvivalPolicy policy, List<TreatmentRule> rules) {
    this.policy = requireNonNull(policy, "policy");
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns a planner with another survival policy.
   *
   * @param policy the policy
   * @return the planner
   */
  public TreatmentPlanner withSurvivalPolicy(SurvivalPolicy policy) {
    return new TreatmentPlanner(policy, rules);
  }

  /** Returns a planner with other rules (tests of the planner's own invariants). */
  static TreatmentPlanner withRules(List<TreatmentRule> rules) {
    return new TreatmentPlanner(SurvivalPolicies.HCC_SPECIFIC_FIRST, rules);
  }

  /**
   * Returns the plan for a patient.
   *
   * @param patient the patient
   * @return the plan
   */
  public TreatmentPlan plan(Patient patient) {
    return planFor(patient, Models.evaluate(patient));
  }

  /**
   * A patient's evaluations and the plan built from them.
   *
   * @param evaluations every model's result, as {@link Models#evaluate(Patient, VariantSelection,
   *     int)} returns them
   * @param plan the plan
   * @since 0.2.0
   */
  public record Assessment(List<Models.Evaluation> evaluations, TreatmentPlan plan) {
    /** Copies the list. */
    public Assessment {
      evaluations = List.copyOf(evaluations);
      requireNonNull(plan, "plan");
    }
  }

  /**
   * Evaluates every model for a patient and plans from those evaluations, in one pass: the same
   * evaluations and plan as {@link Models#evaluate(Patient, VariantSelection, int)} followed by
   * {@link #plan(Patient, List)}, without evaluating the models a second time to check that the
   * evaluations are this patient's (they are, by construction).
   *
   * @param patient the patient
   * @param variants the chosen variants; models not named use their defaults
   * @param labWindowDays as {@link Models#evaluate(Patient, int)}
   * @return the evaluations and the plan
   * @since 0.2.0
   */
  public Assessment assess(Patient patient, VariantSelection variants, int labWindowDays) {
    List<Models.Evaluation> evaluations = Models.evaluate(patient, variants, labWindowDays);
    return new Assessment(evaluations, planFor(patient, evaluations));
  }

  /**
   * Returns the plan for a patient whose models were already evaluated.
   *
   * @param patient the patient
   * @param evaluations every model's result for the patient, as {@link Models#evaluate} returns
   * @return the plan
   * @throws InvalidClinicalInputException if an evaluation was not computed for this patient (field
   *     "evaluations", naming the model and subject)
   */
  public TreatmentPlan plan(Patient patient, List<Models.Evaluation> evaluations) {
    requireSamePatient(patient, evaluations);
    return planFor(patient, evaluations);
  }

  /**
   * Refuses evaluations that were computed for another patient: each must have the findings of the
   * evaluation of the same model, variant and subject for this patient. The variants are those the
   * evaluations name; caveats are not compared, since the lab-freshness window only adds caveats.
   */
  private static void requireSamePatient(Patient patient, List<Models.Evaluation> evaluations) {
    VariantSelection selection = VariantSelection.defaults();
    for (Models.Evaluation e : evaluations) {
      for (ModelVariant v : Variants.of(e.model().id())) {
        if (v.info().equals(e.model())
            && !v.name().equals(Variants.defaultOf(e.model().id()).name())) {
          selection = selection.with(e.model().id(), v.name());
        }
      }
    }
    Map<String, Models.Evaluation> own = new HashMap<>();
    for (Models.Evaluation e : Models.evaluate(patient, selection)) {
      own.put(e.model().id() + "|" + e.subject(), e);
    }
    for (Models.Evaluation e : evaluations) {
      Models.Evaluation mine = own.get(e.model().id() + "|" + e.subject());
      if (mine == null
          || !mine.model().equals(e.model())
          || !sameFindings(mine.result(), e.result())) {
        throw new InvalidClinicalInputException(
            "evaluations",
            e.model().id() + " for " + e.subject(),
            "computed for patient "
                + patient.id()
                + " (these were computed for "
                + "another patient or another version of the record)");
      }
    }
  }

  /** Whether two results have the same findings, caveats aside. */
  private static boolean sameFindings(ModelResult a, ModelResult b) {
    return a.<Boolean>fold(
        x ->
            b.<Boolean>fold(
                y ->
                    x.items().equals(y.items())
                        && x.total().equals(y.total())
                        && x.category().equals(y.category()),
                y -> false,
                y -> false),
        x ->
            b.<Boolean>fold(
                y -> false,
                y ->
                    x.knownItems().equals(y.knownItems())
                        && x.openItems().equals(y.openItems())
                        && x.totals().equals(y.totals())
                        && x.reachableCategories().equals(y.reachableCategories())
                        && x.decidingItems().equals(y.decidingItems()),
                y -> false),
        x -> b.<Boolean>fold(y -> false, y -> false, y -> x.reason().equals(y.reason())));
  }

  private TreatmentPlan planFor(Patient patient, List<Models.Evaluation> evaluations) {
    List<SurvivalEstimate> estimates = Lists.copy(policy.all(evaluations));
    SurvivalEstimate survival = policy.estimate(evaluations, estimates);
    PlanContext context = new PlanContext(patient, evaluations, survival, estimates);
    Planning plan = new Planning(context);
    for (TreatmentRule rule : rules) {
      if (rule instanceof BodyRule r) {
        r.run(plan);
      } else {
        plan.rule(rule.info());
        for (PlanItem item : rule.apply(context)) {
          plan.accept(item);
        }
      }
    }
    return new TreatmentPlan(
        patient.id(), policy.code(), survival, estimates, TreatmentPlan.byDecision(plan.kept()));
  }

  /**
   * One plan's items as the rules add them: the same wording of the same kind in a domain is one
   * item (the first); a verdict is one per intervention and subject.
   */
  private static final class Planning extends Emission {
    /** Every distinct item, in the order added. */
    private final List<PlanItem> items = new ArrayList<>(64);

    /**
     * The distinct items, an open-addressing table by {@link #hash(PlanItem)} (a power-of-two
     * length, at most half full): no key object and no map entry per item.
     */
    private PlanItem[] distinct = new PlanItem[128];

    /** The hash of each item in {@link #distinct}, at the same index. */
    private int[] hashes = new int[128];

    /** Every verdict, in the order made. */
    private final List<PlanItem> verdicts = new ArrayList<>(32);

    /** Per verdict, in the same order: its intervention's bit, kind and subject. */
    private int[] verdictBits = new int[32];

    private PlanItem.Kind[] verdictKinds = new PlanItem.Kind[32];
    private org.hccbm.models.Subject[] verdictSubjects = new org.hccbm.models.Subject[32];

    Planning(PlanContext context) {
      super(context, null);
    }

    @Override
    void accept(PlanItem item) {
      if (item.isVerdict()) {
        verdict(item);
      }
      if (addDistinct(item, hash(item))) {
        items.add(item);
      }
    }

    /** Adds an item unless an equal one ({@link #same}) is there; returns whether it was added. */
    private boolean addDistinct(PlanItem item, int hash) {
      int mask = distinct.length - 1;
      int i = (hash ^ (hash >>> 16)) & mask;
      for (PlanItem there = distinct[i]; there != null; there = distinct[i]) {
        if (hashes[i] == hash && same(there, item)) {
          return false;
        }
        i = (i + 1) & mask;
      }
      distinct[i] = item;
      hashes[i] = hash;
      if (2 * items.size() + 2 > distinct.length) {
        grow();
      }
      return true;
    }

    /** Doubles the table (the item being added is counted by the caller's list next). */
    private void grow() {
      PlanItem[] oldItems = distinct;
      int[] oldHashes = hashes;
      distinct = new PlanItem[2 * oldItems.length];
      hashes = new int[2 * oldItems.length];
      int mask = distinct.length - 1;
      for (int j = 0; j < oldItems.length; j++) {
        if (oldItems[j] != null) {
          int h = oldHashes[j];
          int i = (h ^ (h >>> 16)) & mask;
          while (distinct[i] != null) {
            i = (i + 1) & mask;
          }
          distinct[i] = oldItems[j];
          hashes[i] = h;
        }
      }
    }

    private void verdict(PlanItem item) {
      Intervention intervention = item.intervention().orElseThrow();
      org.hccbm.models.Subject subject = item.subject();
      int bit = bit(intervention);
      int n = verdicts.size();
      for (int i = 0; i < n; i++) {
        if (verdictBits[i] == bit && TreatmentPlan.sameSubject(verdictSubjects[i], subject)) {
          throw new IllegalStateException(
              "two verdicts for "
                  + verdictText(item)
                  + ": "
                  + verdicts.get(i).rule().id()
                  + " and "
                  + item.rule().id());
        }
      }
      if (n == verdictBits.length) {
        verdictBits = java.util.Arrays.copyOf(verdictBits, 2 * n);
        verdictKinds = java.util.Arrays.copyOf(verdictKinds, 2 * n);
        verdictSubjects = java.util.Arrays.copyOf(verdictSubjects, 2 * n);
      }
      verdictBits[n] = bit;
      verdictKinds[n] = item.kind();
      verdictSubjects[n] = subject;
      verdicts.add(item);
    }

    /**
     * Returns the items the plan keeps: notes and verdicts; a dependent while one of its parents
     * stands (not ruled out, for the same subject or for the patient; any subject for a
     * patient-level dependent), at most as firm as they are (PS-28).
     */
    List<PlanItem> kept() {
      standingMasks();
      List<PlanItem> kept = new ArrayList<>(items.size());
      for (PlanItem item : items) {
        List<Intervention> dependsOn = item.dependsOn();
        if (dependsOn.isEmpty()) {
          kept.add(item);
          continue;
        }
        int standing = standing(item, dependsOn);
        if (standing == 2) {
          kept.add(item);
        } else if (standing == 1) {
          kept.add(notYet(item));
        }
      }
      return kept;
    }

    /**
     * A dependent option is an option only while one of its parents is (PS-28): under parents that
     * stand but need information or have cautions first it takes the firmest of their kinds and
     * names them, read from the verdict arrays (one parent intervention; two or more in the order
     * plans have always named them).
     */
    private PlanItem notYet(PlanItem item) {
      List<Intervention> dependsOn = item.dependsOn();
      int parents = 0;
      for (int i = 0; i < dependsOn.size(); i++) {
        parents |= bit(dependsOn.get(i));
      }
      org.hccbm.models.Subject subject = item.subject();
      boolean patientLevel = subject.isPatient();
      boolean caution = false;
      int seen = 0;
      @Nullable Intervention first = null;
      for (int i = 0; i < verdicts.size(); i++) {
        if (verdictKinds[i] != PlanItem.Kind.RULED_OUT
            && (verdictBits[i] & parents) != 0
            && (patientLevel
                || verdictSubjects[i].isPatient()
                || TreatmentPlan.sameSubject(verdictSubjects[i], subject))) {
          caution |= verdictKinds[i] == PlanItem.Kind.CAUTION;
          if (first == null) {
            first = verdicts.get(i).intervention().orElseThrow();
          }
          seen |= verdictBits[i];
        }
      }
      // standing 1: the item is an option, a parent stands, and none stands as an option
      Intervention only = requireNonNull(first, "first");
      if (seen != bit(only)) {
        List<PlanArg> labels = new ArrayList<>(Integer.bitCount(seen));
        for (Intervention i :
            interventionsInPublishedOrder(standingParents(verdicts, item), verdicts)) {
          labels.add(PlanArg.of(i));
        }
        return notYetUnder(item, caution, labels);
      }
      return notYetUnder(item, caution, List.of(PlanArg.of(only)));
    }

    /** The interventions with a verdict that stands, or is an option, for any subject. */
    private int standsAny;

    private int optionAny;

    /** Sets the masks of the interventions whose verdicts stand, once every verdict is made. */
    private void standingMasks() {
      for (int i = 0; i < verdicts.size(); i++) {
        PlanItem.Kind kind = verdictKinds[i];
        if (kind == PlanItem.Kind.RULED_OUT) {
          continue;
        }
        standsAny |= verdictBits[i];
        if (kind == PlanItem.Kind.OPTION) {
          optionAny |= verdictBits[i];
        }
      }
    }

    /**
     * Returns 0 when none of a dependent's parents stands; 2 when one stands and the dependent is
     * not an option or an option stands; else 1.
     */
    private int standing(PlanItem item, List<Intervention> dependsOn) {
      int parents = 0;
      for (int i = 0; i < dependsOn.size(); i++) {
        parents |= bit(dependsOn.get(i));
      }
      if ((standsAny & parents) == 0) {
        return 0; // no verdict of a parent stands, for any subject
      }
      boolean patientLevel = item.subject().isPatient();
      boolean option = item.kind() == PlanItem.Kind.OPTION;
      if (patientLevel) {
        // every subject's verdicts count for a patient-level dependent
        return !option || (optionAny & parents) != 0 ? 2 : 1;
      }
      int standing = 0;
      for (int i = 0; i < verdicts.size(); i++) {
        if (verdictKinds[i] != PlanItem.Kind.RULED_OUT
            && (verdictBits[i] & parents) != 0
            && (verdictSubjects[i].isPatient()
                || TreatmentPlan.sameSubject(verdictSubjects[i], item.subject()))) {
          if (!option || verdictKinds[i] == PlanItem.Kind.OPTION) {
            return 2;
          }
          standing = 1;
        }
      }
      return standing;
    }
  }

  /** Returns an intervention's bit in a set of interventions. */
  @SuppressWarnings("EnumOrdinal") // a bit set over the enum, within one plan
  private static int bit(Intervention intervention) {
    return 1 << intervention.ordinal();
  }

  /**
   * An item's hash in a plan, where the same wording of the same kind in a domain is one item
   * ({@link #same}): the wording's key and its arguments' kinds and keys or ids only (texts are
   * long and new per plan).
   */
  @SuppressWarnings("EnumOrdinal") // a hash within one plan, never stored
  static int hash(PlanItem item) {
    return 31 * (31 * item.domain().ordinal() + item.kind().ordinal()) + hash(item.wording());
  }

  /** Whether two items are the same item of a plan: domain, kind and wording. */
  @SuppressWarnings("ReferenceEquality") // identity is a fast path before equals, not instead
  static boolean same(PlanItem a, PlanItem b) {
    return a.domain() == b.domain()
        && a.kind() == b.kind()
        && (a.wording() == b.wording() || a.wording().equals(b.wording()));
  }

  /** A shallow hash of a wording: its key, and each argument's kind and key or id. */
  private static int hash(Wording w) {
    int h = w.key().hashCode();
    List<PlanArg> args = w.args();
    for (int i = 0; i < args.size(); i++) {
      PlanArg a = args.get(i);
      h =
          31 * h
              + (a instanceof Wording x
                  ? x.key().hashCode()
                  : a instanceof PlanArg.Id x ? x.id().hashCode() : a.getClass().hashCode());
    }
    return h;
  }

  /** Returns a verdict's intervention and subject as "INTERVENTION|subject". */
  private static String verdictText(PlanItem verdict) {
    return verdict.intervention().orElseThrow() + "|" + verdict.subject();
  }

  /**
   * Returns the verdicts on which a dependent item stands: those of its parents that are not ruled
   * out, for the same subject or (for a patient-level dependent) for any subject; in the order the
   * plan's verdicts were made.
   */
  private static List<PlanItem> standingParents(List<PlanItem> verdicts, PlanItem item) {
    List<PlanItem> out = new ArrayList<>();
    for (PlanItem v : verdicts) {
      if (v.kind() != PlanItem.Kind.RULED_OUT
          && item.dependsOn().contains(v.intervention().orElseThrow())
          && (item.subject().equals(PlanItem.PATIENT)
              || v.subject().equals(item.subject())
              || v.subject().equals(PlanItem.PATIENT))) {
        out.add(v);
      }
    }
    return out;
  }

  /** A dependent option worded "not yet" under its parents' labels (caution or needs). */
  private static PlanItem notYetUnder(PlanItem item, boolean caution, List<PlanArg> labels) {
    return new PlanItem(
        item.domain(),
        caution ? PlanItem.Kind.CAUTION : PlanItem.Kind.NEEDS_INFORMATION,
        Wording.of(
            caution ? "dependent.notYetCaution" : "dependent.notYetNeeds",
            item.wording(),
            PlanArg.join("or", labels)),
        item.rule(),
        item.facts(),
        item.intervention(),
        item.subject(),
        item.dependsOn());
  }

  /**
   * Returns the parents' distinct labels in the order plans have always named them: the iteration
   * order of a hash map from "INTERVENTION|subject" to every verdict, inserted in the order the
   * verdicts were made (the same keys inserted in the same order give the same iteration order).
   * Only a dependent with two or more different parents that need information or have cautions
   * reaches this.
   */
  private static Set<Intervention> interventionsInPublishedOrder(
      List<PlanItem> parents, List<PlanItem> verdicts) {
    Map<String, PlanItem> byText = new HashMap<>();
    for (PlanItem v : verdicts) {
      byText.putIfAbsent(verdictText(v), v);
    }
    Set<Intervention> ordered = new LinkedHashSet<>();
    for (PlanItem v : byText.values()) {
      for (PlanItem p : parents) {
        // a verdict is identified by its intervention and subject
        if (p.intervention().equals(v.intervention()) && p.subject().equals(v.subject())) {
          ordered.add(v.intervention().orElseThrow());
        }
      }
    }
    return ordered;
  }

  /**
   * Returns every intervention's gates, as the rules declare them.
   *
   * @return the gates, by intervention
   * @since 0.2.0
   */
  public static Map<Intervention, List<Gate>> preconditions() {
    Map<Intervention, List<Gate>> out = new java.util.EnumMap<>(Intervention.class);
    for (Preconditions p : PRECONDITIONS) {
      out.put(p.intervention(), p.gates());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  @SafeVarargs
  private static List<TreatmentRule> concat(List<TreatmentRule>... lists) {
    List<TreatmentRule> all = new ArrayList<>();
    for (List<TreatmentRule> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }
}
