package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.PRIMARY_AND_OTHER_METASTASES;
import static org.hccbm.models.treatment.GateCheck.Outcome.FAIL;
import static org.hccbm.models.treatment.GateCheck.Outcome.UNKNOWN;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.OPTION;
import static org.hccbm.models.treatment.PlanItem.Kind.RULED_OUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Afp;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.MetastasisPattern;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.UkaEligibility;
import org.hccbm.models.liver.BclcStage;

/**
 * The primary HCC and other metastases (seed review; liver §10; planner-safety §6): systemic
 * therapy by Child–Pugh and ECOG, locoregional liver therapy outside BCLC D and Child–Pugh C, Uka
 * only for its selected profile.
 *
 * @since 0.1.0
 */
// Transitional: not yet converted to coded wording (issue 13, docs/decisions/0020); its items
// go through the deprecated legacy adapters.
@SuppressWarnings("deprecation")
final class PrimaryRules {
  /** Systemic therapy: Child–Pugh (A; B7 selected; B8–9 trial or BSC; C no) and ECOG 0–1. */
  public static final Preconditions SYSTEMIC_GATES =
      Preconditions.of(
          Intervention.SYSTEMIC_THERAPY, Gates.LIVER_FOR_SYSTEMIC, Gates.PERFORMANCE_FOR_SYSTEMIC);

  /**
   * Locoregional liver therapy: BCLC stage, Child–Pugh, Vp4 for TACE; and, as a catheter or needle
   * procedure, haemostasis, antithrombotics and liver function (PS-1 to PS-3).
   */
  public static final Preconditions LOCOREGIONAL_GATES =
      Preconditions.of(
          Intervention.LOCOREGIONAL_LIVER_THERAPY,
          Gates.STAGE_FOR_LOCOREGIONAL,
          Gates.haemostasis(false),
          Gates.ANTITHROMBOTICS,
          Gates.liverForProcedure(true));

  /** R-PRIM-01: control of the intrahepatic HCC, locoregionally when stage and liver allow. */
  public static final TreatmentRule INTRAHEPATIC_CONTROL =
      TreatmentRule.of(
          new RuleInfo(
              "R-PRIM-01",
              "Most patients die of intrahepatic HCC rather than skeletal complications: "
                  + "control the intrahepatic tumour whenever possible; locoregional therapy not usually in BCLC "
                  + "D or Child–Pugh C (clinical judgement); no TACE with Child–Pugh ≥ B8 or Vp4",
              RuleSources.REVIEW + "; " + RuleSources.TACE_CI,
              "",
              "[S]; BCLC D / Child–Pugh C [M]"),
          (c, out) -> {
            Observed<Boolean> controlled = c.patient().primary().control().map(x -> x.controlled());
            Fact fact = Fact.legacy("primary controlled", controlled.toString());
            if (controlled.equals(Observed.of(true))) {
              out.add(
                  PRIMARY_AND_OTHER_METASTASES,
                  OPTION,
                  "Keep the controlled intrahepatic HCC " + "under surveillance",
                  fact);
              return;
            }
            List<GateCheck> criteria =
                controlled.isKnown()
                    ? List.of()
                    : List.of(
                        GateCheck.criterion(UNKNOWN, "whether the intrahepatic HCC is controlled"));
            out.verdict(
                PRIMARY_AND_OTHER_METASTASES,
                LOCOREGIONAL_GATES,
                Optional.empty(),
                "Locoregional treatment of the intrahepatic HCC (TACE, TARE or ablation, as the liver "
                    + "team judges): it usually determines survival",
                criteria,
                fact);
          });

  /**
   * R-UKA-01 and PS-24: local treatment of extrahepatic metastases for survival only for the
   * selected profile (Uka eligible) with ECOG 0–1 and limited extrahepatic disease.
   */
  public static final TreatmentRule UKA =
      TreatmentRule.of(
          new RuleInfo(
              "R-UKA-01",
              "Treat "
                  + "extrahepatic metastases when hepatic reserve is good (Child–Pugh A), the intrahepatic stage "
                  + "is T0–T2 and there is no portal venous invasion; only with ECOG 0–1 and limited "
                  + "extrahepatic disease",
              RuleSources.UKA_2007,
              "",
              "[S/M]; limited disease: clinical " + "judgement"),
          (c, out) ->
              c.result(Uka.INSTANCE)
                  .ifPresent(
                      r -> {
                        List<UkaEligibility> cats = r.possibleCategories(UkaEligibility.class);
                        Fact fact = Fact.legacy("Uka criteria", SurgeryRules.summary(r));
                        List<Ecog> ecog = c.ecog();
                        boolean disseminated =
                            c.patient()
                                .extraskeletalMetastases()
                                .known()
                                .map(
                                    list ->
                                        list.stream()
                                            .anyMatch(
                                                m ->
                                                    m.pattern()
                                                        .equals(
                                                            Observed.of(
                                                                MetastasisPattern.DISSEMINATED))))
                                .orElse(false);
                        if (cats.equals(List.of(UkaEligibility.NOT_ELIGIBLE))) {
                          String why = reason(r);
                          out.add(
                              PRIMARY_AND_OTHER_METASTASES,
                              RULED_OUT,
                              "Treating extrahepatic metastases for "
                                  + "survival: Uka criteria not met"
                                  + (why.isEmpty() ? "" : " — " + why),
                              fact);
                        } else if (disseminated || ecog.stream().allMatch(e -> e.grade() >= 2)) {
                          out.add(
                              PRIMARY_AND_OTHER_METASTASES,
                              RULED_OUT,
                              "Treating extrahepatic metastases for "
                                  + "survival: outside the selected profile ("
                                  + (disseminated
                                      ? "disseminated " + "extrahepatic disease"
                                      : "ECOG ≥ 2")
                                  + ")",
                              fact);
                        } else if (cats.size() > 1) {
                          out.add(
                              PRIMARY_AND_OTHER_METASTASES,
                              NEEDS_INFORMATION,
                              "Eligibility for treating "
                                  + "extrahepatic metastases (Uka) depends on "
                                  + String.join(
                                      ", ",
                                      r.<List<String>>fold(
                                          x -> List.of(), Bounded::decidingItems, x -> List.of()))
                                  + " (an unrecorded portal-vein invasion is not read as Vp0)",
                              fact);
                        } else if (!ecog.stream().allMatch(e -> e.grade() <= 1)) {
                          out.add(
                              PRIMARY_AND_OTHER_METASTASES,
                              NEEDS_INFORMATION,
                              "Treating extrahepatic "
                                  + "metastases for survival needs ECOG 0–1: performance status unknown",
                              fact);
                        } else if (cats.equals(List.of(UkaEligibility.ELIGIBLE))) {
                          out.add(
                              PRIMARY_AND_OTHER_METASTASES,
                              OPTION,
                              "Local treatment of the extrahepatic "
                                  + "metastases (e.g. resection of a solitary metastasis, RT) may improve survival in "
                                  + "the selected profile (Child–Pugh A, T0–T2, no portal invasion, ECOG 0–1), if the "
                                  + "team judges the extrahepatic disease limited (clinical judgement)",
                              fact);
                        }
                      }));

  /**
   * R-SYS-01 and PS-22: systemic therapy for advanced HCC by Child–Pugh and ECOG; named agents as
   * information; varices before bevacizumab; jaw osteonecrosis with a BTA and an anti-angiogenic.
   */
  public static final TreatmentRule SYSTEMIC =
      TreatmentRule.of(
          new RuleInfo(
              "R-SYS-01",
              "First-line systemic therapy for Child–Pugh A and ECOG 0–1; B7 selected patients; B8–9 "
                  + "clinical trial or best supportive care; C no; BCLC D best supportive care",
              RuleSources.AASLD_2023 + "; " + RuleSources.REVIEW + "; " + RuleSources.AAOMS_2022,
              "",
              "[V] (Child–Pugh A, ECOG 0–1, named first line, endoscopy); [M] (B, second line)"),
          (c, out) -> {
            List<BclcStage> stages = c.bclcStages();
            Fact fact = Fact.legacy("BCLC 2022", stages.isEmpty() ? "unknown" : stages.toString());
            List<GateCheck> criteria = new ArrayList<>();
            if (stages.equals(List.of(BclcStage.D))) {
              criteria.add(GateCheck.criterion(FAIL, "BCLC D (terminal): best supportive care"));
            }
            out.verdict(
                PRIMARY_AND_OTHER_METASTASES,
                SYSTEMIC_GATES,
                Optional.empty(),
                "First-line "
                    + "systemic therapy for advanced HCC, chosen by the team (for information: "
                    + "atezolizumab–bevacizumab or durvalumab–tremelimumab preferred by AASLD 2023; "
                    + "lenvatinib or sorafenib; second line regorafenib, cabozantinib, ramucirumab when "
                    + "AFP ≥ 400 ng/mL [M: clinical judgement])",
                criteria,
                fact);
            List<Intervention> sys = List.of(Intervention.SYSTEMIC_THERAPY);
            Optional<Double> afp =
                c.patient()
                    .labs()
                    .afp()
                    .known()
                    .or(() -> c.patient().primary().afp().known())
                    .map(Afp::inNgPerMl);
            afp.filter(a -> a >= 400)
                .ifPresent(
                    a ->
                        out.dependent(
                            PRIMARY_AND_OTHER_METASTASES,
                            PlanItem.Kind.CAUTION,
                            PlanItem.PATIENT,
                            sys,
                            "AFP ≥ 400 ng/mL: ramucirumab is a "
                                + "second-line option [M: clinical judgement]",
                            Fact.legacy("AFP", org.hccbm.core.Decimals.shown(a) + " ng/mL")));
            out.dependent(
                PRIMARY_AND_OTHER_METASTASES,
                PlanItem.Kind.CAUTION,
                PlanItem.PATIENT,
                sys,
                "Before bevacizumab: upper endoscopy for varices (AASLD 2023)");
            out.dependent(
                PRIMARY_AND_OTHER_METASTASES,
                PlanItem.Kind.CAUTION,
                PlanItem.PATIENT,
                sys,
                "A bone-targeting agent with an anti-angiogenic agent raises the risk of "
                    + "osteonecrosis of the jaw (AAOMS 2022)");
          });

  /** PS-15: the BCLC stage's survival figure is not a bone-metastasis prognosis. */
  public static final TreatmentRule BCLC_FIGURE =
      TreatmentRule.of(
          new RuleInfo(
              "R-BCLC-01",
              "The BCLC stage's expected survival comes from the BCLC population, not from patients with "
                  + "bone metastasis (seed Table 2: median OS after BM 3.0–11.7 months)",
              RuleSources.REVIEW,
              "",
              "[S]"),
          (c, out) -> {
            List<BclcStage> stages = c.bclcStages();
            if (stages.size() == 1
                && (stages.get(0) == BclcStage.C
                    || stages.get(0) == BclcStage.B
                    || stages.get(0) == BclcStage.A)) {
              out.add(
                  PRIMARY_AND_OTHER_METASTASES,
                  PlanItem.Kind.CAUTION,
                  "BCLC "
                      + stages.get(0)
                      + ": the stage's survival figure ("
                      + stages.get(0).meaning()
                      + ") is from the BCLC "
                      + "population, not specific to bone metastasis (seed Table 2: median OS after bone "
                      + "metastasis 3.0–11.7 months)",
                  Fact.legacy("BCLC 2022", stages.get(0).name()));
            }
          });

  /** Every primary-and-metastases rule, in order. */
  public static final List<TreatmentRule> ALL =
      List.of(INTRAHEPATIC_CONTROL, SYSTEMIC, UKA, BCLC_FIGURE);

  private PrimaryRules() {}

  private static String reason(ModelResult r) {
    return r.fold(c -> c.item("Rule applied").bandText(), b -> "", n -> "");
  }
}
