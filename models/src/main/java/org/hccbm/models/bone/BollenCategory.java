package org.hccbm.models.bone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hccbm.core.result.Renderer;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;

/**
 * Bollen categories with median survival (95 % CI) in the derivation cohort (1 043 patients, LUMC
 * 2001–2010; bone §6.2).
 *
 * @since 0.1.0
 */
public enum BollenCategory implements PrognosticCategory {
  /** A. */
  A,
  /** B. */
  B,
  /** C. */
  C,
  /** D. */
  D;

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return Renderer.english().categoryLabel(this);
  }

  @Override
  public String meaning() {
    return Renderer.english().categoryMeaning(this);
  }

  /**
   * Returns the survival bands the cohort figure supports: A (31.2 months) and B (15.4) ≥ 6; C
   * (4.8) 3–6; D (1.6) &lt; 3.
   *
   * @return the bands
   * @since 0.2.0
   */
  @Override
  public Set<SurvivalBand> survivalBands() {
    return Collections.unmodifiableSet(
        switch (this) {
          case A, B -> EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
          case C -> EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS);
          case D -> EnumSet.of(SurvivalBand.UNDER_3_MONTHS);
        });
  }
}
