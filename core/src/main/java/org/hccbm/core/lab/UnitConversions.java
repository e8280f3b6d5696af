package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hccbm.core.Decimals;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * Every unit conversion in the library, each with its source. A value converts through its
 * analyte's canonical unit; a unit outside the analyte's closed list is rejected, never guessed.
 *
 * <pre>
 * Analyte           Conversion                        Source
 * Total bilirubin   1 mg/dL = 17.1 umol/L             liver §0.3 [S]: the factor ALBI calculators use
 * Albumin           1 g/dL  = 10 g/L                  liver §0.3 [S]
 * Creatinine        1 mg/dL = 88.4 umol/L             liver §0.3 [M]; ecosystem §3.4
 * Sodium            1 mmol/L = 1 meq/L                liver §0.3 [M] (monovalent ion)
 * Calcium           1 mmol/L = 4.008 mg/dL            liver §0.3 [M]; ecosystem §3.4
 * Calcium           1 meq/L  = 0.5 mmol/L             divalent ion: 1 mmol carries 2 meq
 * Platelets, WBC    1 10*3/uL = 1 10*9/L              ecosystem §3.4 (identical quantities)
 * Platelets, WBC    1,000 /uL = 1 10*3/uL             definition of the units (ecosystem §3.4
 *                                                     lists "/uL" and "cells/uL" as seen in use)
 * CRP               1 mg/dL = 10 mg/L                 ecosystem §3.4 (Katagiri 0.4 mg/dL = 4 mg/L)
 * Haemoglobin       1 g/dL  = 10 g/L                  definition of the units
 * AFP               1 ng/mL = 1 ug/L                  definition of the units; IU/mL and kU/L
 *                                                     are refused (lab-dependent factor, about
 *                                                     1.21 ng/mL per IU/mL, ecosystem §3.4)
 * </pre>
 *
 * <p>Equivalents that are not the same unit (sodium and calcium in meq/L, counts in /uL) are
 * accepted, and a value read in one of them carries a conversion note ({@link
 * LabValue#conversionNote()}) that {@code Models.evaluate} turns into a CONVERSION caveat.
 *
 * <p>{@link #read(Analyte, String)} also accepts spellings of an accepted unit that are not its
 * UCUM code (UCUM is case-sensitive; laboratory feeds are not). Each alias resolves to exactly one
 * accepted unit of the analyte and is kept on the value, so the caveat can name it:
 *
 * <pre>
 * Alias                                   Read as      Why it is the same unit
 * any case variant (mg/dl, G/L, mEq/L)    the code     UCUM's case-insensitive form names the
 *                                                      same unit; no accepted code of one
 *                                                      analyte differs from another by case only
 * micro sign (U+00B5) or Greek mu (U+03BC) "u"         UCUM writes micro as "u"
 * 10^9/L, x10^9/L, x10*9/L, 10^3/uL ...   10*9/L ...   "^" and a leading "x" are typography
 * K/uL                                    10*3/uL      "K" = thousand, as analysers print it
 * G/L (counts only)                       10*9/L       "G" = giga (10^9); for a mass it is g/L
 * /mm3, cells/uL (counts only)            /uL          1 mm3 = 1 uL
 * </pre>
 *
 * @since 0.1.0
 */
public final class UnitConversions {
  /** Micromoles per litre of total bilirubin in 1 mg/dL (the library constant, not 17.104). */
  public static final double BILIRUBIN_UMOL_PER_L_PER_MG_PER_DL = 17.1;

  /** Grams per litre of albumin in 1 g/dL. */
  public static final double ALBUMIN_G_PER_L_PER_G_PER_DL = 10.0;

  /** Micromoles per litre of creatinine in 1 mg/dL. */
  public static final double CREATININE_UMOL_PER_L_PER_MG_PER_DL = 88.4;

  /** Milligrams per decilitre of calcium in 1 mmol/L. */
  public static final double CALCIUM_MG_PER_DL_PER_MMOL_PER_L = 4.008;

  /** Milligrams per litre of CRP in 1 mg/dL. */
  public static final double CRP_MG_PER_L_PER_MG_PER_DL = 10.0;

  /** Grams per litre of haemoglobin in 1 g/dL. */
  public static final double HAEMOGLOBIN_G_PER_L_PER_G_PER_DL = 10.0;

  /** Millimoles per litre of calcium in 1 meq/L (calcium is divalent). */
  public static final double CALCIUM_MMOL_PER_L_PER_MEQ_PER_L = 0.5;

  /** Thousands per microlitre in 1 cell per microlitre. */
  public static final double THOUSAND_PER_UL_PER_CELL_PER_UL = 0.001;

  /**
   * Accepted units that are equivalents rather than the same unit: a value read in one of them is
   * used with a conversion note, which says what it was taken to equal.
   */
  private static final ImmutableTable<Analyte, LabUnit, String> EQUIVALENTS =
      ImmutableTable.<Analyte, LabUnit, String>builder()
          .put(Analyte.SODIUM, LabUnit.MEQ_PER_L, "1 meq/L = 1 mmol/L (monovalent ion)")
          .put(Analyte.CALCIUM, LabUnit.MEQ_PER_L, "1 meq/L = 0.5 mmol/L (divalent ion)")
          .put(Analyte.PLATELETS, LabUnit.PER_UL, "1,000 /uL = 1 10*3/uL")
          .put(Analyte.WHITE_CELL_COUNT, LabUnit.PER_UL, "1,000 /uL = 1 10*3/uL")
          .build();

  /** Spellings that are not a case variant of the UCUM code they stand for. */
  private static final ImmutableMap<String, LabUnit> NAMED_ALIASES =
      ImmutableMap.<String, LabUnit>builder()
          .put("k/ul", LabUnit.THOUSAND_PER_UL)
          .put("g/l", LabUnit.BILLION_PER_L)
          .put("/mm3", LabUnit.PER_UL)
          .put("cells/ul", LabUnit.PER_UL)
          .build();

  /**
   * For each analyte and accepted unit: how many canonical units one unit holds. The canonical unit
   * (factor 1, listed first) is chosen so that every other factor is the published one, so a
   * conversion multiplies or divides by exactly that number.
   */
  private static final ImmutableTable<Analyte, LabUnit, Double> CANONICAL_PER_UNIT =
      ImmutableTable.<Analyte, LabUnit, Double>builder()
          .put(Analyte.TOTAL_BILIRUBIN, LabUnit.UMOL_PER_L, 1.0)
          .put(Analyte.TOTAL_BILIRUBIN, LabUnit.MG_PER_DL, BILIRUBIN_UMOL_PER_L_PER_MG_PER_DL)
          .put(Analyte.ALBUMIN, LabUnit.G_PER_L, 1.0)
          .put(Analyte.ALBUMIN, LabUnit.G_PER_DL, ALBUMIN_G_PER_L_PER_G_PER_DL)
          .put(Analyte.INR, LabUnit.INR, 1.0)
          .put(Analyte.PT_PROLONGATION, LabUnit.SECONDS, 1.0)
          .put(Analyte.CREATININE, LabUnit.UMOL_PER_L, 1.0)
          .put(Analyte.CREATININE, LabUnit.MG_PER_DL, CREATININE_UMOL_PER_L_PER_MG_PER_DL)
          .put(Analyte.SODIUM, LabUnit.MMOL_PER_L, 1.0)
          .put(Analyte.SODIUM, LabUnit.MEQ_PER_L, 1.0)
          .put(Analyte.PLATELETS, LabUnit.BILLION_PER_L, 1.0)
          .put(Analyte.PLATELETS, LabUnit.THOUSAND_PER_UL, 1.0)
          .put(Analyte.PLATELETS, LabUnit.PER_UL, THOUSAND_PER_UL_PER_CELL_PER_UL)
          .put(Analyte.CALCIUM, LabUnit.MG_PER_DL, 1.0)
          .put(Analyte.CALCIUM, LabUnit.MMOL_PER_L, CALCIUM_MG_PER_DL_PER_MMOL_PER_L)
          .put(
              Analyte.CALCIUM,
              LabUnit.MEQ_PER_L,
              CALCIUM_MMOL_PER_L_PER_MEQ_PER_L * CALCIUM_MG_PER_DL_PER_MMOL_PER_L)
          .put(Analyte.LDH, LabUnit.U_PER_L, 1.0)
          .put(Analyte.CRP, LabUnit.MG_PER_L, 1.0)
          .put(Analyte.CRP, LabUnit.MG_PER_DL, CRP_MG_PER_L_PER_MG_PER_DL)
          .put(Analyte.AFP, LabUnit.NG_PER_ML, 1.0)
          .put(Analyte.AFP, LabUnit.UG_PER_L, 1.0)
          .put(Analyte.ALKALINE_PHOSPHATASE, LabUnit.U_PER_L, 1.0)
          .put(Analyte.HAEMOGLOBIN, LabUnit.G_PER_L, 1.0)
          .put(Analyte.HAEMOGLOBIN, LabUnit.G_PER_DL, HAEMOGLOBIN_G_PER_L_PER_G_PER_DL)
          .put(Analyte.WHITE_CELL_COUNT, LabUnit.BILLION_PER_L, 1.0)
          .put(Analyte.WHITE_CELL_COUNT, LabUnit.THOUSAND_PER_UL, 1.0)
          .put(Analyte.WHITE_CELL_COUNT, LabUnit.PER_UL, THOUSAND_PER_UL_PER_CELL_PER_UL)
          .build();

  /**
   * {@link #CANONICAL_PER_UNIT} by analyte and unit ordinal, NaN where the unit is not accepted:
   * every lab read by every model converts, and an array index costs less than two hash lookups.
   */
  private static final double[][] FACTORS = new double[Analyte.values().length][];

  /** {@link #EQUIVALENTS} by analyte and unit ordinal, null where the unit is not an equivalent. */
  private static final String[][] EQUIVALENCES = new String[Analyte.values().length][];

  static {
    int units = LabUnit.values().length;
    for (Analyte a : Analyte.values()) {
      double[] row = new double[units];
      java.util.Arrays.fill(row, Double.NaN);
      CANONICAL_PER_UNIT.row(a).forEach((unit, factor) -> row[index(unit)] = factor);
      FACTORS[index(a)] = row;
      String[] equivalences = new String[units];
      EQUIVALENTS.row(a).forEach((unit, text) -> equivalences[index(unit)] = text);
      EQUIVALENCES[index(a)] = equivalences;
    }
  }

  private UnitConversions() {}

  /**
   * Returns an enum constant's position, the index of the tables above: they are rebuilt from
   * {@code values()} in declaration order at class initialisation, so the index cannot go stale.
   */
  @SuppressWarnings("EnumOrdinal") // tables indexed by position, built from values() above
  private static int index(Enum<?> constant) {
    return constant.ordinal();
  }

  /**
   * Converts a value of an analyte between two of its accepted units.
   *
   * @param analyte the analyte
   * @param value the value in {@code from}
   * @param from the unit of {@code value}
   * @param to the wanted unit
   * @return the value in {@code to}
   * @throws InvalidClinicalInputException if either unit is not accepted for the analyte
   */
  public static double convert(Analyte analyte, double value, LabUnit from, LabUnit to) {
    if (from == to) {
      return value;
    }
    // Multiply by the source's factor, then divide by the target's: with one of them 1, this is
    // exactly "times 17.1" or "divided by 17.1", as the conversion is published.
    return value * factor(analyte, from) / factor(analyte, to);
  }

  /**
   * Returns the units accepted for an analyte, canonical first.
   *
   * @param analyte the analyte
   * @return the accepted units
   */
  public static List<LabUnit> acceptedUnits(Analyte analyte) {
    return List.copyOf(CANONICAL_PER_UNIT.row(analyte).keySet());
  }

  /**
   * Returns whether a unit is accepted for an analyte.
   *
   * @param analyte the analyte
   * @param unit the unit
   * @return true when accepted
   */
  public static boolean accepts(Analyte analyte, LabUnit unit) {
    return CANONICAL_PER_UNIT.contains(analyte, unit);
  }

  /**
   * Reads a unit as a laboratory feed wrote it: the exact UCUM code of an accepted unit, or one of
   * the aliases in the class table, which resolves to exactly one accepted unit of the analyte.
   *
   * @param analyte the analyte
   * @param given the unit as written by the source
   * @return the accepted unit, and the alias when {@code given} was not its UCUM code
   * @throws InvalidClinicalInputException if {@code given} names no accepted unit of the analyte
   */
  public static UnitReading read(Analyte analyte, String given) {
    requireNonNull(analyte, "analyte");
    requireNonNull(given, "unit");
    Optional<LabUnit> exact = LabUnit.fromUcum(given).filter(u -> accepts(analyte, u));
    if (exact.isPresent()) {
      return new UnitReading(exact.get(), Optional.empty());
    }
    String key =
        given
            .strip()
            .replace('\u00b5', 'u')
            .replace('\u03bc', 'u')
            .replace('^', '*')
            .replace('\u00d7', 'x')
            .toLowerCase(Locale.ROOT);
    if (key.startsWith("x10*")) {
      key = key.substring(1);
    }
    LabUnit named = NAMED_ALIASES.get(key);
    if (named != null && accepts(analyte, named)) {
      return new UnitReading(named, Optional.of(given));
    }
    for (LabUnit u : acceptedUnits(analyte)) {
      if (u.ucum().toLowerCase(Locale.ROOT).equals(key)) {
        return new UnitReading(u, Optional.of(given));
      }
    }
    throw analyte.unitError(given);
  }

  /**
   * Returns what was assumed to read a value: the alias its unit was written as, and the
   * equivalence used when its unit is an equivalent rather than the same unit (e.g. calcium in
   * meq/L). Empty for a value given in an accepted unit's UCUM code with no equivalence.
   *
   * @param value the value
   * @return the note, e.g. "calcium unit "mEq/L" read as UCUM meq/L; 1 meq/L = 0.5 mmol/L (divalent
   *     ion)"
   */
  public static Optional<String> conversionNote(LabValue value) {
    Analyte a = value.analyte();
    String equivalence = EQUIVALENCES[index(a)][index(value.unit())];
    Optional<String> alias = value.reportedUnit();
    if (equivalence == null && alias.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder note = new StringBuilder(a.displayName()).append(' ').append(value);
    alias.ifPresent(
        s ->
            note.append(" (unit written \"")
                .append(s)
                .append("\", read as UCUM ")
                .append(value.unit().ucum())
                .append(')'));
    if (equivalence != null) {
      LabUnit target =
          value.unit() == LabUnit.PER_UL ? LabUnit.THOUSAND_PER_UL : LabUnit.MMOL_PER_L;
      note.append(" used as ")
          .append(Decimals.shown(value.in(target)))
          .append(' ')
          .append(target.ucum())
          .append(": ")
          .append(equivalence);
    }
    return Optional.of(note.toString());
  }

  private static double factor(Analyte analyte, LabUnit unit) {
    double factor = FACTORS[index(analyte)][index(unit)];
    if (Double.isNaN(factor)) {
      throw analyte.unitError(unit.ucum());
    }
    return factor;
  }
}
