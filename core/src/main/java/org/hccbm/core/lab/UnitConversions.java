package org.hccbm.core.lab;

import com.google.common.collect.ImmutableTable;
import java.util.List;
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
 * Sodium            1 mmol/L = 1 meq/L                liver §0.3 [M]
 * Calcium           1 mmol/L = 4.008 mg/dL            liver §0.3 [M]; ecosystem §3.4
 * Platelets, WBC    1 10*3/uL = 1 10*9/L              ecosystem §3.4 (identical quantities)
 * CRP               1 mg/dL = 10 mg/L                 ecosystem §3.4 (Katagiri 0.4 mg/dL = 4 mg/L)
 * Haemoglobin       1 g/dL  = 10 g/L                  definition of the units
 * AFP               1 ng/mL = 1 ug/L                  definition of the units; IU/mL is refused
 *                                                     (lab-dependent factor, ecosystem §3.4)
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
          .put(Analyte.CALCIUM, LabUnit.MG_PER_DL, 1.0)
          .put(Analyte.CALCIUM, LabUnit.MMOL_PER_L, CALCIUM_MG_PER_DL_PER_MMOL_PER_L)
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
          .build();

  private UnitConversions() {}

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

  private static double factor(Analyte analyte, LabUnit unit) {
    Double factor = CANONICAL_PER_UNIT.get(analyte, unit);
    if (factor == null) {
      throw analyte.unitError(unit.ucum());
    }
    return factor;
  }
}
