package org.hccbm.models;

import static java.util.Objects.requireNonNull;

/**
 * What an evaluation is about: the whole patient, or one bone lesion with its id.
 *
 * <p>{@link #id()} is the wire form used in JSON and plain text: "patient" for the whole patient,
 * the lesion's id for a lesion.
 *
 * @since 0.2.0
 */
public sealed interface Subject permits Subject.WholePatient, Subject.Lesion {
  /**
   * Returns the whole patient (all such subjects are equal).
   *
   * @return the subject
   */
  static Subject patient() {
    return new WholePatient();
  }

  /**
   * Returns the subject for a lesion.
   *
   * @param id the lesion's id
   * @return the subject
   */
  static Subject lesion(String id) {
    return new Lesion(id);
  }

  /**
   * Returns the subject a wire form names: "patient" is the whole patient, any other text a
   * lesion's id (so a lesion cannot be called "patient").
   *
   * @param wire the wire form
   * @return the subject
   */
  static Subject of(String wire) {
    requireNonNull(wire, "wire");
    return wire.equals("patient") ? patient() : lesion(wire);
  }

  /**
   * Returns the wire form: "patient", or the lesion's id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns whether this is the whole patient.
   *
   * @return true for the patient, false for a lesion
   */
  default boolean isPatient() {
    return this instanceof WholePatient;
  }

  /** The whole patient. */
  record WholePatient() implements Subject {
    @Override
    public String id() {
      return "patient";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /**
   * One bone lesion.
   *
   * @param id the lesion's id
   */
  record Lesion(String id) implements Subject {
    /** Validates the id. */
    public Lesion {
      requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
