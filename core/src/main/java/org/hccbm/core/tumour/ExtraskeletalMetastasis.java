package org.hccbm.core.tumour;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.Observed;

/**
 * One extraskeletal metastasis (or group at one site), with what the prognostic models ask of it.
 *
 * @param site the site
 * @param pattern nodular or disseminated
 * @param resectable whether it is surgically removable (revised Tokuhashi)
 * @param treatable whether it is treatable (Tomita)
 * @since 0.1.0
 */
public record ExtraskeletalMetastasis(
    MetastasisSite site,
    Observed<MetastasisPattern> pattern,
    Observed<Boolean> resectable,
    Observed<Boolean> treatable) {
  /** Validates every component. */
  public ExtraskeletalMetastasis {
    requireNonNull(site, "site");
    requireNonNull(pattern, "pattern");
    requireNonNull(resectable, "resectable");
    requireNonNull(treatable, "treatable");
  }

  /**
   * Returns a metastasis at a site with nothing else known.
   *
   * @param site the site
   * @return the metastasis
   */
  public static ExtraskeletalMetastasis at(MetastasisSite site) {
    return new ExtraskeletalMetastasis(
        site, Observed.unknown(), Observed.unknown(), Observed.unknown());
  }
}
