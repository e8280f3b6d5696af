package org.hccbm.core.patient;

/**
 * Sex as the models use it (MELD 3.0, Cockcroft–Gault).
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE
}
