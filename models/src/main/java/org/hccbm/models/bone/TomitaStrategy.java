package org.hccbm.models.bone;

import org.hccbm.core.result.Category;
import org.hccbm.core.result.Renderer;
import org.hccbm.models.internal.CategoryTable;

/**
 * Tomita bands: treatment goal and surgical strategy (bone §2.2). The derivation paper's survival
 * per band was not retrieved and is not shown.
 *
 * @since 0.1.0
 */
public enum TomitaStrategy implements Category {
  /** 2–3. */
  WIDE_OR_MARGINAL_EXCISION,
  /** 4–5. */
  MARGINAL_OR_INTRALESIONAL,
  /** 6–7. */
  PALLIATIVE_SURGERY,
  /** 8–10. */
  SUPPORTIVE_CARE;

  /** The categories by total; building checks that they cover 2..10 without gaps. */
  private static final CategoryTable<TomitaStrategy> BY_TOTAL =
      CategoryTable.<TomitaStrategy>byTotal("Tomita total", 2, 10)
          .range(2, 3, WIDE_OR_MARGINAL_EXCISION)
          .range(4, 5, MARGINAL_OR_INTRALESIONAL)
          .range(6, 7, PALLIATIVE_SURGERY)
          .range(8, 10, SUPPORTIVE_CARE)
          .build();

  /**
   * Returns the band of a total.
   *
   * @param total 2..10
   * @return the band
   */
  public static TomitaStrategy forTotal(int total) {
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
}
