package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.models.Score;
import org.hccbm.models.internal.ItemTable;
import org.hccbm.models.internal.PerformanceItems;
import org.hccbm.models.internal.PointScore;
import org.hccbm.models.internal.PointScore.Part;

/**
 * Computes the HCC spinal-metastasis graded prognostic assessment (Rim 2017; bone §7). Higher is
 * worse, unlike Sperduto's GPA.
 *
 * <pre>
 * Factor                                   0        1        2
 * ECOG performance status                  0–2      3–4      —
 * Primary HCC controlled                   yes      —        no
 * Extrahepatic metastases other than bone  no       yes      —
 * Low 0 · intermediate 1–2 · high 3–4
 * </pre>
 *
 * <p>Derived in RT-treated patients with spinal metastasis; applied elsewhere it carries a caveat.
 * "Controlled primary" is taken as recorded, with the recorder's definition (the paper's was not
 * retrieved, bone §13.5).
 *
 * @since 0.1.0
 */
public final class HccSmGpa implements Score<HccSmGpaInput> {
  /** The HCC-SM GPA. */
  public static final HccSmGpa INSTANCE = new HccSmGpa();

  private static final ModelInfo INFO =
      new ModelInfo(
          "hcc-sm-gpa",
          "HCC-SM GPA",
          "",
          1,
          ModelStatus.VERIFIED,
          "reproduces worked examples G-1…G-5 (docs/sources.md, bone §7.3) and H-1/H-2 "
              + "(§11); points [V1]",
          new Citation(
              "Rim CH, Choi C, Choi J, Seong J.",
              "Establishment of a disease-specific graded prognostic assessment for hepatocellular "
                  + "carcinoma patients with spinal metastasis",
              "Gut Liver 11(4):535–542",
              2017,
              "doi:10.5009/gnl16486"),
          HccSmGpaGroup.class);

  private static final ItemCode ECOG = ItemCode.of("ecogPerformanceStatus");
  private static final PerformanceItems.Band ECOG_0_2 =
      new PerformanceItems.Band(PerformanceItems.ecog(0, 2), 0);
  private static final PerformanceItems.Band ECOG_3_4 =
      new PerformanceItems.Band(PerformanceItems.ecog(3, 4), 1);

  private static final ItemTable<Boolean> CONTROL =
      ItemTable.yesNo(
          ItemCode.of("primaryHccControlled"), "primary.control", "yes", 0, "no", 2, true);
  private static final ItemTable<Boolean> EXTRAHEPATIC =
      ItemTable.yesNo(
          ItemCode.of("extrahepaticMetastasesOtherThanBone"),
          "extraskeletalMetastases",
          "yes",
          1,
          "no",
          0,
          false);

  private HccSmGpa() {}

  @Override
  public ModelInfo info() {
    return INFO;
  }

  private static final Caveat VALIDATION_COHORT =
      Caveat.coded(CaveatKind.HISTORICAL_FIGURES, "hccSmGpa.validationCohort");

  @Override
  public HccSmGpaInput inputFrom(Patient patient) {
    return HccSmGpaInput.from(patient);
  }

  @Override
  public ModelResult evaluate(Patient patient) {
    ModelResult result = evaluate(inputFrom(patient));
    if (BoneFacts.vertebralCount(patient).equals(Observed.of(0))) {
      List<Caveat> caveats = new ArrayList<>(result.caveats());
      caveats.add(
          Caveat.coded(CaveatKind.OUTSIDE_DERIVATION_POPULATION, "hccSmGpa.noVertebralLesion"));
      return ScoreCaveats.with(result, caveats);
    }
    return result;
  }

  @Override
  public ModelResult evaluate(HccSmGpaInput in) {
    List<Caveat> caveats = new ArrayList<>(3);
    caveats.add(VALIDATION_COHORT);
    if (in.performanceStatus() instanceof Observed.Known<PerformanceStatus> p
        && p.value().nativeEcog().equals(java.util.Optional.of(Ecog.DEAD))) {
      return NotApplicable.coded(INFO, "ecog5Dead", List.of());
    }
    Part ecog =
        PerformanceItems.ecog(
            ECOG,
            in.performanceStatus(),
            e -> e.grade() <= 2 ? ECOG_0_2 : ECOG_3_4,
            List.of(0, 1),
            caveats);
    return PointScore.evaluate(
        INFO,
        List.of(
            ecog,
            CONTROL.part(in.primaryControlled()),
            EXTRAHEPATIC.part(in.extrahepaticOtherThanBone())),
        HccSmGpaGroup::forTotal,
        caveats);
  }
}
