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
 * was taken. Each analyte has its own subtype with unit-named factories and accessors, e.g. {@code
 * Albumin.gPerDl(3.1).inGPerL()}.
 *
 * @since 0.1.0
 */
public abstract sealed class LabValue
    permits Bilirubin,
        Albumin,
        Inr,
        PtProlongation,
        Creatinine,
        Sodium,
        Platelets,
        Calcium,
        Ldh,
        Crp,
        Afp,
        AlkalinePhosphatase,
        Haemoglobin,
        WhiteCellCount {
  private final Analyte analyte;
  private final double value;
  private final LabUnit unit;
  private final @Nullable LocalDate sampled;
  private final @Nullable String reportedUnit;

  LabValue(
      Analyte analyte,
      double value,
      LabUnit unit,
      @Nullable LocalDate sampled,
      @Nullable String reportedUnit) {
    this.analyte = requireNonNull(analyte, "analyte");
    this.unit = requireNonNull(unit, "unit");
    analyte.validate(value, unit);
    this.value = value;
    this.sampled = sampled;
    this.reportedUnit = reportedUnit;
  }

  /**
   * Returns a value of any analyte from a number and a unit as a laboratory feed wrote it. The unit
   * may be an accepted unit's UCUM code or one of the aliases of {@link
   * UnitConversions#read(Analyte, String)} (case variants, the micro sign, {@code 10^9/L}, {@code
   * K/uL} ...); an alias is kept on the value ({@link #reportedUnit()}) and named in its {@link
   * #conversionNote()}, which {@code Models.evaluate} reports as a CONVERSION caveat. The value is
   * kept as reported: an equivalent unit (sodium or calcium in meq/L, counts in /uL) converts when
   * a model reads it. Add the sample date with the subtype's {@code takenOn}.
   *
   * <pre>{@code
   * LabValue ca = LabValue.of(Analyte.CALCIUM, 4.8, "mEq/L");   // 2.4 mmol/L, with a note
   * Calcium calcium = (Calcium) ca;
   * }</pre>
   *
   * @param analyte the analyte; the result is its subtype (e.g. {@link Albumin} for ALBUMIN)
   * @param value the value in {@code unit}, within the analyte's bounds
   * @param unit the unit as written by the source
   * @return the value
   * @throws InvalidClinicalInputException if the unit names no accepted unit of the analyte
   *     ("&lt;analyte&gt; unit must be one of ..., was ...") or the value is out of bounds
   */
  public static LabValue of(Analyte analyte, double value, String unit) {
    UnitReading reading = UnitConversions.read(analyte, unit);
    LabUnit u = reading.unit();
    @Nullable String alias = reading.alias().orElse(null);
    return switch (analyte) {
      case TOTAL_BILIRUBIN -> Bilirubin.read(value, u, alias);
      case ALBUMIN -> Albumin.read(value, u, alias);
      case INR -> Inr.read(value, u, alias);
      case PT_PROLONGATION -> PtProlongation.read(value, u, alias);
      case CREATININE -> Creatinine.read(value, u, alias);
      case SODIUM -> Sodium.read(value, u, alias);
      case PLATELETS -> Platelets.read(value, u, alias);
      case CALCIUM -> Calcium.read(value, u, alias);
      case LDH -> Ldh.read(value, u, alias);
      case CRP -> Crp.read(value, u, alias);
      case AFP -> Afp.read(value, u, alias);
      case ALKALINE_PHOSPHATASE -> AlkalinePhosphatase.read(value, u, alias);
      case HAEMOGLOBIN -> Haemoglobin.read(value, u, alias);
      case WHITE_CELL_COUNT -> WhiteCellCount.read(value, u, alias);
    };
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
   * Returns this value with the date its sample was taken (any previous date replaced).
   *
   * @param date the sample date
   * @return the dated value, of the same subtype
   */
  public abstract LabValue takenOn(LocalDate date);

  /**
   * Returns the unit as the source wrote it, when that was an alias of the UCUM code of {@link
   * #unit()} (e.g. "mg/dl" for mg/dL); empty when the UCUM code itself was given.
   *
   * @return the alias, or empty
   */
  public final Optional<String> reportedUnit() {
    return Optional.ofNullable(reportedUnit);
  }

  /**
   * Returns what was assumed to read this value: the alias its unit was written as and the
   * equivalence applied for an equivalent unit (e.g. calcium 1 meq/L = 0.5 mmol/L); empty when
   * nothing was assumed. See {@link UnitConversions#conversionNote(LabValue)}.
   *
   * @return the note, or empty
   */
  public final Optional<String> conversionNote() {
    return UnitConversions.conversionNote(this);
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
    return o instanceof LabValue other
        && analyte == other.analyte
        && Double.compare(value, other.value) == 0
        && unit == other.unit
        && Objects.equals(sampled, other.sampled)
        && Objects.equals(reportedUnit, other.reportedUnit);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(analyte, value, unit, sampled, reportedUnit);
  }

  /** Returns the value and unit as reported, e.g. "3.1 g/dL". */
  @Override
  public final String toString() {
    return Decimals.plain(value) + " " + unit.ucum();
  }
}
