package org.hccbm.models.liver;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;

/**
 * BCLC 2022 stage, with the expected survival the 2022 update prints (liver §4.1, [S]). Label and
 * meaning: bundle keys {@code category.BclcStage.<code>}.
 *
 * @since 0.1.0
 */
public enum BclcStage implements Category {
  /** 0, very early: single ≤ 2 cm, preserved liver function, PS 0. */
  STAGE_0("0"),
  /** A, early: single, or ≤ 3 nodules each ≤ 3 cm; preserved liver function; PS 0. */
  A("A"),
  /** B, intermediate: multinodular beyond A; preserved liver function; PS 0. */
  B("B"),
  /** C, advanced: portal invasion and/or extrahepatic spread; preserved liver function; PS 1–2. */
  C("C"),
  /** D, terminal: end-stage liver function or PS 3–4. */
  D("D");

  private final String code;

  BclcStage(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return Renderer.english().categoryLabel(this);
  }

  @Override
  public String meaning() {
    return Renderer.english().categoryMeaning(this);
  }
}
