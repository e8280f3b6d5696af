package org.hccbm.imaging.evidence;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.Estimate;
import org.hccbm.imaging.ImagingSummary;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.TestAccuracy;

/**
 * Every published accuracy figure the library ships, each with what it actually reports (imaging
 * §1–§2). Figures are as published; a confidence interval that was not published is unknown.
 *
 * <p>Yang 2011 per-patient specificities are the meta-analysis abstract's: CT 94.8 %, MRI 95.4 %.
 * The seed review prints them swapped (MRI 94.8 %, CT 95.4 %); that is a known discrepancy and the
 * swapped figures are not used.
 *
 * @since 0.1.0
 */
public final class ImagingEvidence {
  private static final String YANG_NOTE =
      "pooled across primary cancers (not HCC); 95 % CIs, "
          + "study counts and pooled DOR were not retrieved (full text unavailable)";

  /** Yang 2011, FDG PET, per patient: Se 89.7 %, Sp 96.8 %. */
  public static final TestAccuracy YANG_PET_PATIENT =
      yang(Modality.FDG_PET, Basis.PATIENT, 0.897, 0.968);

  /** Yang 2011, CT, per patient: Se 72.9 %, Sp 94.8 % (abstract; the review swaps it with MRI). */
  public static final TestAccuracy YANG_CT_PATIENT = yang(Modality.CT, Basis.PATIENT, 0.729, 0.948);

  /** Yang 2011, MRI, per patient: Se 90.6 %, Sp 95.4 % (abstract; the review swaps it with CT). */
  public static final TestAccuracy YANG_MRI_PATIENT =
      yang(Modality.MRI, Basis.PATIENT, 0.906, 0.954);

  /** Yang 2011, bone scintigraphy, per patient: Se 86.0 %, Sp 81.4 %. */
  public static final TestAccuracy YANG_BS_PATIENT =
      yang(Modality.BONE_SCINTIGRAPHY, Basis.PATIENT, 0.860, 0.814);

  /** Yang 2011, FDG PET, per lesion: Se 86.9 %, Sp 97.0 %. */
  public static final TestAccuracy YANG_PET_LESION =
      yang(Modality.FDG_PET, Basis.LESION, 0.869, 0.970);

  /** Yang 2011, CT, per lesion: Se 77.1 %, Sp 83.2 %. */
  public static final TestAccuracy YANG_CT_LESION = yang(Modality.CT, Basis.LESION, 0.771, 0.832);

  /** Yang 2011, MRI, per lesion: Se 90.4 %, Sp 96.0 %. */
  public static final TestAccuracy YANG_MRI_LESION = yang(Modality.MRI, Basis.LESION, 0.904, 0.960);

  /** Yang 2011, bone scintigraphy, per lesion: Se 75.1 %, Sp 93.6 %. */
  public static final TestAccuracy YANG_BS_LESION =
      yang(Modality.BONE_SCINTIGRAPHY, Basis.LESION, 0.751, 0.936);

  /** Wu 2011, whole-body MRI, per patient: Se 0.899 (0.845–0.939), Sp 0.918 (0.882–0.946). */
  public static final TestAccuracy WU_WBMRI_PATIENT =
      TestAccuracy.pair(
          Modality.WHOLE_BODY_MRI,
          Basis.PATIENT,
          Population.ALL_PRIMARIES,
          Estimate.of(0.899, 0.845, 0.939),
          Estimate.of(0.918, 0.882, 0.946),
          ImagingSources.WU_2011,
          "11 studies, 495 patients; " + "without DWI Sp 0.961 (0.922–0.984)");

  /** Ho 2007, dual-tracer PET/CT, per patient, HCC metastasis at any site: Se 98 %, Sp 86 %. */
  public static final TestAccuracy HO_DUAL_TRACER_PATIENT =
      new TestAccuracy(
          Modality.DUAL_TRACER_PET_CT,
          Basis.PATIENT,
          Population.HCC,
          "HCC metastasis at any site",
          Optional.of(Estimate.of(0.98)),
          Optional.of(Estimate.of(0.86)),
          Optional.empty(),
          Optional.empty(),
          ImagingSources.HO_2007,
          "121 HCC patients; not bone-specific (bone was 8 % "
              + "of true-positive lesions); PPV 97 %, NPV 90 %, accuracy 96 %");

  private static final List<TestAccuracy> ALL =
      List.of(
          YANG_PET_PATIENT,
          YANG_CT_PATIENT,
          YANG_MRI_PATIENT,
          YANG_BS_PATIENT,
          YANG_PET_LESION,
          YANG_CT_LESION,
          YANG_MRI_LESION,
          YANG_BS_LESION,
          WU_WBMRI_PATIENT,
          pair(
              Modality.FDG_PET,
              Basis.PATIENT,
              Population.LUNG_CANCER,
              Estimate.of(0.919),
              Estimate.of(0.968),
              ImagingSources.LIU_2011,
              "lung cancer; pooled DOR 365.5"),
          pair(
              Modality.MRI,
              Basis.PATIENT,
              Population.LUNG_CANCER,
              Estimate.of(0.800),
              Estimate.of(0.906),
              ImagingSources.LIU_2011,
              "lung cancer; pooled DOR 53.8"),
          pair(
              Modality.BONE_SCINTIGRAPHY,
              Basis.PATIENT,
              Population.LUNG_CANCER,
              Estimate.of(0.918),
              Estimate.of(0.688),
              ImagingSources.LIU_2011,
              "lung cancer; pooled DOR 34.4"),
          pair(
              Modality.NAF_PET_CT,
              Basis.PATIENT,
              Population.ALL_PRIMARIES,
              Estimate.of(0.92, 0.89, 0.95),
              Estimate.of(0.93, 0.91, 0.95),
              ImagingSources.SHEN_2015,
              "20 articles, 1,170 patients; NaF PET or PET/CT; AUC 0.985"),
          pair(
              Modality.NAF_PET_CT,
              Basis.LESION,
              Population.ALL_PRIMARIES,
              Estimate.of(0.87, 0.85, 0.88),
              Estimate.of(0.95, 0.94, 0.96),
              ImagingSources.SHEN_2015,
              "AUC 0.979"),
          pair(
              Modality.SPECT_CT,
              Basis.LESION,
              Population.ALL_PRIMARIES,
              Estimate.of(0.930, 0.91, 0.95),
              Estimate.of(0.960, 0.94, 0.97),
              ImagingSources.ROHANI_2021,
              "SPECT/CT for lesions indeterminate on planar scintigraphy; the abstract pools lesion "
                  + "and patient analyses (12 articles)"),
          HO_DUAL_TRACER_PATIENT,
          sensitivityOnly(
              Modality.ACETATE_PET_CT,
              Basis.LESION,
              66.0 / 71,
              ImagingSources.HO_2011,
              "isolated bone metastases: 66/71 lesions (30 patients)"),
          sensitivityOnly(
              Modality.FDG_PET_CT,
              Basis.LESION,
              44.0 / 71,
              ImagingSources.HO_2011,
              "isolated bone metastases: 44/71 lesions"),
          sensitivityOnly(
              Modality.DUAL_TRACER_PET_CT,
              Basis.LESION,
              69.0 / 71,
              ImagingSources.HO_2011,
              "isolated bone metastases: 69/71 lesions"),
          sensitivityOnly(
              Modality.CT,
              Basis.LESION,
              51.0 / 71,
              ImagingSources.HO_2011,
              "isolated bone metastases: 51/71 lesions"),
          sensitivityOnly(
              Modality.FDG_PET_CT,
              Basis.LESION,
              33.0 / 38,
              ImagingSources.HO_2011,
              "bone plus other metastatic sites: 33/38 lesions (FDG better than acetate here)"),
          sensitivityOnly(
              Modality.ACETATE_PET_CT,
              Basis.LESION,
              19.0 / 38,
              ImagingSources.HO_2011,
              "bone plus other metastatic sites: 19/38 lesions"),
          sensitivityOnly(
              Modality.FDG_PET_CT,
              Basis.LESION,
              0.857,
              ImagingSources.PARK_2008,
              "35 extrahepatic HCC metastases (all sites); acetate 77.0 %, dual tracer 85.7 %"),
          sensitivityOnly(
              Modality.FDG_PET_CT,
              Basis.LESION,
              0.98,
              ImagingSources.SEO_2011,
              "detection rate; 85 HCC patients with bone metastasis; 55 % had a soft-tissue mass"),
          sensitivityOnly(
              Modality.FDG_PET_CT,
              Basis.PATIENT,
              1.00,
              ImagingSources.SEO_2011,
              "detection rate in 54 patients who also had scintigraphy"),
          sensitivityOnly(
              Modality.BONE_SCINTIGRAPHY,
              Basis.LESION,
              0.53,
              ImagingSources.SEO_2011,
              "detection rate; planar scintigraphy misses osteolytic HCC metastases"),
          sensitivityOnly(
              Modality.BONE_SCINTIGRAPHY,
              Basis.PATIENT,
              0.80,
              ImagingSources.SEO_2011,
              "detection rate"),
          sensitivityOnly(
              Modality.FDG_PET,
              Basis.LESION,
              24.0 / 29,
              ImagingSources.SUGIYAMA_2004,
              "extrahepatic metastases > 1 cm (24/29); ≤ 1 cm only 1/8"),
          new TestAccuracy(
              Modality.NAF_PET_CT,
              Basis.LESION,
              Population.HCC,
              "bone metastasis",
              Optional.empty(),
              Optional.empty(),
              Optional.of(Estimate.of(0.957)),
              Optional.empty(),
              ImagingSources.YEN_2010,
              "lesion-level accuracy (prevalence-dependent); planar "
                  + "scintigraphy 75.4 %; 34 patients; the abstract gives no Se/Sp"),
          new TestAccuracy(
              Modality.BONE_SCINTIGRAPHY,
              Basis.LESION,
              Population.HCC,
              "bone metastasis",
              Optional.empty(),
              Optional.empty(),
              Optional.of(Estimate.of(0.754)),
              Optional.empty(),
              ImagingSources.YEN_2010,
              "lesion-level accuracy of planar Tc-99m MDP scintigraphy"));

  private ImagingEvidence() {}

  /**
   * Returns every figure, grouped as in imaging §1–§2 (docs/sources.md).
   *
   * @return the figures
   */
  public static List<TestAccuracy> all() {
    return ALL;
  }

  /** Per-patient figures for every modality a patient's summary shows (imaging §1). */
  private static final List<TestAccuracy> PER_PATIENT =
      List.of(
          YANG_PET_PATIENT, YANG_CT_PATIENT, YANG_MRI_PATIENT, YANG_BS_PATIENT, WU_WBMRI_PATIENT);

  /**
   * Returns the per-patient summary that {@code hccbm assess} and the tumour-board report show:
   * Yang 2011 per patient for FDG PET, CT, MRI and scintigraphy and Wu 2011 for whole-body MRI,
   * over the pre-test range of the review's HCC cohorts (Table 1).
   *
   * @return the summary
   * @since 0.2.0
   */
  public static ImagingSummary perPatientSummary() {
    PretestProbabilities.Range range = PretestProbabilities.fromReviewCohorts();
    return ImagingSummary.of(PER_PATIENT, range.low(), range.high());
  }

  /**
   * Returns the default Se/Sp pair for a modality and basis: Yang 2011 for FDG PET, CT, MRI and
   * scintigraphy; the first published pair otherwise.
   *
   * @param modality the modality
   * @param basis the basis
   * @return the figures
   * @throws InvalidClinicalInputException if no Se/Sp pair is available for them
   */
  public static TestAccuracy defaultFor(Modality modality, Basis basis) {
    return ALL.stream()
        .filter(
            a ->
                a.modality() == modality
                    && a.basis() == basis
                    && a.specificity().isPresent()
                    && a.target().equals("bone metastasis"))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidClinicalInputException(
                    "imaging figures for "
                        + modality
                        + " per "
                        + basis.name().toLowerCase(java.util.Locale.ROOT),
                    "none with a sensitivity and specificity pair",
                    "a published Se/Sp pair"));
  }

  private static TestAccuracy yang(Modality m, Basis b, double se, double sp) {
    return TestAccuracy.pair(
        m,
        b,
        Population.ALL_PRIMARIES,
        Estimate.of(se),
        Estimate.of(sp),
        ImagingSources.YANG_2011,
        YANG_NOTE);
  }

  private static TestAccuracy pair(
      Modality m, Basis b, Population p, Estimate se, Estimate sp, Citation source, String notes) {
    return TestAccuracy.pair(m, b, p, se, sp, source, notes);
  }

  private static TestAccuracy sensitivityOnly(
      Modality m, Basis b, double se, Citation source, String notes) {
    return new TestAccuracy(
        m,
        b,
        Population.HCC,
        "bone metastasis",
        Optional.of(Estimate.of(se)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        source,
        notes);
  }
}
