package org.hccbm.examples;

import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;

/** The README's treatment-plan example: the plan for fixture patient H-2. */
public final class PlanExample {
  private PlanExample() {}

  /**
   * Prints the plan.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Returns what {@link #main} prints.
   *
   * @return the text
   */
  public static String run() {
    TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(Fixtures.h2());
    return plan.render();
  }
}
