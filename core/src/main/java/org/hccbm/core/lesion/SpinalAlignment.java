package org.hccbm.core.lesion;

/**
 * Radiographic spinal alignment at the lesion.
 *
 * @since 0.1.0
 */
public enum SpinalAlignment {
  /** Normal alignment. */
  NORMAL,
  /** De novo deformity (kyphosis or scoliosis). */
  DE_NOVO_DEFORMITY,
  /** Subluxation or translation. */
  SUBLUXATION_TRANSLATION
}
