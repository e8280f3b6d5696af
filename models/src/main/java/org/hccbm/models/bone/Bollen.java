package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Value;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;
import org.hccbm.models.internal.PerformanceItems;

/**
 * Assigns the Bollen category (Bollen 2014; bone §6.2) by the reconstructed flowchart.
 *
 * <pre>
 * Profile        KPS       Visceral/brain   Category
 * favourable     80–100    no               A
 * favourable     80–100    yes              B
 * favourable     10–70     any              C
 * moderate       80–100    —                B
 * moderate       10–70     —                C
 * unfavourable   80–100    —                C
 * unfavourable   10–70     —                D
 * </pre>
 *
 * <p>Status DRAFT: the branch mapping is a reconstruction from the thesis and abstract, and the
 * tumour-to-profile table is not available, so the caller supplies the profile; without it the
 * result is bounded over all three.
 *
 * @since 0.1.0
 */
public final class Bollen implements Score<BollenInput> {
  /** The reconstructed Bollen flowchart. */
  public static final Bollen INSTANCE = new Bollen();

  private static final ModelInfo INFO =
      new ModelInfo(
          "bollen",
          "Bollen",
          "reconstructed flowchart; " + "clinical profile supplied by the caller",
          2,
          ModelStatus.DRAFT,
          "flowchart reconstructed "
              + "from the thesis and abstract (docs/sources.md, bone §6.2 [R]); profile table unavailable",
          new Citation(
              "Bollen L, van der Linden YM, Pondaag W, et al.",
              "Prognostic factors associated with survival in patients with symptomatic spinal "
                  + "bone metastases: a retrospective cohort study of 1 043 patients",
              "Neuro Oncol 16(7):991–998",
              2014,
              "doi:10.1093/neuonc/not318"),
          BollenCategory.class);

  private Bollen() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  @Override
  public BollenInput inputFrom(Patient patient) {
    return BollenInput.from(patient, Observed.unknown());
  }

  /**
   * Returns not applicable: a patient record does not say the primary tumour's clinical profile,
   * and the library cannot assign HCC one (the profile table is unavailable). Use {@code
   * evaluate(BollenInput.from(patient, profile))} with the profile the team assigns.
   *
   * @param patient the patient
   * @return a not-applicable result naming what is missing
   */
  @Override
  public ModelResult evaluate(Patient patient) {
    return NotApplicable.coded(INFO, "bollen.profileFromCaller", List.of());
  }

  @Override
  public ModelResult evaluate(BollenInput in) {
    List<Caveat> caveats =
        new ArrayList<>(
            List.of(Caveat.coded(CaveatKind.UNVERIFIED, "bollen.reconstructedBranches")));
    // A status that is not assessable stays so, with its reason; an unknown one stays unknown.
    Observed<Boolean> goodKps =
        in.performanceStatus() instanceof Observed.NotAssessable<PerformanceStatus> n
            ? Observed.notAssessable(n.reason())
            : Observed.unknown();
    if (in.performanceStatus().known().isPresent()) {
      PerformanceStatus ps = in.performanceStatus().known().get();
      List<Boolean> good =
          ps.karnofskyCandidates(PsConvention.STANDARD).stream()
              .map(k -> k.percent() >= 80)
              .distinct()
              .toList();
      if (ps.karnofskyCandidates(PsConvention.STANDARD).stream().anyMatch(k -> k.percent() == 0)) {
        return NotApplicable.coded(INFO, "kps0Dead", List.of());
      }
      if (ps.nativeScale() == PerformanceStatus.Scale.ECOG) {
        // ECOG 0–4 is two KPS values each (ECOG 5, KPS 0, returned above).
        List<Karnofsky> kps = ps.karnofskyCandidates(PsConvention.STANDARD);
        caveats.add(
            Caveat.coded(
                CaveatKind.CONVERSION,
                "bollen.ecogToKps",
                Value.of(ps.nativeEcog().orElseThrow()),
                Value.of(kps.get(0)),
                Value.of(kps.get(1))));
      }
      goodKps =
          good.size() == 1
              ? Observed.of(good.get(0))
              : Observed.notAssessable(ps + " is KPS 70 or 80, on both sides of the 80 cut");
    }
    // The clinical profile is the caller's (BollenInput.from), not a patient field.
    Choice<ClinicalProfile> profile =
        Choice.of(
            ItemCode.of("clinicalProfile"),
            List.of(),
            in.profile(),
            List.of(ClinicalProfile.values()));
    Choice<Boolean> kps =
        Choice.of(
            ItemCode.of("kps80100"),
            List.of(PerformanceItems.FIELD),
            goodKps,
            List.of(true, false));
    Choice<Boolean> visceral =
        Choice.of(
            ItemCode.of("visceralOrBrainMetastases"),
            List.of("extraskeletalMetastases"),
            in.visceralOrBrain(),
            List.of(false, true));
    return Completions.evaluate(
        INFO,
        List.of(profile, kps, visceral),
        a -> {
          boolean good = a.get(kps);
          return switch (a.get(profile)) {
            case FAVOURABLE ->
                !good
                    ? new Verdict(BollenCategory.C, "bollen.favourableLowKps")
                    : a.get(visceral)
                        ? new Verdict(BollenCategory.B, "bollen.favourableVisceral")
                        : new Verdict(BollenCategory.A, "bollen.favourableNoVisceral");
            case MODERATE ->
                good
                    ? new Verdict(BollenCategory.B, "bollen.moderateHighKps")
                    : new Verdict(BollenCategory.C, "bollen.moderateLowKps");
            case UNFAVOURABLE ->
                good
                    ? new Verdict(BollenCategory.C, "bollen.unfavourableHighKps")
                    : new Verdict(BollenCategory.D, "bollen.unfavourableLowKps");
          };
        },
        caveats);
  }
}
