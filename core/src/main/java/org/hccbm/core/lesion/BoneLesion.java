package org.hccbm.core.lesion;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.hccbm.core.Diameter;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;

/**
 * One bone metastasis: where it is and what imaging and examination found. Every finding may be
 * unknown; spinal findings (collapse, alignment, posterolateral involvement, ESCC grade, pain
 * character) are recorded only for spinal lesions.
 *
 * @param id a label that identifies the lesion within the patient, e.g. "T12" or "L femur"
 * @param site the skeletal site
 * @param morphology lytic, mixed or blastic
 * @param painCharacter the SINS pain character (spinal lesions)
 * @param painSeverity the Mirels pain severity (long-bone lesions)
 * @param size the greatest diameter
 * @param diameterFraction the fraction of the bone's diameter involved (long bones)
 * @param softTissueMass whether there is an extraosseous soft-tissue mass
 * @param pathologicalFracture whether the bone has fractured through the lesion
 * @param collapse vertebral body collapse (spinal lesions)
 * @param alignment spinal alignment (spinal lesions)
 * @param posterolateral posterolateral involvement (spinal lesions)
 * @param escc epidural spinal cord compression grade (spinal lesions)
 * @param painIntensity the pain intensity on the 0–10 numeric rating scale (since 0.2.0)
 * @since 0.1.0
 */
public record BoneLesion(
    String id,
    SkeletalSite site,
    Observed<LesionMorphology> morphology,
    Observed<PainCharacter> painCharacter,
    Observed<PainSeverity> painSeverity,
    Observed<Diameter> size,
    Observed<DiameterFraction> diameterFraction,
    Observed<Boolean> softTissueMass,
    Observed<Boolean> pathologicalFracture,
    Observed<VertebralCollapse> collapse,
    Observed<SpinalAlignment> alignment,
    Observed<PosterolateralInvolvement> posterolateral,
    Observed<EsccGrade> escc,
    Observed<PainIntensity> painIntensity) {
  /** Validates every component. */
  public BoneLesion {
    requireNonNull(id, "id");
    requireNonNull(site, "site");
    requireNonNull(morphology, "morphology");
    requireNonNull(painCharacter, "painCharacter");
    requireNonNull(painSeverity, "painSeverity");
    requireNonNull(size, "size");
    requireNonNull(diameterFraction, "diameterFraction");
    requireNonNull(softTissueMass, "softTissueMass");
    requireNonNull(pathologicalFracture, "pathologicalFracture");
    requireNonNull(collapse, "collapse");
    requireNonNull(alignment, "alignment");
    requireNonNull(posterolateral, "posterolateral");
    requireNonNull(escc, "escc");
    requireNonNull(painIntensity, "painIntensity");
    if (id.isBlank()) {
      throw new InvalidClinicalInputException("lesion id", "\"" + id + "\"", "non-blank");
    }
    if (!site.isSpinal()) {
      spinalOnly("vertebral collapse", collapse, site);
      spinalOnly("spinal alignment", alignment, site);
      spinalOnly("posterolateral involvement", posterolateral, site);
      spinalOnly("ESCC grade", escc, site);
    }
  }

  /**
   * Creates a lesion without a recorded pain intensity (the 0.1 components).
   *
   * @param id the lesion's label
   * @param site the site
   * @param morphology lytic, mixed or blastic
   * @param painCharacter the SINS pain character
   * @param painSeverity the Mirels pain severity
   * @param size the greatest diameter
   * @param diameterFraction the fraction of the diameter involved
   * @param softTissueMass soft-tissue mass
   * @param pathologicalFracture pathological fracture
   * @param collapse vertebral body collapse
   * @param alignment spinal alignment
   * @param posterolateral posterolateral involvement
   * @param escc ESCC grade
   */
  public BoneLesion(
      String id,
      SkeletalSite site,
      Observed<LesionMorphology> morphology,
      Observed<PainCharacter> painCharacter,
      Observed<PainSeverity> painSeverity,
      Observed<Diameter> size,
      Observed<DiameterFraction> diameterFraction,
      Observed<Boolean> softTissueMass,
      Observed<Boolean> pathologicalFracture,
      Observed<VertebralCollapse> collapse,
      Observed<SpinalAlignment> alignment,
      Observed<PosterolateralInvolvement> posterolateral,
      Observed<EsccGrade> escc) {
    this(
        id,
        site,
        morphology,
        painCharacter,
        painSeverity,
        size,
        diameterFraction,
        softTissueMass,
        pathologicalFracture,
        collapse,
        alignment,
        posterolateral,
        escc,
        Observed.unknown());
  }

  private static void spinalOnly(String field, Observed<?> value, SkeletalSite site) {
    if (value.isKnown()) {
      throw new InvalidClinicalInputException(
          field, value + " at " + site.label(), "recorded only for a spinal lesion");
    }
  }

  /**
   * Returns a builder for a lesion at a site, with every finding unknown.
   *
   * @param id the lesion's label
   * @param site the site
   * @return the builder
   */
  public static Builder at(String id, SkeletalSite site) {
    return new Builder(id, site);
  }

  /**
   * Returns a builder holding every finding of this lesion, for a variant: {@code
   * lesion.toBuilder().escc(EsccGrade.GRADE_3).build()}. {@code toBuilder().build()} equals this
   * lesion.
   *
   * @return the builder
   * @since 0.2.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, site);
    b.morphology = morphology;
    b.painCharacter = painCharacter;
    b.painSeverity = painSeverity;
    b.size = size;
    b.diameterFraction = diameterFraction;
    b.softTissueMass = softTissueMass;
    b.pathologicalFracture = pathologicalFracture;
    b.collapse = collapse;
    b.alignment = alignment;
    b.posterolateral = posterolateral;
    b.escc = escc;
    b.painIntensity = painIntensity;
    return b;
  }

  /** Builds a {@link BoneLesion}; every finding not set stays unknown. */
  public static final class Builder {
    private final String id;
    private final SkeletalSite site;
    private Observed<LesionMorphology> morphology = Observed.unknown();
    private Observed<PainCharacter> painCharacter = Observed.unknown();
    private Observed<PainSeverity> painSeverity = Observed.unknown();
    private Observed<Diameter> size = Observed.unknown();
    private Observed<DiameterFraction> diameterFraction = Observed.unknown();
    private Observed<Boolean> softTissueMass = Observed.unknown();
    private Observed<Boolean> pathologicalFracture = Observed.unknown();
    private Observed<VertebralCollapse> collapse = Observed.unknown();
    private Observed<SpinalAlignment> alignment = Observed.unknown();
    private Observed<PosterolateralInvolvement> posterolateral = Observed.unknown();
    private Observed<EsccGrade> escc = Observed.unknown();
    private Observed<PainIntensity> painIntensity = Observed.unknown();

    private Builder(String id, SkeletalSite site) {
      this.id = requireNonNull(id, "id");
      this.site = requireNonNull(site, "site");
    }

    /**
     * Sets the morphology.
     *
     * @param value the morphology
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder morphology(LesionMorphology value) {
      morphology = Observed.of(value);
      return this;
    }

    /**
     * Sets the SINS pain character.
     *
     * @param value the character
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder painCharacter(PainCharacter value) {
      painCharacter = Observed.of(value);
      return this;
    }

    /**
     * Sets the Mirels pain severity.
     *
     * @param value the severity
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder painSeverity(PainSeverity value) {
      painSeverity = Observed.of(value);
      return this;
    }

    /**
     * Sets the greatest diameter.
     *
     * @param value the diameter
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder size(Diameter value) {
      size = Observed.of(value);
      return this;
    }

    /**
     * Sets the diameter fraction.
     *
     * @param value the fraction band
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder diameterFraction(DiameterFraction value) {
      diameterFraction = Observed.of(value);
      return this;
    }

    /**
     * Sets the soft-tissue mass.
     *
     * @param value present or not
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder softTissueMass(boolean value) {
      softTissueMass = Observed.of(value);
      return this;
    }

    /**
     * Sets the pathological fracture.
     *
     * @param value present or not
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder pathologicalFracture(boolean value) {
      pathologicalFracture = Observed.of(value);
      return this;
    }

    /**
     * Sets the vertebral collapse.
     *
     * @param value the collapse
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder collapse(VertebralCollapse value) {
      collapse = Observed.of(value);
      return this;
    }

    /**
     * Sets the alignment.
     *
     * @param value the alignment
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder alignment(SpinalAlignment value) {
      alignment = Observed.of(value);
      return this;
    }

    /**
     * Sets posterolateral involvement.
     *
     * @param value the involvement
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder posterolateral(PosterolateralInvolvement value) {
      posterolateral = Observed.of(value);
      return this;
    }

    /**
     * Sets the ESCC grade.
     *
     * @param value the grade
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder escc(EsccGrade value) {
      escc = Observed.of(value);
      return this;
    }

    /**
     * Sets the pain intensity on the 0–10 numeric rating scale.
     *
     * @param value the intensity
     * @return this builder
     * @since 0.2.0
     */
    public Builder painIntensity(PainIntensity value) {
      painIntensity = Observed.of(value);
      return this;
    }

    /**
     * Sets a finding that could not be assessed, by name: "collapse", "alignment",
     * "posterolateral", "escc", "morphology", "painCharacter".
     *
     * @param finding the finding's name
     * @param reason why it cannot be assessed
     * @return this builder
     * @throws InvalidClinicalInputException for an unknown finding name
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder notAssessable(String finding, String reason) {
      switch (finding) {
        case "collapse" -> collapse = Observed.notAssessable(reason);
        case "alignment" -> alignment = Observed.notAssessable(reason);
        case "posterolateral" -> posterolateral = Observed.notAssessable(reason);
        case "escc" -> escc = Observed.notAssessable(reason);
        case "morphology" -> morphology = Observed.notAssessable(reason);
        case "painCharacter" -> painCharacter = Observed.notAssessable(reason);
        default ->
            throw new InvalidClinicalInputException(
                "not-assessable finding",
                "\"" + finding + "\"",
                "one of collapse, alignment, posterolateral, escc, morphology, painCharacter");
      }
      return this;
    }

    /**
     * Builds the lesion.
     *
     * @return the lesion
     * @throws InvalidClinicalInputException if a spinal finding is set on a non-spinal lesion
     */
    public BoneLesion build() {
      return new BoneLesion(
          id,
          site,
          morphology,
          painCharacter,
          painSeverity,
          size,
          diameterFraction,
          softTissueMass,
          pathologicalFracture,
          collapse,
          alignment,
          posterolateral,
          escc,
          painIntensity);
    }
  }
}
