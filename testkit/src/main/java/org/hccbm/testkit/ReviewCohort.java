package org.hccbm.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.random.RandomGenerator;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.Encephalopathy;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;

/**
 * A cohort generator whose marginals follow the source review where it states them, and which says
 * so where it does not. Source: the review of HCC bone metastasis in {@code
 * /work/shared/reference/000_5acd15f7193d0215.txt} ("Pathology and symptoms"), citing its reference
 * [14].
 *
 * <ul>
 *   <li><b>Lesion morphology — from the review:</b> "osteolytic lesions of HCC BM account for 82.44
 *       % of all lesions, with 9.76 % and 7.80 % of lesions being osteoblastic or mixed" [14]. Each
 *       lesion is drawn lytic, blastic or mixed with these shares.
 *   <li><b>Number of lesions — bound only:</b> the review says "more than half of the patients
 *       present with more than one skeletal lesion", without a figure; this generator draws 1–4
 *       lesions uniformly (75 % with more than one), which meets the bound; the 75 % is ours.
 *   <li><b>Spine share of lesions — the review is silent on a figure:</b> it says bone metastases
 *       are "mostly found in axial bones, such as vertebrae, the pelvis, and ribs" and that most
 *       lie in the thoracic and lumbar spine, but gives no share. The spine share is therefore a
 *       parameter ({@link #withSpineShare(double)}, no default from the review); lesions not in the
 *       spine are drawn over the rest of the skeleton as {@link ProfiledGenerator} does.
 *   <li><b>Child–Pugh A share — the review is silent:</b> it names Child–Pugh class as a prognostic
 *       factor in the studies of its Table 2 but states no distribution. The share is a parameter
 *       ({@link #withChildPughAShare(double)}); a Child–Pugh A liver is drawn with bilirubin under
 *       2 mg/dL, albumin over 3.5 g/dL, INR under 1.7, no ascites and no encephalopathy (5 points);
 *       a non-A liver with bilirubin 2.1–6 mg/dL, albumin 2.0–3.4 g/dL, INR 1.0–3.0, some ascites
 *       and any encephalopathy grade (at least 8 points, class B or C).
 *   <li><b>ECOG spread — the review is silent:</b> it names ECOG performance status as prognostic
 *       in its Table 2 but gives no distribution. The weights of ECOG 0–4 are a parameter ({@link
 *       #withEcogWeights(double...)}).
 * </ul>
 *
 * <p>Until a silent marginal is set, it is drawn as {@link ProfiledGenerator} draws it (not from
 * any cohort). Every other item follows the {@link GeneratorProfile}.
 *
 * @since 0.2.0
 */
public final class ReviewCohort {
  /** Lytic, blastic, mixed shares of lesions, from the review's reference [14]. */
  static final double LYTIC = 0.8244;

  static final double BLASTIC = 0.0976;

  private final ProfiledGenerator base;
  private final double spineShare;
  private final double childPughAShare;
  private final double[] ecogWeights;

  private ReviewCohort(
      ProfiledGenerator base, double spineShare, double childPughAShare, double[] ecogWeights) {
    this.base = base;
    this.spineShare = spineShare;
    this.childPughAShare = childPughAShare;
    this.ecogWeights = ecogWeights;
  }

  /**
   * Returns a cohort with the review's stated marginals over a profile; the silent ones are not
   * set.
   *
   * @param profile the profile for everything else
   * @return the cohort generator
   */
  public static ReviewCohort of(GeneratorProfile profile) {
    return new ReviewCohort(
        ProfiledGenerator.of(requireNonNull(profile, "profile")),
        Double.NaN,
        Double.NaN,
        new double[0]);
  }

  /**
   * Sets the share of lesions in the spine (the review gives none).
   *
   * @param share 0 … 1
   * @return a copy
   */
  public ReviewCohort withSpineShare(double share) {
    return new ReviewCohort(base, share(share, "spineShare"), childPughAShare, ecogWeights);
  }

  /**
   * Sets the share of patients with a Child–Pugh A liver (the review gives none).
   *
   * @param share 0 … 1
   * @return a copy
   */
  public ReviewCohort withChildPughAShare(double share) {
    return new ReviewCohort(base, spineShare, share(share, "childPughAShare"), ecogWeights);
  }

  /**
   * Sets the relative weights of ECOG 0, 1, 2, 3 and 4 (the review gives none).
   *
   * @param weights five non-negative weights, not all zero
   * @return a copy
   */
  public ReviewCohort withEcogWeights(double... weights) {
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("ECOG weights must be >= 0, was " + w);
      }
      sum += w;
    }
    if (weights.length != 5 || sum == 0) {
      throw new IllegalArgumentException(
          "ECOG weights must be five weights, not all zero, was "
              + java.util.Arrays.toString(weights));
    }
    return new ReviewCohort(base, spineShare, childPughAShare, weights.clone());
  }

  private static double share(double share, String name) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be in 0 … 1, was " + share);
    }
    return share;
  }

  /**
   * Draws one patient of the cohort.
   *
   * @param r the source
   * @return the patient
   */
  public Patient patient(RandomGenerator r) {
    Patient p = base.patient(r);
    Patient.Builder b = p.toBuilder();
    if (p.boneLesions().isKnown()) {
      b.boneLesions(
          base.lesions(
              r,
              1 + r.nextInt(4),
              ReviewCohort::morphology,
              x ->
                  !Double.isNaN(spineShare) && x.nextDouble() < spineShare
                      ? Generators.oneOf(x, org.hccbm.core.lesion.SpinalLevel.values())
                      : Double.isNaN(spineShare)
                          ? Generators.boneLesion(x, "site").site()
                          : nonSpinal(x)));
    }
    if (!Double.isNaN(childPughAShare)) {
      boolean a = r.nextDouble() < childPughAShare;
      b.labs(
          p.labs()
              .with(
                  a
                      ? Bilirubin.mgPerDl(round1(0.3 + 1.6 * r.nextDouble()))
                      : Bilirubin.mgPerDl(round1(2.1 + 3.9 * r.nextDouble())))
              .with(
                  a
                      ? Albumin.gPerDl(round1(3.6 + 1.4 * r.nextDouble()))
                      : Albumin.gPerDl(round1(2.0 + 1.4 * r.nextDouble())))
              .with(
                  Inr.ratio(
                      a
                          ? round2(0.9 + 0.7 * r.nextDouble())
                          : round2(1.0 + 2.0 * r.nextDouble()))));
      b.liver(
          a
              ? LiverBedside.of(Ascites.NONE, Encephalopathy.NONE, false)
              : LiverBedside.of(
                  Generators.oneOf(r, Ascites.MILD, Ascites.MODERATE, Ascites.SEVERE),
                  Generators.oneOf(r, Encephalopathy.values()),
                  false));
    }
    if (ecogWeights.length == 5) {
      b.performanceStatus(PerformanceStatus.of(Ecog.of(weighted(r, ecogWeights))));
    }
    return b.build();
  }

  private static LesionMorphology morphology(RandomGenerator r) {
    double u = r.nextDouble();
    return u < LYTIC
        ? LesionMorphology.LYTIC
        : u < LYTIC + BLASTIC ? LesionMorphology.BLASTIC : LesionMorphology.MIXED;
  }

  private static org.hccbm.core.lesion.SkeletalSite nonSpinal(RandomGenerator r) {
    org.hccbm.core.lesion.SkeletalSite site;
    do {
      site = Generators.boneLesion(r, "site").site();
    } while (site.isSpinal());
    return site;
  }

  private static int weighted(RandomGenerator r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The lesions' morphology shares this generator draws, lytic, blastic, mixed. @return them */
  public static List<Double> morphologyShares() {
    return List.of(LYTIC, BLASTIC, 1 - LYTIC - BLASTIC);
  }
}
