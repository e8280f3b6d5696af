package org.hccbm.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hccbm.core.history.AntithromboticDrugClass;

/**
 * The code systems and codes this adapter reads besides the lab LOINC codes (which live on {@code
 * Analyte.loincCodes()}), each checked against public FHIR profiles and examples (docs/fhir.md
 * lists the sources; the spec is ecosystem §3.4).
 *
 * <pre>
 * Concept                 Codes                                             Source
 * ECOG                    LOINC 89247-1 (mCODE), 89262-0 (MII);             mCODE STU, MII Onko
 *                         SNOMED CT 423740007
 * Karnofsky               LOINC 89243-0; SNOMED CT 273546003                mCODE STU
 * HCC                     ICD-10 C22.0; SNOMED CT 109841003                 ecosystem §3.4
 * Bone metastasis         ICD-10 C79.5, ICD-10-CM C79.51, C79.52;           ecosystem §3.4
 *                         SNOMED CT 94222008
 * Antithrombotics (ATC)   B01AA vitamin K antagonists; B01AB heparins;      WHO ATC index
 *                         B01AC06 aspirin; B01AC04/05/22/24 P2Y12
 *                         inhibitors; other B01AC antiplatelets; B01AE07
 *                         dabigatran and B01AF xabans (DOACs); other B01AE,
 *                         B01AX anticoagulants
 * </pre>
 *
 * @since 0.1.0
 */
public final class FhirCodes {
  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** SNOMED CT. */
  public static final String SNOMED = "http://snomed.info/sct";

  /** ICD-10 (WHO). */
  public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

  /** ICD-10-CM. */
  public static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

  /** UCUM. */
  public static final String UCUM = "http://unitsofmeasure.org";

  /** WHO ATC. */
  public static final String ATC = "http://www.whocc.no/atc";

  /** ECOG performance status: LOINC codes. */
  public static final List<String> ECOG_LOINC = List.of("89247-1", "89262-0");

  /** ECOG performance status: SNOMED CT code. */
  public static final String ECOG_SNOMED = "423740007";

  /** Karnofsky performance status: LOINC code. */
  public static final String KARNOFSKY_LOINC = "89243-0";

  /** Karnofsky performance status: SNOMED CT code. */
  public static final String KARNOFSKY_SNOMED = "273546003";

  /** Conditions read as a diagnosis, by system then code. */
  private static final Map<String, Map<String, Diagnosis>> DIAGNOSES =
      Map.of(
          ICD10,
              Map.of(
                  "C22.0", Diagnosis.HEPATOCELLULAR_CARCINOMA, "C79.5", Diagnosis.BONE_METASTASIS),
          ICD10_CM,
              Map.of(
                  "C22.0",
                  Diagnosis.HEPATOCELLULAR_CARCINOMA,
                  "C79.51",
                  Diagnosis.BONE_METASTASIS,
                  "C79.52",
                  Diagnosis.BONE_METASTASIS),
          SNOMED,
              Map.of(
                  "109841003",
                  Diagnosis.HEPATOCELLULAR_CARCINOMA,
                  "94222008",
                  Diagnosis.BONE_METASTASIS));

  private FhirCodes() {}

  /**
   * Returns the diagnosis a condition code stands for.
   *
   * @param system the code system URI
   * @param code the code
   * @return the diagnosis, or empty when the code is not read
   */
  public static Optional<Diagnosis> diagnosis(String system, String code) {
    return Optional.ofNullable(DIAGNOSES.getOrDefault(system, Map.of()).get(code.strip()));
  }

  /**
   * Returns the antithrombotic drug class of an ATC code.
   *
   * @param atc the ATC code, e.g. "B01AF01"
   * @return the class, or empty when the code is no antithrombotic (not in group B01A)
   */
  public static Optional<AntithromboticDrugClass> antithrombotic(String atc) {
    String c = atc.strip();
    if (c.equals("B01AC06")) {
      return Optional.of(AntithromboticDrugClass.ASPIRIN);
    }
    if (List.of("B01AC04", "B01AC05", "B01AC22", "B01AC24").contains(c)) {
      return Optional.of(AntithromboticDrugClass.P2Y12_INHIBITOR);
    }
    if (c.equals("B01AE07") || c.startsWith("B01AF")) {
      return Optional.of(AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT);
    }
    if (c.startsWith("B01AA")) {
      return Optional.of(AntithromboticDrugClass.VITAMIN_K_ANTAGONIST);
    }
    if (c.startsWith("B01AB")) {
      return Optional.of(AntithromboticDrugClass.HEPARIN);
    }
    if (c.startsWith("B01AC")) {
      return Optional.of(AntithromboticDrugClass.OTHER_ANTIPLATELET);
    }
    if (c.startsWith("B01AE") || c.startsWith("B01AX")) {
      return Optional.of(AntithromboticDrugClass.OTHER_ANTICOAGULANT);
    }
    return Optional.empty();
  }
}
