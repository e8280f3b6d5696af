package org.hccbm.core.tumour;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Afp;

/**
 * The primary hepatocellular carcinoma: control, intrahepatic burden, vascular invasion, AJCC
 * categories and AFP. Every part may be unknown.
 *
 * @param control whether the primary is controlled, with the definition used
 * @param intrahepatic the viable intrahepatic nodules
 * @param macrovascularInvasion macroscopic (portal or hepatic) vascular invasion
 * @param portalVeinInvasion the Vp grade
 * @param ajccT the AJCC 8th-edition T category
 * @param ajccN the AJCC N category
 * @param afp the serum AFP
 * @since 0.1.0
 */
public record PrimaryHcc(Observed<PrimaryControl> control, Observed<IntrahepaticTumour> intrahepatic,
    Observed<Boolean> macrovascularInvasion, Observed<PortalVeinInvasion> portalVeinInvasion,
    Observed<AjccT> ajccT, Observed<AjccN> ajccN, Observed<Afp> afp) {
  /** Validates every component. */
  public PrimaryHcc {
    requireNonNull(control, "control");
    requireNonNull(intrahepatic, "intrahepatic");
    requireNonNull(macrovascularInvasion, "macrovascularInvasion");
    requireNonNull(portalVeinInvasion, "portalVeinInvasion");
    requireNonNull(ajccT, "ajccT");
    requireNonNull(ajccN, "ajccN");
    requireNonNull(afp, "afp");
  }

  /** Returns a primary about which nothing is known. @return the primary */
  public static PrimaryHcc unknown() {
    return builder().build();
  }

  /** Returns a builder with every part unknown. @return the builder */
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

    private Builder() {}

    /** Sets the control status. @param value the status @return this builder */
    public Builder control(PrimaryControl value) {
      this.control = Observed.of(value);
      return this;
    }

    /** Sets the intrahepatic nodules. @param value the nodules @return this builder */
    public Builder intrahepatic(IntrahepaticTumour value) {
      this.intrahepatic = Observed.of(value);
      return this;
    }

    /** Sets macrovascular invasion. @param value present or not @return this builder */
    public Builder macrovascularInvasion(boolean value) {
      this.macrovascularInvasion = Observed.of(value);
      return this;
    }

    /** Sets the Vp grade. @param value the grade @return this builder */
    public Builder portalVeinInvasion(PortalVeinInvasion value) {
      this.portalVeinInvasion = Observed.of(value);
      return this;
    }

    /** Sets the AJCC T category. @param value the category @return this builder */
    public Builder ajccT(AjccT value) {
      this.ajccT = Observed.of(value);
      return this;
    }

    /** Sets the AJCC N category. @param value the category @return this builder */
    public Builder ajccN(AjccN value) {
      this.ajccN = Observed.of(value);
      return this;
    }

    /** Sets the AFP. @param value the AFP @return this builder */
    public Builder afp(Afp value) {
      this.afp = Observed.of(value);
      return this;
    }

    /** Builds the primary. @return the primary */
    public PrimaryHcc build() {
      return new PrimaryHcc(control, intrahepatic, macrovascularInvasion, portalVeinInvasion,
          ajccT, ajccN, afp);
    }
  }
}
