package org.hccbm.report.svg;

import java.util.Locale;

/**
 * The colours the pictures use, each with what it means. The data colours are dark enough to reach
 * a contrast of at least 4.5:1 against the white page (WCAG 2 relative luminance), so a mark or a
 * label in them stays readable; no colour is the only carrier of a meaning, a text label always
 * goes with it.
 */
final class Palette {
  /** The page the pictures are drawn for. */
  static final String BACKGROUND = "#ffffff";

  /** Text. */
  static final String INK = "#1f1f1f";

  /** Lowest tier: SINS stable, Mirels radiotherapy and observation; negative test result. */
  static final String LOW = "#1f5fa8";

  /** Middle tier: SINS potentially unstable, Mirels clinical judgement. */
  static final String MIDDLE = "#9a5200";

  /** Highest tier: SINS unstable, Mirels prophylactic fixation; positive test result. */
  static final String HIGH = "#b3261e";

  /** A bounded (incompletely scored) or unscored lesion; a secondary band. */
  static final String GREY = "#5f6368";

  /** The chosen row, axes and symbols. */
  static final String EMPHASIS = "#1f1f1f";

  /** The skeleton drawing: fill and outline (decoration, not data). */
  static final String BONE_FILL = "#eceff1";

  /** The skeleton drawing's outline. */
  static final String BONE_LINE = "#90a4ae";

  private Palette() {}

  /**
   * Returns the WCAG 2 contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter
   * relative luminance.
   */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** Returns the WCAG 2 relative luminance of a colour written #rrggbb. */
  static double luminance(String hex) {
    if (!hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour must be #rrggbb, was " + hex);
    }
    int rgb = Integer.parseInt(hex.substring(1).toLowerCase(Locale.ROOT), 16);
    return 0.2126 * channel((rgb >> 16) & 0xff)
        + 0.7152 * channel((rgb >> 8) & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
