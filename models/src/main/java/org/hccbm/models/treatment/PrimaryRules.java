package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.PRIMARY_AND_OTHER_METASTASES;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.List;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.bone.UkaEligibility;
import org.hccbm.models.liver.BclcStage;

/**
 * The primary HCC and other metastases (seed review; liver spec §10).
 *
 * @since 0.1.0
 */
public final class PrimaryRules {
  /** Control of the intrahepatic HCC. */
  public static final TreatmentRule INTRAHEPATIC_CONTROL = TreatmentRule.of(new RuleInfo(
      "R-PRIM-01", "Most patients die of intrahepatic HCC rather than skeletal complications: "
      + "control the intrahepatic tumour whenever possible", RuleSources.REVIEW, "", "[S]"),
      (c, out) -> {
        Observed<Boolean> controlled = c.patient().primary().control().map(x -> x.controlled());
        Fact fact = new Fact("primary controlled", controlled.toString());
        if (controlled.equals(Observed.of(true))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, OPTION, "Keep the controlled intrahepatic HCC "
              + "under surveillance", fact);
        } else if (controlled.equals(Observed.of(false))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, OPTION, "Treat the intrahepatic HCC (locoregional "
              + "or systemic, as liver function allows): it usually determines survival", fact);
        } else {
          out.add(PRIMARY_AND_OTHER_METASTASES, NEEDS_INFORMATION, "Whether the intrahepatic HCC "
              + "is controlled is unknown: it decides whether treating it comes first", fact);
        }
      });

  /** Uka eligibility for treating extrahepatic metastases. */
  public static final TreatmentRule UKA = TreatmentRule.of(new RuleInfo("R-UKA-01", "Treat "
      + "extrahepatic metastases when hepatic reserve is good (Child–Pugh A), the intrahepatic stage "
      + "is T0–T2 and there is no portal venous invasion", RuleSources.UKA_2007, "", "[S/M]"),
      (c, out) -> c.result("uka-eligibility").ifPresent(r -> {
        List<?> cats = PlanContext.categories(r);
        Fact fact = new Fact("Uka criteria", SurgeryRules.summary(r));
        if (cats.equals(List.of(UkaEligibility.ELIGIBLE))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, OPTION, "Local treatment of the extrahepatic "
              + "metastases (e.g. resection of a solitary metastasis, RT) may improve survival",
              fact);
        } else if (cats.equals(List.of(UkaEligibility.NOT_ELIGIBLE))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, RULED_OUT, "Treating extrahepatic metastases for "
              + "survival: Uka criteria not met — " + reason(r), fact);
        } else if (r instanceof Bounded b) {
          out.add(PRIMARY_AND_OTHER_METASTASES, NEEDS_INFORMATION, "Eligibility for treating "
              + "extrahepatic metastases (Uka) depends on " + String.join(", ", b.decidingItems()),
              fact);
        }
      }));

  /** Systemic therapy for advanced HCC. */
  public static final TreatmentRule SYSTEMIC = TreatmentRule.of(new RuleInfo("R-SYS-01",
      "Bone metastasis makes the HCC advanced (BCLC C) or terminal (D): the team must consider "
      + "systemic therapy for advanced HCC in stage C; stage D is best supportive care",
      RuleSources.REVIEW + "; Reig 2022 (BCLC)", "", "[S]"), (c, out) ->
      c.result("bclc-2022").ifPresent(r -> {
        List<?> stages = PlanContext.categories(r);
        Fact fact = new Fact("BCLC 2022", stages.toString());
        if (stages.equals(List.of(BclcStage.C))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, OPTION, "Systemic therapy for advanced HCC (BCLC "
              + "C), chosen by the team with the liver function", fact);
        } else if (stages.equals(List.of(BclcStage.D))) {
          out.add(PRIMARY_AND_OTHER_METASTASES, RULED_OUT, "Systemic anticancer therapy: BCLC D "
              + "(terminal) — best supportive care", fact);
        } else {
          out.add(PRIMARY_AND_OTHER_METASTASES, NEEDS_INFORMATION, "Systemic therapy for "
              + "advanced HCC: the BCLC stage is not determined " + stages, fact);
        }
      }));

  /** Every primary-and-metastases rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(INTRAHEPATIC_CONTROL, UKA, SYSTEMIC);

  private PrimaryRules() {}

  private static String reason(ModelResult r) {
    return r instanceof org.hccbm.core.result.Complete c ? c.item("Rule applied").band() : "";
  }
}
