package org.hccbm.models.reference;

import java.util.List;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.hccbm.core.evidence.Citation;

/**
 * The skeletal-related-event outlook after a diagnosis of bone metastasis in HCC, as the seed
 * review reports it (its references [14] and [15]). Historical cohort figures, not individual
 * predictions.
 *
 * @since 0.1.0
 */
public final class SreOutlook {
  /** The review. */
  public static final Citation SOURCE = BoneMetastasisIncidence.REVIEW;

  /**
   * A cumulative rate with its 95 % confidence interval, in percent.
   *
   * @param months the time since diagnosis of bone metastasis
   * @param percent the rate
   * @param lowerPercent the interval's lower end
   * @param upperPercent the interval's upper end
   */
  public record Rate(int months, double percent, double lowerPercent, double upperPercent) {}

  /** First SRE within 1, 3 and 6 months: 30 % (22–38), 43 % (35–52), 50 % (41–59) [14]. */
  public static final List<Rate> FIRST_SRE =
      List.of(new Rate(1, 30, 22, 38), new Rate(3, 43, 35, 52), new Rate(6, 50, 41, 59));

  /** Median months to the first, second and third SRE: 3, 6, 9 [14]. */
  public static final List<Integer> MEDIAN_MONTHS_TO_NTH_SRE = List.of(3, 6, 9);

  /** Share of patients with two SREs, percent [14]. */
  public static final double PERCENT_WITH_TWO_SRES = 18.90;

  /** Share of patients with three SREs, percent [14]. */
  public static final double PERCENT_WITH_THREE_SRES = 2.84;

  /** Median number of SREs [14]. */
  public static final int MEDIAN_NUMBER_OF_SRES = 2;

  /** Median months from a first to a second SRE [15]. */
  public static final double MEDIAN_MONTHS_FIRST_TO_SECOND_SRE = 0.9;

  /**
   * The SREs in order of frequency, overall and as the first event [14]: radiotherapy to bone,
   * pathological fracture, spinal cord compression, bone surgery, hypercalcaemia.
   */
  public static final List<String> SRES_BY_FREQUENCY =
      List.of(
          "radiotherapy to bone",
          "pathological fracture",
          "spinal cord compression",
          "bone surgery",
          "hypercalcaemia");

  private SreOutlook() {}
}
