package org.hccbm.models.liver;

import org.hccbm.core.result.Category;

/**
 * BCLC 2022 stage, with the expected survival the 2022 update prints (liver §4.1, [S]).
 *
 * @since 0.1.0
 */
public enum BclcStage implements Category {
  /** 0, very early: single ≤ 2 cm, preserved liver function, PS 0. */
  STAGE_0("0", "very early", "expected survival > 5 years"),
  /** A, early: single, or ≤ 3 nodules each ≤ 3 cm; preserved liver function; PS 0. */
  A("A", "early", "expected survival > 5 years"),
  /** B, intermediate: multinodular beyond A; preserved liver function; PS 0. */
  B("B", "intermediate", "expected survival > 2.5 years"),
  /** C, advanced: portal invasion and/or extrahepatic spread; preserved liver function; PS 1–2. */
  C("C", "advanced", "expected survival > 2 years"),
  /** D, terminal: end-stage liver function or PS 3–4. */
  D("D", "terminal", "expected survival ≈ 3 months");

  private final String code;
  private final String name;
  private final String meaning;

  BclcStage(String code, String name, String meaning) {
    this.code = code;
    this.name = name;
    this.meaning = meaning;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return "BCLC stage " + code + " (" + name + ")";
  }

  @Override
  public String meaning() {
    return meaning + " (BCLC 2022 figure; historical group figure, not an individual prediction)";
  }
}
