package org.hccbm.models.treatment;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
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
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
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
    return result(ChildPugh.INSTANCE)
        .map(BclcInput::childPughClasses)
        .orElse(List.of(ChildPughClass.values()));
  }

  /** Returns the Child–Pugh total when complete. */
  Optional<Integer> childPughTotal() {
    return result(ChildPugh.INSTANCE)
        .flatMap(
            r ->
                r.<Optional<Integer>>fold(
                    c -> c.total().map(t -> (int) t.value()),
                    b -> Optional.empty(),
                    n -> Optional.empty()));
  }

  /** Returns the MELD totals still possible, when MELD could be computed at all. */
  Optional<TotalRange> meldRange() {
    return result(Meld.INSTANCE).flatMap(ModelResult::possibleTotals);
  }

  /** Returns the BCLC stages still possible (empty when not computed). */
  List<BclcStage> bclcStages() {
    return result(Bclc.INSTANCE).map(r -> r.possibleCategories(BclcStage.class)).orElse(List.of());
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
        .map(list -> list.stream().filter(c -> near(c.site(), lesion.site())).toList());
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
    boolean poorLiver = !SurvivalPolicies.poorLiver(evaluations).isEmpty();
    return estimates.stream()
        .filter(
            e ->
                !e.modelId().equals(survival.modelId())
                    && !e.modelId().equals(VanDerLinden.INSTANCE.info().id()))
        .map(
            e ->
                poorLiver
                        && !e.modelId().equals(HccSmGpa.INSTANCE.info().id())
                        && e.bands().contains(SurvivalBand.AT_LEAST_6_MONTHS)
                    ? new SurvivalEstimate(
                        e.modelId(),
                        e.basis() + "; capped below 6 months by liver " + "function",
                        List.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS))
                    : e)
        .toList();
  }

  /** Returns the pain intensity of a lesion, when recorded. */
  static Optional<PainIntensity> painIntensity(BoneLesion l) {
    return l.painIntensity().known();
  }

  /** Returns whether a lesion is painful: yes, no, or unknown. */
  static Observed<Boolean> painful(BoneLesion l) {
    if (l.painIntensity().known().map(p -> p.nrs() > 0).orElse(false)
        || l.painCharacter().known().map(p -> p != PainCharacter.NONE).orElse(false)) {
      return Observed.of(true);
    }
    if (l.painIntensity().known().map(p -> p.nrs() == 0).orElse(false)
        || l.painCharacter().known().map(p -> p == PainCharacter.NONE).orElse(false)) {
      return Observed.of(false);
    }
    return l.painSeverity().isKnown() ? Observed.of(true) : Observed.unknown();
  }

  /**
   * Returns the bone lesions, or an empty list when unknown.
   *
   * @return the lesions
   */
  List<BoneLesion> lesions() {
    return patient.boneLesions().known().orElse(List.of());
  }

  /** Returns the result of a patient-level model (whichever variant was evaluated). */
  Optional<ModelResult> result(Score<?> model) {
    return evaluations.stream()
        .filter(e -> e.isOf(model.info()) && e.about().isPatient())
        .map(Models.Evaluation::result)
        .findFirst();
  }

  /** Returns the per-lesion evaluations of a model. */
  List<Models.Evaluation> perLesion(LesionScore model) {
    return evaluations.stream()
        .filter(e -> e.isOf(model.info()) && !e.about().isPatient())
        .toList();
  }

  /** Returns a per-lesion model's possible categories for a lesion (empty when not evaluated). */
  <C extends Category> List<C> categories(LesionScore model, BoneLesion lesion, Class<C> type) {
    Subject subject = Subject.lesion(lesion.id());
    return perLesion(model).stream()
        .filter(e -> e.about().equals(subject))
        .findFirst()
        .map(e -> e.result().possibleCategories(type))
        .orElse(List.of());
  }

  /** Returns the ECOG grades the performance status allows (all when unknown). */
  List<Ecog> ecog() {
    return patient
        .performanceStatus()
        .known()
        .map(p -> p.ecogCandidates(PsConvention.STANDARD))
        .orElse(List.of(Ecog.values()));
  }

  /**
   * Returns whether the spinal cord is compressed: yes when any spinal lesion is ESCC 2 or 3; no
   * when every spinal lesion's ESCC grade is recorded below 2 and the lesion list is known.
   */
  Observed<Boolean> cordCompression() {
    if (patient.boneLesions().known().isEmpty()) {
      return Observed.unknown();
    }
    List<BoneLesion> spinal = lesions().stream().filter(l -> l.site().isSpinal()).toList();
    if (spinal.stream()
        .anyMatch(l -> l.escc().known().map(EsccGrade::cordCompressed).orElse(false))) {
      return Observed.of(true);
    }
    return spinal.stream().allMatch(l -> l.escc().isKnown())
        ? Observed.of(false)
        : Observed.unknown();
  }

  /** Returns whether there is a neurological deficit (Frankel A–D), or unknown. */
  Observed<Boolean> neurologicalDeficit() {
    return patient.frankel().map(f -> f != FrankelGrade.E);
  }

  /**
   * Returns the lesions with pain recorded: an NRS above 0, a SINS pain character other than none,
   * or (with neither recorded) a Mirels pain grade.
   */
  List<BoneLesion> painfulLesions() {
    return lesions().stream().filter(l -> painful(l).equals(Observed.of(true))).toList();
  }
}
