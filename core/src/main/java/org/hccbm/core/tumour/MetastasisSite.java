package org.hccbm.core.tumour;

/**
 * The site of an extraskeletal metastasis.
 *
 * @since 0.1.0
 */
public enum MetastasisSite {
  /** Lung. */
  LUNG,
  /** Brain. */
  BRAIN,
  /** Regional lymph node (hilar, hepatoduodenal, inferior phrenic, caval). */
  REGIONAL_LYMPH_NODE,
  /** Distant lymph node. */
  DISTANT_LYMPH_NODE,
  /** Adrenal gland. */
  ADRENAL,
  /** Peritoneum. */
  PERITONEUM,
  /** Pleura. */
  PLEURA,
  /** Soft tissue or muscle. */
  SOFT_TISSUE,
  /** Another site. */
  OTHER;

  /**
   * Returns whether the site is a visceral organ (lung, brain, adrenal, peritoneum, pleura); lymph
   * nodes and soft tissue are not.
   *
   * @return true for a visceral site
   */
  public boolean isVisceral() {
    return switch (this) {
      case LUNG, BRAIN, ADRENAL, PERITONEUM, PLEURA -> true;
      case REGIONAL_LYMPH_NODE, DISTANT_LYMPH_NODE, SOFT_TISSUE, OTHER -> false;
    };
  }
}
