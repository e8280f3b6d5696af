package org.hccbm.core.neuro;

/**
 * ASIA Impairment Scale grade (ISNCSCI). Its letters correspond only approximately to Frankel
 * grades; a mapping between them is an approximation and must be flagged where used.
 *
 * @since 0.1.0
 */
public enum AsiaGrade {
  /** A: complete; no sensory or motor function preserved in S4–S5. */
  A,
  /** B: sensory incomplete. */
  B,
  /** C: motor incomplete, more than half of key muscles below the level graded below 3. */
  C,
  /** D: motor incomplete, at least half of key muscles below the level graded 3 or more. */
  D,
  /** E: normal sensory and motor function in a patient with prior deficits. */
  E
}
