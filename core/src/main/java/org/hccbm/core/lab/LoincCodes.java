package org.hccbm.core.lab;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LOINC codes read as each analyte. A code is listed only when it measures the same quantity
 * the analyte stands for (total, not direct, bilirubin; total, not ionised, calcium; CRP, not
 * high-sensitivity CRP, whose assays saturate near 10 mg/L, below Katagiri's 0.4 mg/dL cut-point
 * only by chance); its unit is still checked against the analyte's accepted units.
 *
 * <pre>
 * Analyte               Codes (primary first)          Sources
 * total bilirubin       1975-2, 14631-6 (moles)        loinc.org/1975-2 lab catalogues (ARUP,
 *                                                      Mayo); German KDS lab table; ecosystem §3.4
 * albumin               1751-7, 61151-7 (BCG),         ecosystem §3.4; public LOINC family lists
 *                       61152-5 (BCP)
 * INR                   6301-6, 34714-6 (blood),       healthassure LOINC 6301-6; Labcorp result
 *                       46418-0 (capillary)            LOINC map; HL7 FSH example (34714-6)
 * creatinine            2160-0, 14682-9 (moles)        ARUP 0020025; German MII value set
 * sodium                2951-2, 2947-0 (blood)         ecosystem §3.4; MIMIC lab map (2947-0)
 * platelets             777-3, 26515-7                 ecosystem §3.4; public CBC tables
 * calcium (total)       17861-6, 2000-8 (moles)        ecosystem §3.4; LOINC questionnaire (2000-8)
 * LDH                   2532-0, 14804-9 (L to P)       ecosystem §3.4; public FHIR value set
 * CRP                   1988-5                         ecosystem §3.4
 * AFP                   1834-1                         ecosystem §3.4; 19177-5 is labelled both
 *                                                      mass and moles in public code, and 19176-7
 *                                                      is in units (IU): neither is read
 * alkaline phosphatase  6768-6                         existing primary code
 * haemoglobin           718-7                          existing primary code
 * white cell count      6690-2, 26464-8                existing primary code; public CBC tables
 * </pre>
 *
 * Display names are the LOINC long common names (LOINC 2.71 pages where the search found them).
 */
final class LoincCodes {
  private static final ImmutableListMultimap<Analyte, LoincCode> BY_ANALYTE =
      ImmutableListMultimap.<Analyte, LoincCode>builder()
          .put(
              Analyte.TOTAL_BILIRUBIN,
              code("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"))
          .put(
              Analyte.TOTAL_BILIRUBIN,
              code("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma"))
          .put(Analyte.ALBUMIN, code("1751-7", "Albumin [Mass/volume] in Serum or Plasma"))
          .put(
              Analyte.ALBUMIN,
              code(
                  "61151-7",
                  "Albumin [Mass/volume] in Serum or Plasma by "
                      + "Bromocresol green (BCG) dye binding method"))
          .put(
              Analyte.ALBUMIN,
              code(
                  "61152-5",
                  "Albumin [Mass/volume] in Serum or Plasma by "
                      + "Bromocresol purple (BCP) dye binding method"))
          .put(Analyte.INR, code("6301-6", "INR in Platelet poor plasma by Coagulation assay"))
          .put(Analyte.INR, code("34714-6", "INR in Blood by Coagulation assay"))
          .put(Analyte.INR, code("46418-0", "INR in Capillary blood by Coagulation assay"))
          .put(Analyte.CREATININE, code("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"))
          .put(Analyte.CREATININE, code("14682-9", "Creatinine [Moles/volume] in Serum or Plasma"))
          .put(Analyte.SODIUM, code("2951-2", "Sodium [Moles/volume] in Serum or Plasma"))
          .put(Analyte.SODIUM, code("2947-0", "Sodium [Moles/volume] in Blood"))
          .put(Analyte.PLATELETS, code("777-3", "Platelets [#/volume] in Blood by Automated count"))
          .put(Analyte.PLATELETS, code("26515-7", "Platelets [#/volume] in Blood"))
          .put(Analyte.CALCIUM, code("17861-6", "Calcium [Mass/volume] in Serum or Plasma"))
          .put(Analyte.CALCIUM, code("2000-8", "Calcium [Moles/volume] in Serum or Plasma"))
          .put(
              Analyte.LDH,
              code(
                  "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma"))
          .put(
              Analyte.LDH,
              code(
                  "14804-9",
                  "Lactate dehydrogenase [Enzymatic activity/volume] "
                      + "in Serum or Plasma by Lactate to pyruvate reaction"))
          .put(Analyte.CRP, code("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"))
          .put(Analyte.AFP, code("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma"))
          .put(
              Analyte.ALKALINE_PHOSPHATASE,
              code("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"))
          .put(Analyte.HAEMOGLOBIN, code("718-7", "Hemoglobin [Mass/volume] in Blood"))
          .put(
              Analyte.WHITE_CELL_COUNT,
              code("6690-2", "Leukocytes [#/volume] in Blood by Automated count"))
          .put(Analyte.WHITE_CELL_COUNT, code("26464-8", "Leukocytes [#/volume] in Blood"))
          .build();

  private static final Map<String, Analyte> BY_CODE = byCode();

  private LoincCodes() {}

  static List<LoincCode> of(Analyte analyte) {
    return BY_ANALYTE.get(analyte);
  }

  static Optional<Analyte> analyte(String code) {
    return Optional.ofNullable(BY_CODE.get(code.strip()));
  }

  private static LoincCode code(String code, String display) {
    return new LoincCode(code, display);
  }

  private static Map<String, Analyte> byCode() {
    ImmutableMap.Builder<String, Analyte> b = ImmutableMap.builder();
    BY_ANALYTE.forEach((analyte, code) -> b.put(code.code(), analyte));
    return b.buildOrThrow();
  }
}
