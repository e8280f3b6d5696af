package org.hccbm.core.neuro;

/**
 * Frankel grade of spinal cord function (Frankel HL, et al. Paraplegia 1969;7:179–192).
 *
 * @since 0.1.0
 */
public enum FrankelGrade {
  /** A: complete motor and sensory loss below the level. */
  A,
  /** B: sensory only; motor paralysis complete. */
  B,
  /** C: motor power present but of no practical use. */
  C,
  /** D: useful motor power; can walk with or without aids. */
  D,
  /** E: free of neurological symptoms. */
  E
}
