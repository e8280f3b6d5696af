package org.hccbm.models.treatment;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.EsccGrade;
import org.hccbm.core.lesion.PainCharacter;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;

/**
 * What the rules read: the patient, every model's result, and the expected survival the policy
 * chose. Derived facts are computed here once, each by a documented rule.
 *
 * @param patient the patient
 * @param evaluations every model's result
 * @param survival the expected survival the plan uses
 * @since 0.1.0
 */
public record PlanContext(Patient patient, List<Models.Evaluation> evaluations,
    SurvivalEstimate survival) {
  /** Copies the evaluations. */
  public PlanContext {
    evaluations = List.copyOf(evaluations);
  }

  /** Returns the bone lesions, or an empty list when unknown. @return the lesions */
  List<BoneLesion> lesions() {
    return patient.boneLesions().known().orElse(List.of());
  }

  /** Returns the result of a patient-level model. */
  Optional<ModelResult> result(String modelId) {
    return evaluations.stream().filter(e -> e.model().id().equals(modelId)
        && e.subject().equals("patient")).map(Models.Evaluation::result).findFirst();
  }

  /** Returns the per-lesion results of a model. */
  List<Models.Evaluation> perLesion(String modelId) {
    return evaluations.stream().filter(e -> e.model().id().equals(modelId)
        && !e.subject().equals("patient")).toList();
  }

  /** Returns the categories a result allows: one when complete, the reachable ones when bounded. */
  static List<Category> categories(ModelResult r) {
    return r instanceof Complete c ? c.category().stream().toList()
        : r instanceof Bounded b ? b.reachableCategories() : List.of();
  }

  /** Returns the ECOG grades the performance status allows (all when unknown). */
  List<Ecog> ecog() {
    return patient.performanceStatus().known()
        .map(p -> p.ecogCandidates(PsConvention.STANDARD))
        .orElse(List.of(Ecog.values()));
  }

  /**
   * Returns whether the spinal cord is compressed: yes when any spinal lesion is ESCC 2 or 3;
   * no when every spinal lesion's ESCC grade is recorded below 2 and the lesion list is known.
   */
  Observed<Boolean> cordCompression() {
    if (patient.boneLesions().known().isEmpty()) {
      return Observed.unknown();
    }
    List<BoneLesion> spinal = lesions().stream().filter(l -> l.site().isSpinal()).toList();
    if (spinal.stream().anyMatch(l -> l.escc().known().map(EsccGrade::cordCompressed)
        .orElse(false))) {
      return Observed.of(true);
    }
    return spinal.stream().allMatch(l -> l.escc().isKnown()) ? Observed.of(false)
        : Observed.unknown();
  }

  /** Returns whether there is a neurological deficit (Frankel A–D), or unknown. */
  Observed<Boolean> neurologicalDeficit() {
    return patient.frankel().map(f -> f != FrankelGrade.E);
  }

  /** Returns the lesions with pain recorded (any SINS pain other than none, or any Mirels pain). */
  List<BoneLesion> painfulLesions() {
    return lesions().stream().filter(l -> l.painCharacter().known()
        .map(p -> p != PainCharacter.NONE).orElse(false) || l.painSeverity().isKnown()).toList();
  }
}
