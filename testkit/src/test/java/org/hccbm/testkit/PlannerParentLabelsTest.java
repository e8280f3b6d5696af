package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.junit.jupiter.api.Test;

/**
 * PS-28: a dependent option under two or more parents that are not yet options names them in the
 * order plans have always named them (the planner keeps that order while no longer keying its
 * verdicts by text; docs/performance.md, "Planner (branch ps)").
 */
class PlannerParentLabelsTest {
  private static PlanItem embolisation(long seed, String lesion) {
    TreatmentPlan plan =
        TreatmentPlanner.DEFAULT.plan(Generators.planningPatient(new SplittableRandom(seed)));
    return plan.byRule("R-SX-EMB").stream()
        .filter(i -> i.subject().id().equals(lesion))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ps28_twoParentsWithCautions_namedInThePublishedOrder() {
    PlanItem item = embolisation(64, "lesion-1");
    assertThat(item.kind()).isEqualTo(PlanItem.Kind.CAUTION);
    assertThat(item.text())
        .endsWith(
            "— not yet an option: open surgery or minimally invasive surgery has cautions to meet"
                + " first");
  }

  @Test
  void ps28_twoParentsNeedingInformation_namedInThePublishedOrder() {
    PlanItem item = embolisation(2064, "lesion-2");
    assertThat(item.kind()).isEqualTo(PlanItem.Kind.NEEDS_INFORMATION);
    assertThat(item.text())
        .endsWith(
            "— not yet an option: open surgery or minimally invasive surgery needs information"
                + " first");
  }
}
