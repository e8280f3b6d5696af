package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * A laboratory value: the number as reported, its UCUM unit and, optionally, the date the sample
 * was taken. Each analyte has its own subtype with unit-named factories and accessors, e.g.
 * {@code Albumin.gPerDl(3.1).inGPerL()}.
 *
 * @since 0.1.0
 */
public abstract sealed class LabValue permits Bilirubin, Albumin, Inr, PtProlongation, Creatinine,
    Sodium, Platelets, Calcium, Ldh, Crp, Afp, AlkalinePhosphatase, Haemoglobin, WhiteCellCount {
  private final Analyte analyte;
  private final double value;
  private final LabUnit unit;
  private final @Nullable LocalDate sampled;

  LabValue(Analyte analyte, double value, LabUnit unit, @Nullable LocalDate sampled) {
    this.analyte = requireNonNull(analyte, "analyte");
    this.unit = requireNonNull(unit, "unit");
    analyte.validate(value, unit);
    this.value = value;
    this.sampled = sampled;
  }

  /**
   * Returns the analyte.
   *
   * @return the analyte
   */
  public final Analyte analyte() {
    return analyte;
  }

  /**
   * Returns the value in the unit it was reported in.
   *
   * @return the value
   */
  public final double value() {
    return value;
  }

  /**
   * Returns the unit the value was reported in.
   *
   * @return the unit
   */
  public final LabUnit unit() {
    return unit;
  }

  /**
   * Returns the date the sample was taken, when known.
   *
   * @return the date, or empty
   */
  public final Optional<LocalDate> sampleDate() {
    return Optional.ofNullable(sampled);
  }

  /**
   * Returns the value in another accepted unit of the same analyte.
   *
   * @param target the unit
   * @return the converted value
   * @throws InvalidClinicalInputException if the unit is not accepted for this analyte
   */
  public final double in(LabUnit target) {
    return UnitConversions.convert(analyte, value, unit, requireNonNull(target, "target"));
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o instanceof LabValue other && analyte == other.analyte
        && Double.compare(value, other.value) == 0 && unit == other.unit
        && Objects.equals(sampled, other.sampled);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(analyte, value, unit, sampled);
  }

  /** Returns the value and unit as reported, e.g. "3.1 g/dL". */
  @Override
  public final String toString() {
    return Decimals.plain(value) + " " + unit.ucum();
  }
}
