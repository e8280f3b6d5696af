package org.hccbm.models.bone;

import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.evidence.Citation;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.Score;
import org.hccbm.models.internal.Choice;
import org.hccbm.models.internal.Completions;
import org.hccbm.models.internal.Completions.Verdict;
import org.hccbm.models.liver.ChildPughClass;

/**
 * Checks the Uka 2007 criteria for treating extrahepatic metastases (liver §10).
 *
 * <pre>
 * Eligible when all hold: (1) good hepatic reserve (Child–Pugh A);
 * (2) intrahepatic stage LCSGJ T0–T2; (3) no portal venous invasion (Vp ≤ threshold; default Vp0).
 * </pre>
 *
 * <p>"No portal venous invasion" could mean Vp0 or "not Vp3–4" (the paper's own cut-off was Vp0–2
 * vs Vp3–4; U-15): the threshold is a parameter, Vp0 by default (the stricter reading), Vp2 as
 * {@link #VP_0_TO_2}. Status DRAFT: the recommendation sentence was not retrieved ([S/M]).
 *
 * @since 0.1.0
 */
public final class Uka implements Score<UkaInput> {
  /** Default: only Vp0 counts as no portal venous invasion. */
  public static final Uka INSTANCE = new Uka(PortalVeinInvasion.VP0);

  /** Variant: Vp0–Vp2 count as no portal venous invasion. */
  public static final Uka VP_0_TO_2 = new Uka(PortalVeinInvasion.VP2);

  private final PortalVeinInvasion maxVp;
  private final ModelInfo info;

  private Uka(PortalVeinInvasion maxVp) {
    this.maxVp = maxVp;
    this.info =
        new ModelInfo(
            "uka-eligibility",
            "Uka criteria",
            "no portal venous invasion = "
                + (maxVp == PortalVeinInvasion.VP0 ? "Vp0 (default, stricter)" : "Vp0–" + maxVp),
            2,
            ModelStatus.DRAFT,
            "criteria stated by the seed review and secondary citations; the "
                + "paper's recommendation sentence was not retrieved (U-15)",
            new Citation(
                "Uka K, Aikata H, Takaki S, et al.",
                "Clinical features and prognosis of patients with extrahepatic metastases from "
                    + "hepatocellular carcinoma",
                "World J Gastroenterol 13(3):414–420",
                2007,
                "doi:10.3748/wjg.v13.i3.414"),
            UkaEligibility.class);
  }

  /**
   * Returns the criteria with another Vp threshold.
   *
   * @param maxVp the highest Vp grade that counts as no portal venous invasion
   * @return the model
   */
  public static Uka withMaximumVp(PortalVeinInvasion maxVp) {
    return maxVp == PortalVeinInvasion.VP0
        ? INSTANCE
        : maxVp == PortalVeinInvasion.VP2 ? VP_0_TO_2 : new Uka(maxVp);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public UkaInput inputFrom(Patient patient) {
    return UkaInput.from(patient);
  }

  @Override
  public ModelResult evaluate(UkaInput in) {
    List<Caveat> caveats =
        new ArrayList<>(List.of(Caveat.coded(CaveatKind.ASSUMPTION, "uka.readings")));
    Choice<ChildPughClass> liver =
        Choice.derived(ItemCode.of("childPughClass"), ChildPughClass.class, in.childPughClasses());
    Choice<LcsgjT> t =
        Choice.of(
            ItemCode.of("intrahepaticStageLcsgj"),
            List.of("primary.nodules", "primary.macrovascularInvasion"),
            in.intrahepaticT(),
            List.of(LcsgjT.values()));
    Choice<PortalVeinInvasion> vp =
        Choice.of(
            ItemCode.of("portalVeinInvasion"),
            List.of("primary.portalVeinInvasion"),
            in.portalVeinInvasion(),
            List.of(PortalVeinInvasion.values()));
    return Completions.evaluate(
        info,
        List.of(liver, t, vp),
        a -> {
          if (a.get(liver) != ChildPughClass.A) {
            return new Verdict(
                UkaEligibility.NOT_ELIGIBLE, "uka.hepaticReserve", Value.of(a.get(liver)));
          }
          if (a.get(t).compareTo(LcsgjT.T2) > 0) {
            return new Verdict(
                UkaEligibility.NOT_ELIGIBLE, "uka.intrahepaticStage", Value.of(a.get(t)));
          }
          if (a.get(vp).compareTo(maxVp) > 0) {
            return new Verdict(
                UkaEligibility.NOT_ELIGIBLE,
                "uka.portalVein",
                Value.of(a.get(vp)),
                Value.of(maxVp));
          }
          return new Verdict(
              UkaEligibility.ELIGIBLE, "uka.eligible", Value.of(a.get(t)), Value.of(a.get(vp)));
        },
        caveats);
  }
}
