package org.hccbm.models.reference;

import java.util.List;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.hccbm.core.evidence.Citation;

/**
 * Risk factors for bone metastasis in HCC as the seed review lists them.
 *
 * @since 0.1.0
 */
public final class BoneMetastasisRiskFactors {
  /** The review. */
  public static final Citation SOURCE = BoneMetastasisIncidence.REVIEW;

  /**
   * Independent risk factors in multivariate logistic regression (its references 14, 15, 22, 23).
   */
  public static final List<String> INDEPENDENT =
      List.of(
          "male sex",
          "unmarried status",
          "high T stage of the primary tumour",
          "high N stage of the primary tumour",
          "advanced histological grade of the primary tumour",
          "high Child–Pugh score",
          "lung metastases",
          "intrahepatic metastases",
          "brain metastases");

  /** Factors associated with the development of bone metastasis (its references 14, 15). */
  public static final List<String> ASSOCIATED =
      List.of("HBV infection", "insurance status", "high AFP levels");

  private BoneMetastasisRiskFactors() {}
}
