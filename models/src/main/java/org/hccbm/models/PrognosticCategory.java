package org.hccbm.models;

import java.util.Set;
import org.hccbm.core.result.Category;

/**
 * A prognostic model's category that states the expected-survival bands its derivation-cohort
 * figure supports. A cohort median is not a cut-off: about half of the cohort lived longer
 * (planner-safety PS-14), so a median near a band's edge supports both bands.
 *
 * @since 0.2.0
 */
public interface PrognosticCategory extends Category {
  /**
   * Returns the survival bands the category's cohort figure supports.
   *
   * @return one or more bands
   */
  Set<SurvivalBand> survivalBands();
}
