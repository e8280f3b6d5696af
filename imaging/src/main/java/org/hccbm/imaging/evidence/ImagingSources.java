package org.hccbm.imaging.evidence;

import org.hccbm.core.evidence.Citation;

/**
 * The sources of the imaging accuracy figures (references R1–R21, listed in docs/sources.md). Every
 * citation names its authors; figures whose authors could not be confirmed (R9, R10, R19) are not
 * shipped (docs/sources.md, "Not shipped as evidence").
 *
 * @since 0.1.0
 */
public final class ImagingSources {
  /** Yang H-L, et al. Eur Radiol 2011;21:2604–2617 [R1, R2]. */
  public static final Citation YANG_2011 =
      new Citation(
          "Yang H-L, et al.",
          "Diagnosis of bone "
              + "metastases: a meta-analysis comparing 18FDG PET, CT, MRI and bone scintigraphy",
          "Eur Radiol 21(12):2604–2617",
          2011,
          "doi:10.1007/s00330-011-2221-4");

  /** Wu LM, et al. J Magn Reson Imaging 2011;34:128–135 [R4]. */
  public static final Citation WU_2011 =
      new Citation(
          "Wu LM, et al.",
          "Diagnostic value of "
              + "whole-body magnetic resonance imaging for bone metastases: a systematic review and "
              + "meta-analysis",
          "J Magn Reson Imaging 34:128–135",
          2011,
          "PMID 21618333");

  /** Liu T, et al. Clin Oncol 2011;23:350–358 [R6]. */
  public static final Citation LIU_2011 =
      new Citation(
          "Liu T, Xu JY, Xu W, Bai YR, Yan WL, " + "Yang HL.",
          "Fluorine-18 deoxyglucose positron emission tomography, magnetic resonance "
              + "imaging and bone scintigraphy for the diagnosis of bone metastases in patients with lung "
              + "cancer: which one is the best?",
          "Clin Oncol (R Coll Radiol) 23:350–358",
          2011,
          "");

  /** Shen CT, et al. Clin Nucl Med 2015 [R8]. */
  public static final Citation SHEN_2015 =
      new Citation(
          "Shen CT, Qiu ZL, Han TT, Luo QY.",
          "Performance of 18F-fluoride PET or PET/CT for the detection of bone metastases: a "
              + "meta-analysis",
          "Clin Nucl Med",
          2015,
          "doi:10.1097/RLU.0000000000000592");

  /** Mohd Rohani MF, et al. Nucl Med Commun 2021;42:9–20 [R11]. */
  public static final Citation ROHANI_2021 =
      new Citation(
          "Mohd Rohani MF, et al.",
          "Bone "
              + "single-photon emission computed tomography/computed tomography in cancer care in the "
              + "past decade: a systematic review and meta-analysis",
          "Nucl Med Commun 42(1):9–20",
          2021,
          "");

  /** Ho CL, et al. J Nucl Med 2007;48:902–909 [R13]. */
  public static final Citation HO_2007 =
      new Citation(
          "Ho CL, Chen S, Yeung DW, Cheng TK.",
          "Dual-tracer PET/CT imaging in evaluation of metastatic hepatocellular carcinoma",
          "J Nucl Med 48:902–909",
          2007,
          "PMID 17504862");

  /** Ho CL, et al. Radiology 2011;258:515–523 [R14]. */
  public static final Citation HO_2011 =
      new Citation(
          "Ho CL, et al.",
          "PET/CT characteristics of " + "isolated bone metastases in hepatocellular carcinoma",
          "Radiology 258:515–523",
          2011,
          "PMID 21062922");

  /** Park JW, et al. J Nucl Med 2008;49:1912–1921 [R15]. */
  public static final Citation PARK_2008 =
      new Citation(
          "Park JW, et al.",
          "A prospective "
              + "evaluation of 18F-FDG and 11C-acetate PET/CT for detection of primary and metastatic "
              + "hepatocellular carcinoma",
          "J Nucl Med 49:1912–1921",
          2008,
          "PMID 18997056");

  /** Yen RF, et al. Nucl Med Commun 2010;31:637–645 [R16]. */
  public static final Citation YEN_2010 =
      new Citation(
          "Yen RF, Chen CY, Cheng MF, et al.",
          "The diagnostic and prognostic effectiveness of F-18 sodium fluoride PET-CT in detecting "
              + "bone metastases for hepatocellular carcinoma patients",
          "Nucl Med Commun 31:637–645",
          2010,
          "PMID 20389259");

  /** Seo HJ, et al. Nucl Med Mol Imaging 2011 [R17]. */
  public static final Citation SEO_2011 =
      new Citation(
          "Seo HJ, Choi YJ, Kim HJ, et al.",
          "Evaluation of bone metastasis from hepatocellular carcinoma using 18F-FDG PET/CT and "
              + "99mTc-HDP bone scintigraphy: characteristics of soft tissue formation",
          "Nucl Med Mol Imaging",
          2011,
          "doi:10.1007/s13139-011-0099-3");

  /** Sugiyama M, et al. J Gastroenterol 2004;39:961–968 [R18]. */
  public static final Citation SUGIYAMA_2004 =
      new Citation(
          "Sugiyama M, et al.",
          "18F-FDG PET "
              + "in the detection of extrahepatic metastases from hepatocellular carcinoma",
          "J Gastroenterol 39:961–968",
          2004,
          "");

  private ImagingSources() {}
}
