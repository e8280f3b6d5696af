package org.hccbm.core.patient;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.history.AntithromboticTherapy;
import org.hccbm.core.history.TreatmentHistory;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.neuro.AsiaGrade;
import org.hccbm.core.neuro.FrankelGrade;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.tumour.ExtraskeletalMetastasis;
import org.hccbm.core.tumour.PrimaryHcc;

/**
 * What is known about one patient with HCC and bone metastasis. Every part may be unknown; unknown
 * is distinct from absent (a known empty list of metastases) and from not assessable. Models read
 * the narrow parts they need, never the whole patient.
 *
 * @param id the caller's identifier (not interpreted)
 * @param assessmentDate the date the record describes, when known
 * @param age the age
 * @param sex the sex
 * @param weight the actual body weight
 * @param performanceStatus the performance status on its native scale
 * @param performanceStatusCancerRelated whether the impairment is due to the cancer (BCLC)
 * @param labs the laboratory values
 * @param liver the bedside liver items
 * @param onDialysis two or more dialysis sessions, or 24 h of CVVHD, in the past week (MELD)
 * @param primary the primary HCC
 * @param extraskeletalMetastases metastases outside the skeleton; empty when none
 * @param boneLesions the bone metastases; lesion ids are unique
 * @param frankel the Frankel grade
 * @param asia the ASIA impairment grade
 * @param history the treatment history
 * @param antithromboticTherapy current antithrombotic therapy (since 0.2.0)
 * @since 0.1.0
 */
public record Patient(
    String id,
    Optional<LocalDate> assessmentDate,
    Observed<Age> age,
    Observed<Sex> sex,
    Observed<BodyWeight> weight,
    Observed<PerformanceStatus> performanceStatus,
    Observed<Boolean> performanceStatusCancerRelated,
    LabPanel labs,
    LiverBedside liver,
    Observed<Boolean> onDialysis,
    PrimaryHcc primary,
    Observed<List<ExtraskeletalMetastasis>> extraskeletalMetastases,
    Observed<List<BoneLesion>> boneLesions,
    Observed<FrankelGrade> frankel,
    Observed<AsiaGrade> asia,
    TreatmentHistory history,
    Observed<AntithromboticTherapy> antithromboticTherapy) {
  /** Validates and copies every component. */
  public Patient {
    requireNonNull(id, "id");
    requireNonNull(assessmentDate, "assessmentDate");
    requireNonNull(age, "age");
    requireNonNull(sex, "sex");
    requireNonNull(weight, "weight");
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(performanceStatusCancerRelated, "performanceStatusCancerRelated");
    requireNonNull(labs, "labs");
    requireNonNull(liver, "liver");
    requireNonNull(onDialysis, "onDialysis");
    requireNonNull(primary, "primary");
    extraskeletalMetastases =
        requireNonNull(extraskeletalMetastases, "extraskeletalMetastases").map(List::copyOf);
    boneLesions = requireNonNull(boneLesions, "boneLesions").map(List::copyOf);
    requireNonNull(frankel, "frankel");
    requireNonNull(asia, "asia");
    requireNonNull(history, "history");
    requireNonNull(antithromboticTherapy, "antithromboticTherapy");
    boneLesions.known().ifPresent(Patient::requireUniqueIds);
  }

  /**
   * Creates a patient whose antithrombotic therapy is unknown (the 0.1 components).
   *
   * @param id the caller's identifier
   * @param assessmentDate the assessment date
   * @param age the age
   * @param sex the sex
   * @param weight the body weight
   * @param performanceStatus the performance status
   * @param performanceStatusCancerRelated whether the impairment is due to the cancer
   * @param labs the laboratory values
   * @param liver the bedside liver items
   * @param onDialysis dialysis
   * @param primary the primary HCC
   * @param extraskeletalMetastases metastases outside the skeleton
   * @param boneLesions the bone metastases
   * @param frankel the Frankel grade
   * @param asia the ASIA grade
   * @param history the treatment history
   */
  public Patient(
      String id,
      Optional<LocalDate> assessmentDate,
      Observed<Age> age,
      Observed<Sex> sex,
      Observed<BodyWeight> weight,
      Observed<PerformanceStatus> performanceStatus,
      Observed<Boolean> performanceStatusCancerRelated,
      LabPanel labs,
      LiverBedside liver,
      Observed<Boolean> onDialysis,
      PrimaryHcc primary,
      Observed<List<ExtraskeletalMetastasis>> extraskeletalMetastases,
      Observed<List<BoneLesion>> boneLesions,
      Observed<FrankelGrade> frankel,
      Observed<AsiaGrade> asia,
      TreatmentHistory history) {
    this(
        id,
        assessmentDate,
        age,
        sex,
        weight,
        performanceStatus,
        performanceStatusCancerRelated,
        labs,
        liver,
        onDialysis,
        primary,
        extraskeletalMetastases,
        boneLesions,
        frankel,
        asia,
        history,
        Observed.unknown());
  }

  private static void requireUniqueIds(List<BoneLesion> lesions) {
    Set<String> seen = new HashSet<>();
    for (BoneLesion lesion : lesions) {
      if (!seen.add(lesion.id())) {
        throw new InvalidClinicalInputException(
            "bone lesion id", "\"" + lesion.id() + "\"", "unique within the patient");
      }
    }
  }

  /**
   * Returns a copy with another primary-tumour record.
   *
   * @param value the primary
   * @return the patient
   * @since 0.2.0
   */
  public Patient withPrimary(PrimaryHcc value) {
    return new Patient(
        id,
        assessmentDate,
        age,
        sex,
        weight,
        performanceStatus,
        performanceStatusCancerRelated,
        labs,
        liver,
        onDialysis,
        value,
        extraskeletalMetastases,
        boneLesions,
        frankel,
        asia,
        history);
  }

  /**
   * Returns a builder holding every part of this patient, so that a variant is one call away:
   * {@code patient.toBuilder().onDialysis(true).build()}. {@code toBuilder().build()} equals this
   * patient. This is the one place that copies every component; a new component is copied here.
   *
   * @return the builder
   * @since 0.2.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.assessmentDate = assessmentDate;
    b.age = age;
    b.sex = sex;
    b.weight = weight;
    b.performanceStatus = performanceStatus;
    b.performanceStatusCancerRelated = performanceStatusCancerRelated;
    b.labs = labs;
    b.liver = liver;
    b.onDialysis = onDialysis;
    b.primary = primary;
    b.extraskeletalMetastases = extraskeletalMetastases;
    b.boneLesions = boneLesions;
    b.frankel = frankel;
    b.asia = asia;
    b.history = history;
    b.antithromboticTherapy = antithromboticTherapy;
    return b;
  }

  /**
   * Returns a builder with every part unknown.
   *
   * @param id the caller's identifier
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The findings {@link Builder#notAssessable} accepts, in document order. */
  private static final List<String> NOT_ASSESSABLE_FIELDS =
      List.of(
          "age",
          "sex",
          "weight",
          "performanceStatus",
          "performanceStatusCancerRelated",
          "onDialysis",
          "extraskeletalMetastases",
          "boneLesions",
          "frankel",
          "asia",
          "antithromboticTherapy");

  /** Builds a {@link Patient}; every part not set stays unknown. */
  public static final class Builder {
    private String id;
    private Optional<LocalDate> assessmentDate = Optional.empty();
    private Observed<Age> age = Observed.unknown();
    private Observed<Sex> sex = Observed.unknown();
    private Observed<BodyWeight> weight = Observed.unknown();
    private Observed<PerformanceStatus> performanceStatus = Observed.unknown();
    private Observed<Boolean> performanceStatusCancerRelated = Observed.unknown();
    private LabPanel labs = LabPanel.empty();
    private LiverBedside liver = LiverBedside.unknown();
    private Observed<Boolean> onDialysis = Observed.unknown();
    private PrimaryHcc primary = PrimaryHcc.unknown();
    private Observed<List<ExtraskeletalMetastasis>> extraskeletalMetastases = Observed.unknown();
    private Observed<List<BoneLesion>> boneLesions = Observed.unknown();
    private Observed<FrankelGrade> frankel = Observed.unknown();
    private Observed<AsiaGrade> asia = Observed.unknown();
    private TreatmentHistory history = TreatmentHistory.unknown();
    private Observed<AntithromboticTherapy> antithromboticTherapy = Observed.unknown();

    private Builder(String id) {
      this.id = requireNonNull(id, "id");
    }

    /**
     * Sets the caller's identifier, e.g. to name a variant made with {@link Patient#toBuilder()}.
     *
     * @param value the identifier
     * @return this builder
     * @since 0.2.0
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder id(String value) {
      id = requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the assessment date.
     *
     * @param value the date
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder assessmentDate(LocalDate value) {
      assessmentDate = Optional.of(value);
      return this;
    }

    /**
     * Sets the age.
     *
     * @param value the age
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder age(Age value) {
      age = Observed.of(value);
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param value the sex
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder sex(Sex value) {
      sex = Observed.of(value);
      return this;
    }

    /**
     * Sets the body weight.
     *
     * @param value the weight
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder weight(BodyWeight value) {
      weight = Observed.of(value);
      return this;
    }

    /**
     * Sets the performance status.
     *
     * @param value the status
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder performanceStatus(PerformanceStatus value) {
      performanceStatus = Observed.of(value);
      return this;
    }

    /**
     * Sets whether the PS impairment is cancer-related.
     *
     * @param value yes or no
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder performanceStatusCancerRelated(boolean value) {
      performanceStatusCancerRelated = Observed.of(value);
      return this;
    }

    /**
     * Sets the laboratory values.
     *
     * @param value the panel
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder labs(LabPanel value) {
      labs = requireNonNull(value, "labs");
      return this;
    }

    /**
     * Sets the bedside liver items.
     *
     * @param value the items
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder liver(LiverBedside value) {
      liver = requireNonNull(value, "liver");
      return this;
    }

    /**
     * Sets the dialysis status.
     *
     * @param value on dialysis or not
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder onDialysis(boolean value) {
      onDialysis = Observed.of(value);
      return this;
    }

    /**
     * Sets the primary HCC.
     *
     * @param value the primary
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder primary(PrimaryHcc value) {
      primary = requireNonNull(value, "primary");
      return this;
    }

    /**
     * Sets the extraskeletal metastases.
     *
     * @param value the list; empty for none
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder extraskeletalMetastases(List<ExtraskeletalMetastasis> value) {
      extraskeletalMetastases = Observed.of(value);
      return this;
    }

    /**
     * Sets the bone lesions.
     *
     * @param value the lesions
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder boneLesions(List<BoneLesion> value) {
      boneLesions = Observed.of(value);
      return this;
    }

    /**
     * Sets the Frankel grade.
     *
     * @param value the grade
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder frankel(FrankelGrade value) {
      frankel = Observed.of(value);
      return this;
    }

    /**
     * Sets the ASIA grade.
     *
     * @param value the grade
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder asia(AsiaGrade value) {
      asia = Observed.of(value);
      return this;
    }

    /**
     * Sets the treatment history.
     *
     * @param value the history
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder history(TreatmentHistory value) {
      history = requireNonNull(value, "history");
      return this;
    }

    /**
     * Sets the antithrombotic therapy.
     *
     * @param value the therapy; {@link AntithromboticTherapy#none()} for none
     * @return this builder
     * @since 0.2.0
     */
    public Builder antithromboticTherapy(AntithromboticTherapy value) {
      antithromboticTherapy = Observed.of(value);
      return this;
    }

    /**
     * Marks a patient-level finding as not assessable, with the reason (e.g. the performance status
     * of a sedated, ventilated patient: {@code notAssessable("performanceStatus", "sedated")}). The
     * names are the fields of the patient document (docs/json.md): "age", "sex", "weight",
     * "performanceStatus", "performanceStatusCancerRelated", "onDialysis",
     * "extraskeletalMetastases", "boneLesions", "frankel", "asia", "antithromboticTherapy". The
     * liver items, the primary tumour and the history hold their own findings ({@link
     * LiverBedside}, {@link PrimaryHcc.Builder#notAssessable}, {@link TreatmentHistory}).
     *
     * @param field the finding's name
     * @param reason why it cannot be assessed, non-blank
     * @return this builder
     * @throws InvalidClinicalInputException for another name, or a blank reason
     * @since 0.2.0
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder notAssessable(String field, String reason) {
      switch (requireNonNull(field, "field")) {
        case "age" -> age = Observed.notAssessable(reason);
        case "sex" -> sex = Observed.notAssessable(reason);
        case "weight" -> weight = Observed.notAssessable(reason);
        case "performanceStatus" -> performanceStatus = Observed.notAssessable(reason);
        case "performanceStatusCancerRelated" ->
            performanceStatusCancerRelated = Observed.notAssessable(reason);
        case "onDialysis" -> onDialysis = Observed.notAssessable(reason);
        case "extraskeletalMetastases" -> extraskeletalMetastases = Observed.notAssessable(reason);
        case "boneLesions" -> boneLesions = Observed.notAssessable(reason);
        case "frankel" -> frankel = Observed.notAssessable(reason);
        case "asia" -> asia = Observed.notAssessable(reason);
        case "antithromboticTherapy" -> antithromboticTherapy = Observed.notAssessable(reason);
        default ->
            throw new InvalidClinicalInputException(
                "not-assessable patient finding",
                "\"" + field + "\"",
                "one of " + String.join(", ", NOT_ASSESSABLE_FIELDS));
      }
      return this;
    }

    /**
     * Builds the patient.
     *
     * @return the patient
     * @throws InvalidClinicalInputException if two bone lesions share an id
     */
    public Patient build() {
      return new Patient(
          id,
          assessmentDate,
          age,
          sex,
          weight,
          performanceStatus,
          performanceStatusCancerRelated,
          labs,
          liver,
          onDialysis,
          primary,
          extraskeletalMetastases,
          boneLesions,
          frankel,
          asia,
          history,
          antithromboticTherapy);
    }
  }
}
