package org.hccbm.core;

import static java.util.Objects.requireNonNull;

/**
 * An input that cannot be true of any patient: a negative albumin, ECOG 7, a unit that does not fit
 * the analyte. The message reads {@code <field> must be <constraint>, was <value>}.
 *
 * @since 0.1.0
 */
public final class InvalidClinicalInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String constraint;

  /**
   * Creates the exception.
   *
   * @param field the field, as a clinician names it (e.g. "albumin")
   * @param value the rejected value, with its unit where it has one
   * @param constraint what the value must be, with its unit where it has one
   */
  public InvalidClinicalInputException(String field, Object value, String constraint) {
    super(
        requireNonNull(field, "field")
            + " must be "
            + requireNonNull(constraint, "constraint")
            + ", was "
            + requireNonNull(value, "value"));
    this.field = field;
    this.value = String.valueOf(value);
    this.constraint = constraint;
  }

  /**
   * Returns the message, "FIELD must be CONSTRAINT, was VALUE"; never null.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return requireNonNull(super.getMessage());
  }

  /**
   * Returns the name of the rejected field.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text, with its unit where it has one.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the constraint the value broke.
   *
   * @return the constraint
   */
  public String constraint() {
    return constraint;
  }
}
