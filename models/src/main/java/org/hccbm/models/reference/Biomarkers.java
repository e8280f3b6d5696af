package org.hccbm.models.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.hccbm.core.evidence.Citation;

/**
 * Table 3 of the seed review: biomarkers for the diagnosis and prognosis of HCC bone metastasis. A
 * function or application the table prints as "–" is empty.
 *
 * @since 0.1.0
 */
public final class Biomarkers {
  /** The review. */
  public static final Citation SOURCE = BoneMetastasisIncidence.REVIEW;

  /**
   * One row of Table 3.
   *
   * @param gene the gene or RNA
   * @param references the review's reference numbers
   * @param subject where it was measured
   * @param expression the expression pattern
   * @param function the biological function or mechanism; "" where the table prints "–"
   * @param application the potential application; "" where the table prints "–"
   */
  public record Biomarker(
      String gene,
      String references,
      String subject,
      String expression,
      String function,
      String application) {
    /** Validates every component. */
    public Biomarker {
      requireNonNull(gene, "gene");
      requireNonNull(references, "references");
      requireNonNull(subject, "subject");
      requireNonNull(expression, "expression");
      requireNonNull(function, "function");
      requireNonNull(application, "application");
    }
  }

  private static final String HIGH_IN_PATIENTS = "Highly expressed in patients with HCC and BM";
  private static final String HIGH_EVERYWHERE =
      HIGH_IN_PATIENTS + "/in bone metastatic lesions/in osteotropic cell lines";
  private static final String RISK = "Risk factor of BM";
  private static final String TARGET = "Therapeutic target";
  private static final String CAF_HIGH = "Highly expressed in CAFs in primary site";
  private static final String CX3CL1_FUNCTION =
      "Promotes migration and invasion of HCC cells by "
          + "activating PIK3CA/AKT1 and RHOA/ROCK2 signalling";

  private static final List<Biomarker> ALL =
      List.of(
          new Biomarker("CTGF", "[137,139]", "Primary tumor", HIGH_IN_PATIENTS, "", RISK),
          new Biomarker("IL-11", "[137,139]", "Primary tumor", HIGH_IN_PATIENTS, "", RISK),
          new Biomarker(
              "MMP-1",
              "[137,140]",
              "Peritumor/HCC cell lines",
              HIGH_IN_PATIENTS + "/in osteotropic cell lines",
              "",
              RISK),
          new Biomarker("CXCR4", "[139,141]", "Primary tumor", HIGH_IN_PATIENTS, "", RISK),
          new Biomarker(
              "FRZB", "[136]", "BM", "Highly expressed in bone metastatic lesions", "", ""),
          new Biomarker("PNI", "[142]", "BM", "High density in bone metastatic lesions", "", ""),
          new Biomarker(
              "RNF219",
              "[134]",
              "Primary tumor/BM/HCC cell lines",
              HIGH_EVERYWHERE,
              "Promotes osteoclastogenesis by upregulating LGALS3, YAP1/β-catenin complex-dependent",
              TARGET),
          new Biomarker(
              "LGALS3",
              "[134]",
              "Primary tumor/BM/HCC cell lines",
              HIGH_EVERYWHERE,
              "Promotes osteoclastogenesis and aggravates SREs",
              TARGET),
          new Biomarker(
              "miR-34a",
              "[143]",
              "Serum/primary tumor",
              "Low expression in the serum and " + "the primary tumor of patients with HCC and BM",
              "Promotes migration and invasion of " + "HCC cells via SMAD4 and TGFβ signalling",
              RISK + " and therapeutic target"),
          new Biomarker(
              "lnc34a",
              "[144]",
              "Serum/primary tumor",
              "Highly expressed in the serum and " + "primary tumor of patients with HCC and BM",
              "Suppresses miR-34a epigenetically " + "(DNMT3A/PHB2, HDAC1) and by sponging it",
              RISK),
          new Biomarker(
              "lncZEB1-AS1",
              "[145]",
              "Primary tumor",
              HIGH_IN_PATIENTS,
              "Promotes "
                  + "migration and invasion by sponging miR-302b, activating PI3K/AKT and raising EGFR",
              TARGET),
          new Biomarker(
              "H19",
              "[133]",
              "Primary tumor/BM/HCC cell lines",
              HIGH_EVERYWHERE,
              "Promotes migration and invasion by sponging miR-200b-3p; induces osteoclastogenesis "
                  + "through the PPP1CA/p38MAPK axis",
              TARGET),
          new Biomarker(
              "CCL2",
              "[146]",
              "CAFs",
              CAF_HIGH,
              "Promotes migration of HCC cells via " + "hedgehog signalling",
              TARGET),
          new Biomarker(
              "CCL5",
              "[146]",
              "CAFs",
              CAF_HIGH,
              "Promotes migration of HCC cells via " + "hedgehog signalling",
              TARGET),
          new Biomarker(
              "CCL7",
              "[146]",
              "CAFs",
              CAF_HIGH,
              "Promotes invasion of HCC cells via TGFβ " + "signalling",
              TARGET),
          new Biomarker(
              "CXCL16",
              "[146]",
              "CAFs",
              CAF_HIGH,
              "Promotes invasion of HCC cells via TGFβ " + "signalling",
              TARGET),
          new Biomarker(
              "MAPK14",
              "[147]",
              "BMECs",
              "Excessive activation in BMECs",
              "Upregulates ADAM17 expression",
              TARGET),
          new Biomarker(
              "ADAM17",
              "[147]",
              "BMECs",
              "Highly expressed in BMECs",
              "Promotes the secretion of CX3CL1",
              TARGET),
          new Biomarker(
              "CX3CL1",
              "[147]",
              "HCC/BMECs",
              "Highly expressed in bone metastatic " + "lesions/in BMECs",
              CX3CL1_FUNCTION,
              TARGET),
          new Biomarker(
              "CX3CL1R",
              "[147]",
              "HCC",
              "Highly expressed in bone metastatic lesions",
              CX3CL1_FUNCTION,
              TARGET));

  private Biomarkers() {}

  /**
   * Returns every row of Table 3, in the review's order.
   *
   * @return the biomarkers
   */
  public static List<Biomarker> all() {
    return ALL;
  }
}
