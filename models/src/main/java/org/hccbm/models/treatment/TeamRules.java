package org.hccbm.models.treatment;

import static org.hccbm.models.treatment.Domain.TEAM;
import static org.hccbm.models.treatment.PlanItem.Kind.NEEDS_INFORMATION;
import static org.hccbm.models.treatment.PlanItem.Kind.TEAM_MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;

/**
 * The multidisciplinary team (liver spec §15): core members always, others on their triggers.
 *
 * @since 0.1.0
 */
public final class TeamRules {
  /** R-MDT-01: the core members. */
  public static final TreatmentRule CORE = TreatmentRule.of(new RuleInfo("R-MDT-01", "Core "
      + "members: treating oncologist and hepatologist, radiologist, radiation oncologist, "
      + "orthopaedic/spine surgeon, palliative care, pathologist", RuleSources.MDT,
      "", "[V] (generic list); [M] (hepatology for HCC)"), (c, out) -> {
        for (String member : List.of("medical oncologist / hepatologist", "radiologist",
            "radiation oncologist", "orthopaedic or spine surgeon", "palliative care",
            "pathologist")) {
          out.add(TEAM, TEAM_MEMBER, member);
        }
      });

  /** R-MDT-02 and triggers: members the case needs. */
  public static final TreatmentRule TRIGGERED = TreatmentRule.of(new RuleInfo("R-MDT-02",
      "Extended members on their triggers: dentist before a BTA; neurologist or neurosurgeon for "
      + "cord compression or a neurological deficit; spine surgeon for SINS ≥ 7; orthopaedic "
      + "surgeon for Mirels ≥ 8; interventional radiologist for embolisation; hepatobiliary "
      + "surgeon and interventional radiologist for the HCC", RuleSources.MDT, "", "[V]/[M]"),
      (c, out) -> {
        if (!c.survival().atLeast(3).equals(Optional.of(false))) {
          out.add(TEAM, TEAM_MEMBER, "dentist (before a bone-targeting agent)");
        }
        if (c.cordCompression().equals(Observed.of(true))
            || c.neurologicalDeficit().equals(Observed.of(true))) {
          out.add(TEAM, TEAM_MEMBER, "neurologist / neurosurgeon (cord compression or "
              + "neurological deficit)", new Fact("Frankel", c.patient().frankel().toString()));
          out.add(TEAM, TEAM_MEMBER, "MSCC coordinator (cord compression pathway)");
        }
        if (c.perLesion("sins").stream().anyMatch(e -> atLeast(e.result(), 7))) {
          out.add(TEAM, TEAM_MEMBER, "spine surgeon (SINS ≥ 7)");
        }
        if (c.perLesion("mirels").stream().anyMatch(e -> atLeast(e.result(), 8))) {
          out.add(TEAM, TEAM_MEMBER, "orthopaedic surgeon (Mirels ≥ 8)");
        }
        if (SurgeryRules.surgicalIndication(c) || !c.painfulLesions().isEmpty()) {
          out.add(TEAM, TEAM_MEMBER, "interventional radiologist (embolisation)");
        }
        out.add(TEAM, TEAM_MEMBER, "hepatobiliary surgeon / interventional radiologist for the "
            + "intrahepatic HCC");
      });

  /** R-MDT-04: the inputs an MDT decision should record. */
  public static final TreatmentRule RECORD = TreatmentRule.of(new RuleInfo("R-MDT-04",
      "MDT decisions should record ECOG/KPS, Child–Pugh/ALBI, BCLC, intrahepatic control, "
      + "SINS/neurological status, expected survival and renal function", RuleSources.MDT,
      "", "[policy]"), (c, out) -> {
        List<String> missing = new ArrayList<>();
        if (!c.patient().performanceStatus().isKnown()) {
          missing.add("performance status");
        }
        if (c.result("child-pugh").map(r -> !(r instanceof Complete)).orElse(true)) {
          missing.add("complete Child–Pugh items");
        }
        if (!c.patient().primary().control().isKnown()) {
          missing.add("intrahepatic control");
        }
        if (!c.patient().frankel().isKnown()) {
          missing.add("neurological status (Frankel)");
        }
        if (c.survival().bands().size() > 1) {
          missing.add("inputs that would settle the expected survival");
        }
        List<String> crcl = new ArrayList<>();
        if (CockcroftGault.clearance(c.patient(), crcl).isEmpty()) {
          missing.add("renal function (" + String.join(", ", crcl) + ")");
        }
        if (!missing.isEmpty()) {
          out.add(TEAM, NEEDS_INFORMATION, "Record before the MDT: " + String.join("; ", missing));
        }
      });

  /** Every team rule, in order. */
  public static final List<TreatmentRule> ALL = List.of(CORE, TRIGGERED, RECORD);

  private TeamRules() {}

  private static boolean atLeast(ModelResult r, double total) {
    return r instanceof Complete c ? c.totalValue() >= total
        : r instanceof Bounded b && b.totalRange().min() >= total;
  }
}
