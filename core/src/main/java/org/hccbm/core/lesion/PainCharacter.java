package org.hccbm.core.lesion;

/**
 * The character of pain from a spinal lesion, as SINS grades it.
 *
 * @since 0.1.0
 */
public enum PainCharacter {
  /** Pain-free lesion. */
  NONE,
  /** Occasional pain, not mechanical. */
  OCCASIONAL_NON_MECHANICAL,
  /** Mechanical: relieved by recumbency and/or worse with movement or loading of the spine. */
  MECHANICAL
}
