package org.hccbm.core.tumour;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Afp;

/**
 * The primary hepatocellular carcinoma: control, intrahepatic burden, vascular invasion, AJCC
 * categories and AFP. Every part may be unknown.
 *
 * <p>The number of viable nodules can be known while their sizes are not ("two nodules, sizes not
 * measured yet"): {@code intrahepatic} is then unknown and {@code noduleCount} known. When both are
 * known they must agree.
 *
 * @param control whether the primary is controlled, with the definition used
 * @param intrahepatic the viable intrahepatic nodules
 * @param macrovascularInvasion macroscopic (portal or hepatic) vascular invasion
 * @param portalVeinInvasion the Vp grade
 * @param ajccT the AJCC 8th-edition T category
 * @param ajccN the AJCC N category
 * @param afp the serum AFP
 * @param noduleCount the number of viable intrahepatic nodules, 1 or more, known even when their
 *     sizes are not (since 0.2.0)
 * @since 0.1.0
 */
public record PrimaryHcc(
    Observed<PrimaryControl> control,
    Observed<IntrahepaticTumour> intrahepatic,
    Observed<Boolean> macrovascularInvasion,
    Observed<PortalVeinInvasion> portalVeinInvasion,
    Observed<AjccT> ajccT,
    Observed<AjccN> ajccN,
    Observed<Afp> afp,
    Observed<Integer> noduleCount) {
  /**
   * Validates every component.
   *
   * @throws InvalidClinicalInputException if the nodule count is below 1, or differs from the
   *     number of nodules listed
   */
  public PrimaryHcc {
    requireNonNull(control, "control");
    requireNonNull(intrahepatic, "intrahepatic");
    requireNonNull(macrovascularInvasion, "macrovascularInvasion");
    requireNonNull(portalVeinInvasion, "portalVeinInvasion");
    requireNonNull(ajccT, "ajccT");
    requireNonNull(ajccN, "ajccN");
    requireNonNull(afp, "afp");
    requireNonNull(noduleCount, "noduleCount");
    if (noduleCount.known().isPresent()) {
      int n = noduleCount.known().get();
      if (n < 1) {
        throw new InvalidClinicalInputException(
            "nodule count", n, ">= 1 (no viable tumour is an empty nodule list)");
      }
      if (intrahepatic.known().isPresent() && intrahepatic.known().get().count() != n) {
        throw new InvalidClinicalInputException(
            "nodule count",
            n,
            "the number of nodules listed (" + intrahepatic.known().get().count() + ")");
      }
    }
  }

  /**
   * Creates a primary whose nodule count is known only through the nodules listed (the 0.1.0
   * constructor).
   *
   * @param control whether the primary is controlled
   * @param intrahepatic the viable intrahepatic nodules
   * @param macrovascularInvasion macroscopic vascular invasion
   * @param portalVeinInvasion the Vp grade
   * @param ajccT the AJCC T category
   * @param ajccN the AJCC N category
   * @param afp the serum AFP
   */
  public PrimaryHcc(
      Observed<PrimaryControl> control,
      Observed<IntrahepaticTumour> intrahepatic,
      Observed<Boolean> macrovascularInvasion,
      Observed<PortalVeinInvasion> portalVeinInvasion,
      Observed<AjccT> ajccT,
      Observed<AjccN> ajccN,
      Observed<Afp> afp) {
    this(
        control,
        intrahepatic,
        macrovascularInvasion,
        portalVeinInvasion,
        ajccT,
        ajccN,
        afp,
        Observed.unknown());
  }

  /**
   * Returns a copy with the nodule count known and the sizes unknown.
   *
   * @param count the number of viable nodules, 1 or more
   * @return the primary
   * @throws InvalidClinicalInputException if {@code count} is below 1
   * @since 0.2.0
   */
  public PrimaryHcc withNoduleCountOnly(int count) {
    return new PrimaryHcc(
        control,
        Observed.unknown(),
        macrovascularInvasion,
        portalVeinInvasion,
        ajccT,
        ajccN,
        afp,
        Observed.of(count));
  }

  /**
   * Returns the number of viable nodules when it is known, from the nodules listed or the count.
   *
   * @return the count (0 for no viable tumour), or empty
   * @since 0.2.0
   */
  public java.util.OptionalInt knownNoduleCount() {
    if (intrahepatic.known().isPresent()) {
      return java.util.OptionalInt.of(intrahepatic.known().get().count());
    }
    return noduleCount.known().map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
  }

  /**
   * Returns a primary about which nothing is known.
   *
   * @return the primary
   */
  public static PrimaryHcc unknown() {
    return builder().build();
  }

  /**
   * Returns a builder with every part unknown.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrimaryHcc}; every part not set stays unknown. */
  public static final class Builder {
    private Observed<PrimaryControl> control = Observed.unknown();
    private Observed<IntrahepaticTumour> intrahepatic = Observed.unknown();
    private Observed<Boolean> macrovascularInvasion = Observed.unknown();
    private Observed<PortalVeinInvasion> portalVeinInvasion = Observed.unknown();
    private Observed<AjccT> ajccT = Observed.unknown();
    private Observed<AjccN> ajccN = Observed.unknown();
    private Observed<Afp> afp = Observed.unknown();
    private Observed<Integer> noduleCount = Observed.unknown();

    private Builder() {}

    /**
     * Marks a finding of the primary tumour as not assessable, with the reason (e.g. the nodules on
     * a non-diagnostic scan: {@code notAssessable("nodules", "arterial phase not acquired")}). The
     * names are the fields of the document's {@code primary} object (docs/json.md): "control",
     * "nodules", "macrovascularInvasion", "portalVeinInvasion", "ajccT", "ajccN", "afp",
     * "noduleCount".
     *
     * @param finding the finding's name
     * @param reason why it cannot be assessed, non-blank
     * @return this builder
     * @throws InvalidClinicalInputException for another name, or a blank reason
     * @since 0.2.0
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder notAssessable(String finding, String reason) {
      switch (requireNonNull(finding, "finding")) {
        case "control" -> control = Observed.notAssessable(reason);
        case "nodules" -> intrahepatic = Observed.notAssessable(reason);
        case "macrovascularInvasion" -> macrovascularInvasion = Observed.notAssessable(reason);
        case "portalVeinInvasion" -> portalVeinInvasion = Observed.notAssessable(reason);
        case "ajccT" -> ajccT = Observed.notAssessable(reason);
        case "ajccN" -> ajccN = Observed.notAssessable(reason);
        case "afp" -> afp = Observed.notAssessable(reason);
        case "noduleCount" -> noduleCount = Observed.notAssessable(reason);
        default ->
            throw new InvalidClinicalInputException(
                "not-assessable primary finding",
                "\"" + finding + "\"",
                "one of control, nodules, macrovascularInvasion, "
                    + "portalVeinInvasion, ajccT, ajccN, afp, noduleCount");
      }
      return this;
    }

    /**
     * Sets the number of viable nodules, for when their sizes are not known.
     *
     * @param value 1 or more
     * @return this builder
     * @since 0.2.0
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder noduleCount(int value) {
      this.noduleCount = Observed.of(value);
      return this;
    }

    /**
     * Sets the control status.
     *
     * @param value the status
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder control(PrimaryControl value) {
      this.control = Observed.of(value);
      return this;
    }

    /**
     * Sets the intrahepatic nodules.
     *
     * @param value the nodules
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder intrahepatic(IntrahepaticTumour value) {
      this.intrahepatic = Observed.of(value);
      return this;
    }

    /**
     * Sets macrovascular invasion.
     *
     * @param value present or not
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder macrovascularInvasion(boolean value) {
      this.macrovascularInvasion = Observed.of(value);
      return this;
    }

    /**
     * Sets the Vp grade.
     *
     * @param value the grade
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder portalVeinInvasion(PortalVeinInvasion value) {
      this.portalVeinInvasion = Observed.of(value);
      return this;
    }

    /**
     * Sets the AJCC T category.
     *
     * @param value the category
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder ajccT(AjccT value) {
      this.ajccT = Observed.of(value);
      return this;
    }

    /**
     * Sets the AJCC N category.
     *
     * @param value the category
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder ajccN(AjccN value) {
      this.ajccN = Observed.of(value);
      return this;
    }

    /**
     * Sets the AFP.
     *
     * @param value the AFP
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder afp(Afp value) {
      this.afp = Observed.of(value);
      return this;
    }

    /**
     * Builds the primary.
     *
     * @return the primary
     */
    public PrimaryHcc build() {
      return new PrimaryHcc(
          control,
          intrahepatic,
          macrovascularInvasion,
          portalVeinInvasion,
          ajccT,
          ajccN,
          afp,
          noduleCount);
    }
  }
}
