package org.hccbm.models.treatment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.history.RadiotherapyCourse;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.lesion.PainIntensity;
import org.hccbm.core.lesion.SkeletalSite;
import org.hccbm.core.lesion.SpinalLevel;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Total;
import org.hccbm.core.result.TotalRange;
import org.hccbm.models.LesionScore;
import org.hccbm.models.Models;
import org.hccbm.models.Score;
import org.hccbm.models.Subject;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.Meld;
import org.jspecify.annotations.Nullable;

/**
 * What the rules read: the patient, every model's result, and the expected survival the policy
 * chose. Derived facts are computed here once, each by a documented rule.
 *
 * @param patient the patient
 * @param evaluations every model's result
 * @param survival the expected survival the plan uses
 * @param estimates every prognostic model's estimate (since 0.2.0)
 * @since 0.1.0
 */
public record PlanContext(
    Patient patient,
    List<Models.Evaluation> evaluations,
    SurvivalEstimate survival,
    List<SurvivalEstimate> estimates) {
  /** Copies the evaluations. */
  public PlanContext {
    evaluations = List.copyOf(evaluations);
    estimates = List.copyOf(estimates);
  }

  /**
   * Creates a context with only the estimate used.
   *
   * @param patient the patient
   * @param evaluations every model's result
   * @param survival the expected survival the plan uses
   */
  public PlanContext(
      Patient patient, List<Models.Evaluation> evaluations, SurvivalEstimate survival) {
    this(patient, evaluations, survival, List.of(survival));
  }

  /**
   * Whether an observation is known to be true: {@code o.equals(Observed.of(true))} without the
   * record's generated {@code equals}, which the JIT would inline into every rule that asks.
   */
  static boolean isTrue(Observed<Boolean> o) {
    return o instanceof Observed.Known<Boolean> k && k.value();
  }

  /** Whether an observation is known to be false (as {@link #isTrue}). */
  static boolean isFalse(Observed<Boolean> o) {
    return o instanceof Observed.Known<Boolean> k && !k.value();
  }

  /** Whether an observation is known to be one constant: {@code o.equals(Observed.of(value))}. */
  static <E extends Enum<E>> boolean is(Observed<E> o, E value) {
    return o instanceof Observed.Known<E> k && k.value() == value;
  }

  /** Whether prior radiotherapy is known and holds a course: a re-irradiation (PS-5). */
  static boolean anyCourse(Observed<List<RadiotherapyCourse>> prior) {
    List<RadiotherapyCourse> courses = valueOrNull(prior);
    return courses != null && !courses.isEmpty();
  }

  /** Returns an observation's value when known, else null (no {@link Optional} per read). */
  static <T> @Nullable T valueOrNull(Observed<T> observed) {
    return observed instanceof Observed.Known<T> k ? k.value() : null;
  }

  /** Returns the INR, when known. */
  Optional<Double> inr() {
    return patient.labs().inr().known().map(Inr::ratioValue);
  }

  /** Returns the platelet count in 10^9/L, when known. */
  Optional<Double> platelets() {
    return patient.labs().platelets().known().map(Platelets::inBillionPerL);
  }

  /** Returns the Child–Pugh classes still possible (all three when not computed). */
  List<ChildPughClass> childPughClasses() {
    ModelResult r = patientResult(ChildPugh.INSTANCE.info());
    return r == null ? List.of(ChildPughClass.values()) : BclcInput.childPughClasses(r);
  }

  /** Returns the Child–Pugh total when complete. */
  Optional<Integer> childPughTotal() {
    ModelResult r = patientResult(ChildPugh.INSTANCE.info());
    if (r != null && r.isComplete()) {
      Optional<Total> total = r.asComplete().total();
      if (total.isPresent()) {
        return Optional.of((int) total.get().value());
      }
    }
    return Optional.empty();
  }

  /** Returns the MELD totals still possible, when MELD could be computed at all. */
  Optional<TotalRange> meldRange() {
    ModelResult r = patientResult(Meld.INSTANCE.info());
    return r == null ? Optional.empty() : r.possibleTotals();
  }

  /** Returns the BCLC stages still possible (empty when not computed). */
  List<BclcStage> bclcStages() {
    ModelResult r = patientResult(Bclc.INSTANCE.info());
    return r == null ? List.of() : typed(r, BclcStage.class);
  }

  /** Returns the albumin-corrected calcium, when calcium and albumin are known. */
  Optional<CorrectedCalcium> correctedCalcium() {
    var calcium = patient.labs().calcium().known();
    var albumin = patient.labs().albumin().known();
    return calcium.isPresent() && albumin.isPresent()
        ? Optional.of(CorrectedCalcium.of(calcium.get(), albumin.get()))
        : Optional.empty();
  }

  /**
   * Returns the radiotherapy courses to the lesion's segment or an adjacent one (a spinal level ±1;
   * the same long bone; the same other bone; the pelvic ring, acetabulum, sacrum and S1–S5 as one
   * region), or unknown when the radiotherapy history is not recorded.
   */
  Observed<List<RadiotherapyCourse>> priorRadiotherapy(BoneLesion lesion) {
    return patient
        .history()
        .radiotherapy()
        .map(
            list -> {
              List<RadiotherapyCourse> near = new ArrayList<>();
              for (RadiotherapyCourse c : list) {
                if (near(c.site(), lesion.site())) {
                  near.add(c);
                }
              }
              return Collections.unmodifiableList(near);
            });
  }

  /** Whether two sites are the same or adjacent segments. */
  @SuppressWarnings("EnumOrdinal") // SpinalLevel is declared in craniocaudal order, by design
  static boolean near(SkeletalSite a, SkeletalSite b) {
    if (pelvic(a) && pelvic(b)) {
      return true;
    }
    if (a instanceof SpinalLevel x && b instanceof SpinalLevel y) {
      return Math.abs(x.ordinal() - y.ordinal()) <= 1;
    }
    if (a instanceof LongBoneSite x && b instanceof LongBoneSite y) {
      return x.bone() == y.bone();
    }
    return a.equals(b);
  }

  private static boolean pelvic(SkeletalSite s) {
    return s == OtherBone.PELVIS
        || s == OtherBone.ACETABULUM
        || s == OtherBone.SACRUM
        || (s instanceof SpinalLevel l && l.region() == SpinalLevel.Region.SACRAL);
  }

  /** Returns the estimates other than the one used, without van der Linden (PS-13). */
  List<SurvivalEstimate> otherEstimates() {
    String vanDerLinden = VanDerLinden.INSTANCE.info().id();
    String hccSmGpa = HccSmGpa.INSTANCE.info().id();
    List<SurvivalEstimate> out = new ArrayList<>(estimates.size());
    int poorLiver = -1; // not yet looked up; then 1 (Child–Pugh C or BCLC D) or 0
    for (SurvivalEstimate e : estimates) {
      if (e.modelId().equals(survival.modelId()) || e.modelId().equals(vanDerLinden)) {
        continue;
      }
      if (!e.modelId().equals(hccSmGpa) && e.bands().contains(SurvivalBand.AT_LEAST_6_MONTHS)) {
        if (poorLiver < 0) {
          poorLiver = SurvivalPolicies.poorLiver(evaluations).isEmpty() ? 0 : 1;
        }
        if (poorLiver == 1) {
          out.add(
              new SurvivalEstimate(
                  e.modelId(),
                  Wording.of("survival.cappedByLiverFunction", e.basis()),
                  List.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS)));
          continue;
        }
      }
      out.add(e);
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the pain intensity of a lesion, when recorded. */
  static Optional<PainIntensity> painIntensity(BoneLesion l) {
    return l.painIntensity().known();
  }

  /** Returns whether a lesion is painful: yes, no, or unknown. */
  static Observed<Boolean> painful(BoneLesion l) {
    return isPainful(l) ? YES : painFree(l) ? NO : unknownPain(l);
  }

  /** Whether a lesion's pain is recorded as present: an NRS above 0 or a pain character. */
  private static boolean isPainful(BoneLesion l) {
    PainIntensity nrs = valueOrNull(l.painIntensity());
    PainCharacter character = valueOrNull(l.painCharacter());
    return (nrs != null && nrs.nrs() > 0) || (character != null && character != PainCharacter.NONE);
  }

  /** Whether a lesion is recorded as pain-free: an NRS of 0 or no pain character. */
  private static boolean painFree(BoneLesion l) {
    PainIntensity nrs = valueOrNull(l.painIntensity());
    return (nrs != null && nrs.nrs() == 0) || valueOrNull(l.painCharacter()) == PainCharacter.NONE;
  }

  private static Observed<Boolean> unknownPain(BoneLesion l) {
    return l.painSeverity().isKnown() ? YES : Observed.unknown();
  }

  /**
   * Returns the bone lesions, or an empty list when unknown.
   *
   * @return the lesions
   */
  List<BoneLesion> lesions() {
    List<BoneLesion> known = valueOrNull(patient.boneLesions());
    return known == null ? List.of() : known;
  }

  /** Returns the result of a patient-level model (whichever variant was evaluated). */
  Optional<ModelResult> result(Score<?> model) {
    return Optional.ofNullable(patientResult(model.info()));
  }

  /** Returns the result of a patient-level model (whichever variant was evaluated), or null. */
  @Nullable ModelResult patientResult(ModelInfo model) {
    for (Models.Evaluation e : evaluations) {
      if (e.isOf(model) && e.about().isPatient()) {
        return e.result();
      }
    }
    return null;
  }

  /** Returns the per-lesion evaluations of a model. */
  List<Models.Evaluation> perLesion(LesionScore model) {
    ModelInfo info = model.info();
    List<Models.Evaluation> out = new ArrayList<>();
    for (Models.Evaluation e : evaluations) {
      if (e.isOf(info) && !e.about().isPatient()) {
        out.add(e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns a per-lesion model's possible categories for a lesion (empty when not evaluated). */
  <C extends Category> List<C> categories(LesionScore model, BoneLesion lesion, Class<C> type) {
    ModelInfo info = model.info();
    for (Models.Evaluation e : evaluations) {
      if (e.isOf(info) && e.about() instanceof Subject.Lesion s && s.id().equals(lesion.id())) {
        return typed(e.result(), type);
      }
    }
    return List.of();
  }

  /**
   * Returns a result's possible categories as the given type: {@link
   * ModelResult#possibleCategories(Class)} without copying the list when every category is of the
   * type (which is what that method checks).
   */
  @SuppressWarnings("unchecked") // every element was checked to be a C just before the cast
  private static <C extends Category> List<C> typed(ModelResult result, Class<C> type) {
    List<Category> all = result.possibleCategories();
    for (Category c : all) {
      if (!type.isInstance(c)) {
        return result.possibleCategories(type); // throws the wrong-model error
      }
    }
    return (List<C>) (List<?>) all;
  }

  /** Returns the ECOG grades the performance status allows (all when unknown). */
  List<Ecog> ecog() {
    PerformanceStatus status = valueOrNull(patient.performanceStatus());
    return status == null ? ALL_ECOG : status.ecogCandidates(PsConvention.STANDARD);
  }

  private static final List<Ecog> ALL_ECOG = List.of(Ecog.values());

  /**
   * Returns whether the spinal cord is compressed: yes when any spinal lesion is ESCC 2 or 3; no
   * when every spinal lesion's ESCC grade is recorded below 2 and the lesion list is known.
   */
  Observed<Boolean> cordCompression() {
    List<BoneLesion> lesions = valueOrNull(patient.boneLesions());
    if (lesions == null) {
      return Observed.unknown();
    }
    boolean allKnown = true;
    for (BoneLesion l : lesions) {
      if (!l.site().isSpinal()) {
        continue;
      }
      EsccGrade escc = valueOrNull(l.escc());
      if (escc != null && escc.cordCompressed()) {
        return YES;
      }
      allKnown &= escc != null;
    }
    return allKnown ? NO : Observed.unknown();
  }

  /** Returns whether there is a neurological deficit (Frankel A–D), or unknown. */
  Observed<Boolean> neurologicalDeficit() {
    Observed<FrankelGrade> frankel = patient.frankel();
    if (frankel instanceof Observed.Known<FrankelGrade> k) {
      return k.value() != FrankelGrade.E ? YES : NO;
    }
    return frankel.map(f -> f != FrankelGrade.E); // unknown or not assessable, kept as it is
  }

  /** Known yes and known no, made once (observations are values). */
  private static final Observed<Boolean> YES = Observed.of(true);

  private static final Observed<Boolean> NO = Observed.of(false);

  /**
   * Returns the lesions with pain recorded: an NRS above 0, a SINS pain character other than none,
   * or (with neither recorded) a Mirels pain grade.
   */
  List<BoneLesion> painfulLesions() {
    List<BoneLesion> out = new ArrayList<>();
    for (BoneLesion l : lesions()) {
      // painful(l) is known true exactly when the pain is recorded, or only a Mirels grade is
      if (isPainful(l) || (!painFree(l) && l.painSeverity().isKnown())) {
        out.add(l);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
