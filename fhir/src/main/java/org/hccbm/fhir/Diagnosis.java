package org.hccbm.fhir;

/**
 * The diagnoses a Bundle's Conditions can confirm (codes in {@link FhirCodes}).
 *
 * @since 0.1.0
 */
public enum Diagnosis {
  /** Hepatocellular carcinoma: ICD-10 C22.0, SNOMED CT 109841003. */
  HEPATOCELLULAR_CARCINOMA,
  /** Secondary malignant neoplasm of bone: ICD-10 C79.5 (C79.51, C79.52), SNOMED CT 94222008. */
  BONE_METASTASIS
}
