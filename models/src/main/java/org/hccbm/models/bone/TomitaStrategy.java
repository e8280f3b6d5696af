package org.hccbm.models.bone;

import org.hccbm.core.result.Category;

/**
 * Tomita bands: treatment goal and surgical strategy (bone §2.2). The derivation paper's
 * survival per band was not retrieved and is not shown.
 *
 * @since 0.1.0
 */
public enum TomitaStrategy implements Category {
  /** 2–3. */
  WIDE_OR_MARGINAL_EXCISION("2–3", "long-term local control: wide or marginal excision (e.g. total "
      + "en-bloc spondylectomy)"),
  /** 4–5. */
  MARGINAL_OR_INTRALESIONAL("4–5", "middle-term local control: marginal or intralesional excision"),
  /** 6–7. */
  PALLIATIVE_SURGERY("6–7", "short-term palliation: palliative surgery"),
  /** 8–10. */
  SUPPORTIVE_CARE("8–10", "terminal care: non-operative supportive care");

  private final String range;
  private final String meaning;

  TomitaStrategy(String range, String meaning) {
    this.range = range;
    this.meaning = meaning;
  }

  /**
   * Returns the band of a total.
   *
   * @param total 2..10
   * @return the band
   */
  public static TomitaStrategy forTotal(int total) {
    return total <= 3 ? WIDE_OR_MARGINAL_EXCISION : total <= 5 ? MARGINAL_OR_INTRALESIONAL
        : total <= 7 ? PALLIATIVE_SURGERY : SUPPORTIVE_CARE;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return "Tomita " + range;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
