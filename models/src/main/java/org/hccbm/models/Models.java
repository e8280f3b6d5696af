package org.hccbm.models;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Value;
import org.hccbm.models.bone.Bollen;
import org.hccbm.models.bone.HccSmGpa;
import org.hccbm.models.bone.Katagiri;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.Sins;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.UkaInput;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldNa;
import org.hccbm.models.liver.Milan;
import org.hccbm.models.liver.Ucsf;

/**
 * The catalogue: every model with its metadata, and the evaluation of every model for a patient in
 * one call. Each evaluation is complete, bounded (unknown inputs) or not applicable with the
 * reason.
 *
 * <pre>{@code
 * for (Models.Evaluation e : Models.evaluate(patient)) {
 *   System.out.println(e.result().render());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Models {
  /**
   * One model's result for one subject.
   *
   * @param model the model
   * @param about the subject: the patient, or the lesion for per-lesion models (since 0.2.0)
   * @param result the result
   */
  public record Evaluation(ModelInfo model, Subject about, ModelResult result) {
    /** Validates every component. */
    public Evaluation {
      requireNonNull(model, "model");
      requireNonNull(about, "about");
      requireNonNull(result, "result");
    }

    /**
     * Creates an evaluation from the subject's wire form ({@link Subject#of(String)}).
     *
     * @param model the model
     * @param subject "patient", or the lesion id for per-lesion models
     * @param result the result
     */
    public Evaluation(ModelInfo model, String subject, ModelResult result) {
      this(model, Subject.of(subject), result);
    }

    /**
     * Returns the subject's wire form, as JSON and plain text print it.
     *
     * @return "patient", or the lesion id for per-lesion models
     */
    public String subject() {
      return about.id();
    }

    /**
     * Returns whether this evaluation is of a model, whichever of its variants was used.
     *
     * @param other the model
     * @return true when the ids match
     * @since 0.2.0
     */
    public boolean isOf(ModelInfo other) {
      return model.id().equals(other.id());
    }
  }

  /** The default variant of every patient-level model, in the order the catalogue lists them. */
  private static final List<Score<?>> PATIENT_MODELS =
      List.of(
          ChildPugh.INSTANCE,
          Albi.INSTANCE,
          Meld.INSTANCE,
          MeldNa.INSTANCE,
          Meld3.INSTANCE,
          Bclc.INSTANCE,
          Milan.INSTANCE,
          Ucsf.INSTANCE,
          HccSmGpa.INSTANCE,
          Tokuhashi.INSTANCE,
          Tomita.INSTANCE,
          Katagiri.INSTANCE,
          VanDerLinden.INSTANCE,
          Bollen.INSTANCE,
          Uka.INSTANCE);

  /** The per-lesion models. */
  private static final List<LesionScore> LESION_MODELS = List.of(Sins.INSTANCE, Mirels.INSTANCE);

  private Models() {}

  /**
   * Returns every model's metadata (default variants), in catalogue order.
   *
   * @return the models
   */
  public static List<ModelInfo> catalogue() {
    return java.util.stream.Stream.concat(
            PATIENT_MODELS.stream().map(Score::info), LESION_MODELS.stream().map(LesionScore::info))
        .toList();
  }

  /**
   * Returns every patient-level model (default variants), in catalogue order.
   *
   * @return the models
   */
  public static List<Score<?>> all() {
    return PATIENT_MODELS;
  }

  /**
   * Returns every per-lesion model.
   *
   * @return the models
   */
  public static List<LesionScore> lesionModels() {
    return LESION_MODELS;
  }

  /**
   * Returns the default variant of a model by its id.
   *
   * @param id the stable id, e.g. "child-pugh"
   * @return the model, or empty
   */
  public static Optional<Score<?>> byId(String id) {
    return PATIENT_MODELS.stream().filter(s -> s.info().id().equals(id)).findFirst();
  }

  /**
   * Evaluates every model for a patient.
   *
   * @param patient the patient
   * @return one evaluation per patient-level model, then one per lesion for each per-lesion model
   *     (or one not-applicable evaluation when no lesion is graded), in catalogue order; a result
   *     that uses a lab sampled more than {@value LabFreshness#DEFAULT_WINDOW_DAYS} days before the
   *     assessment date carries a DATA_QUALITY caveat naming it
   */
  public static List<Evaluation> evaluate(Patient patient) {
    return evaluate(patient, LabFreshness.DEFAULT_WINDOW_DAYS);
  }

  /**
   * Evaluates every model for a patient, flagging labs older than a freshness window.
   *
   * @param patient the patient
   * @param labWindowDays a lab sampled more than this many days before the assessment date gives a
   *     DATA_QUALITY caveat on every result that uses it ({@link LabFreshness})
   * @return as {@link #evaluate(Patient)}
   * @since 0.2.0
   */
  public static List<Evaluation> evaluate(Patient patient, int labWindowDays) {
    return evaluate(patient, VariantSelection.defaults(), labWindowDays);
  }

  /**
   * Evaluates every model for a patient under the chosen variants (see {@link Variants}). The
   * Child–Pugh variant chosen also gives the Child–Pugh class that BCLC and the Uka criteria read,
   * so one assessment uses one reading of Child–Pugh throughout.
   *
   * @param patient the patient
   * @param variants the chosen variants; models not named use their defaults
   * @return as {@link #evaluate(Patient)}, each result naming the variant used in {@code
   *     model().variant()}
   * @since 0.2.0
   */
  public static List<Evaluation> evaluate(Patient patient, VariantSelection variants) {
    return evaluate(patient, variants, LabFreshness.DEFAULT_WINDOW_DAYS);
  }

  /**
   * Evaluates every model for a patient under the chosen variants, flagging labs older than a
   * freshness window.
   *
   * @param patient the patient
   * @param variants the chosen variants; models not named use their defaults
   * @param labWindowDays as {@link #evaluate(Patient, int)}
   * @return as {@link #evaluate(Patient, VariantSelection)}
   * @since 0.2.0
   */
  public static List<Evaluation> evaluate(
      Patient patient, VariantSelection variants, int labWindowDays) {
    return evaluate(patient, variants, labWindowDays, ChildPugh::evaluate);
  }

  /**
   * Evaluates every model, Child–Pugh once: its result is the one listed and the one BCLC and the
   * Uka criteria read (they would otherwise each evaluate it again).
   *
   * @param childPugh how the chosen Child–Pugh variant is evaluated (a test counts the calls)
   */
  static List<Evaluation> evaluate(
      Patient patient,
      VariantSelection variants,
      int labWindowDays,
      BiFunction<ChildPugh, Patient, ModelResult> childPugh) {
    requireNonNull(patient, "patient");
    requireNonNull(variants, "variants");
    boolean defaults = variants.choices().isEmpty();
    ChildPugh chosenChildPugh =
        defaults ? ChildPugh.INSTANCE : (ChildPugh) variants.model(ChildPugh.INSTANCE.info().id());
    ModelResult childPughResult = childPugh.apply(chosenChildPugh, patient);
    List<Evaluation> out = new ArrayList<>(PATIENT_MODELS.size() + 4);
    Subject whole = Subject.patient();
    for (Score<?> s : PATIENT_MODELS) {
      Score<?> chosen = defaults ? s : (Score<?>) variants.model(s.info().id());
      ModelResult result =
          chosen instanceof ChildPugh
              ? childPughResult
              : chosen instanceof Bclc bclc
                  ? bclc.evaluate(BclcInput.from(patient, childPughResult))
                  : chosen instanceof Uka uka
                      ? uka.evaluate(UkaInput.from(patient, childPughResult))
                      : chosen.evaluate(patient);
      out.add(new Evaluation(chosen.info(), whole, result));
    }
    for (LesionScore s : LESION_MODELS) {
      out.addAll(perLesion(defaults ? s : (LesionScore) variants.model(s.info().id()), patient));
    }
    return LabFreshness.annotate(patient, List.copyOf(out), labWindowDays);
  }

  /** The open item of a patient without a known list of bone lesions. */
  private static final ItemCode BONE_LESIONS = ItemCode.of("boneLesions");

  /** An input that is not known, as the value a not-applicable reason names. */
  private static Value.Open openValue(ItemCode item, Observed<?> observed) {
    return observed instanceof Observed.NotAssessable<?> n
        ? new Value.Open(item, OpenStatus.NOT_ASSESSABLE, Optional.of(n.reason()), Optional.empty())
        : new Value.Open(item, OpenStatus.UNKNOWN, Optional.empty(), Optional.empty());
  }

  private static List<Evaluation> perLesion(LesionScore model, Patient patient) {
    if (patient.boneLesions().known().isEmpty()) {
      return List.of(
          new Evaluation(
              model.info(),
              Subject.patient(),
              NotApplicable.coded(
                  model.info(),
                  "boneLesionsNotRecorded",
                  List.of(),
                  openValue(BONE_LESIONS, patient.boneLesions()))));
    }
    List<Evaluation> out = new ArrayList<>();
    for (BoneLesion lesion : patient.boneLesions().known().get()) {
      if (model.appliesTo(lesion)) {
        out.add(new Evaluation(model.info(), Subject.lesion(lesion.id()), model.evaluate(lesion)));
      }
    }
    if (out.isEmpty()) {
      out.add(
          new Evaluation(
              model.info(),
              Subject.patient(),
              NotApplicable.coded(model.info(), "noGradedLesion", List.of())));
    }
    return out;
  }
}
