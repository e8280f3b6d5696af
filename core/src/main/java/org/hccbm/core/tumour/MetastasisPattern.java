package org.hccbm.core.tumour;

/**
 * The pattern of a visceral metastasis, as the new Katagiri score distinguishes it.
 *
 * @since 0.1.0
 */
public enum MetastasisPattern {
  /** Nodular visceral or brain metastasis. */
  NODULAR,
  /** Disseminated: pleural, peritoneal or leptomeningeal dissemination. */
  DISSEMINATED
}
