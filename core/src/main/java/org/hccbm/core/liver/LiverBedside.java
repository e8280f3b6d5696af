package org.hccbm.core.liver;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;

/**
 * The bedside liver items: ascites, hepatic encephalopathy and whether the liver disease is
 * cholestatic (primary biliary or primary sclerosing cholangitis), which changes the Child–Pugh
 * bilirubin bands.
 *
 * @param ascites the ascites grade
 * @param encephalopathy the encephalopathy grade
 * @param cholestaticDisease whether the underlying liver disease is PBC or PSC
 * @since 0.1.0
 */
public record LiverBedside(
    Observed<Ascites> ascites,
    Observed<Encephalopathy> encephalopathy,
    Observed<Boolean> cholestaticDisease) {
  /** Validates every component. */
  public LiverBedside {
    requireNonNull(ascites, "ascites");
    requireNonNull(encephalopathy, "encephalopathy");
    requireNonNull(cholestaticDisease, "cholestaticDisease");
  }

  /**
   * Returns a record with every item unknown.
   *
   * @return the record
   */
  public static LiverBedside unknown() {
    return new LiverBedside(Observed.unknown(), Observed.unknown(), Observed.unknown());
  }

  /**
   * Returns a record with every item known.
   *
   * @param ascites the ascites grade
   * @param encephalopathy the encephalopathy grade
   * @param cholestaticDisease whether the disease is PBC or PSC
   * @return the record
   */
  public static LiverBedside of(
      Ascites ascites, Encephalopathy encephalopathy, boolean cholestaticDisease) {
    return new LiverBedside(
        Observed.of(ascites), Observed.of(encephalopathy), Observed.of(cholestaticDisease));
  }
}
