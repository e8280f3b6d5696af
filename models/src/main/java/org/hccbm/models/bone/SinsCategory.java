package org.hccbm.models.bone;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;
import org.hccbm.models.internal.CategoryTable;

/**
 * SINS categories (bone §4.2). Higher is more unstable; 7–18 warrants surgical consultation.
 *
 * @since 0.1.0
 */
public enum SinsCategory implements Category {
  /** 0–6. */
  STABLE,
  /** 7–12. */
  POTENTIALLY_UNSTABLE,
  /** 13–18. */
  UNSTABLE;

  /** The categories by total; building checks that they cover 0..18 without gaps. */
  private static final CategoryTable<SinsCategory> BY_TOTAL =
      CategoryTable.<SinsCategory>byTotal("SINS total", 0, 18)
          .range(0, 6, STABLE)
          .range(7, 12, POTENTIALLY_UNSTABLE)
          .range(13, 18, UNSTABLE)
          .build();

  /**
   * Returns the category of a total.
   *
   * @param total 0..18
   * @return the category
   */
  public static SinsCategory forTotal(int total) {
    return BY_TOTAL.of(total);
  }

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
   * Returns whether the category warrants a surgical consultation: SINS 7–18, potentially unstable
   * or unstable (Fisher 2010; bone §4.2).
   *
   * @return true for potentially unstable and unstable
   * @since 0.2.0
   */
  public boolean warrantsSurgicalConsultation() {
    return this != STABLE;
  }

  /**
   * Returns whether the segment is unstable: SINS 13–18, surgery before radiotherapy (Fisher 2010;
   * Bilsky, NOMS 2006).
   *
   * @return true for unstable
   * @since 0.2.0
   */
  public boolean unstable() {
    return this == UNSTABLE;
  }
}
