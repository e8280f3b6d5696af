package org.hccbm.core.result;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * A test pseudo-locale: every string of the English bundle wrapped in ⟦…⟧, so a rendering in which
 * some text lies outside the brackets shows a word that did not come from the bundle.
 */
final class PseudoLocale extends ResourceBundle {
  private final ResourceBundle english = Renderer.englishBundle();

  PseudoLocale() {}

  @Override
  protected Object handleGetObject(String key) {
    return english.containsKey(key) ? "⟦" + english.getString(key) + "⟧" : null;
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(english.keySet());
  }

  /**
   * Returns what is left of a rendering when every bracketed bundle string is removed.
   *
   * @param rendering the pseudo-locale rendering
   * @return the text outside every ⟦…⟧
   */
  static String outsideBundle(String rendering) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < rendering.length(); i++) {
      char c = rendering.charAt(i);
      if (c == '⟦') {
        depth++;
      } else if (c == '⟧') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
