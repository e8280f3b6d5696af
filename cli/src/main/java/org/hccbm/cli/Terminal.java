package org.hccbm.cli;

import java.nio.charset.StandardCharsets;

/**
 * Makes input text safe to echo: a document's strings may hold escape sequences, line breaks or
 * bidirectional controls that would forge or hide report lines on a terminal. Each such character
 * is shown as its JSON escape ({@code \u001B}, {@code \n}).
 */
final class Terminal {
  private Terminal() {}

  /** Returns whether a character must not reach a terminal raw. */
  static boolean unsafe(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Returns the text with every unsafe character escaped (one line, whatever the input).
   *
   * @param s the text
   * @return the safe text
   */
  static String safe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(
            switch (c) {
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              default -> String.format("\\u%04X", (int) c);
            });
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Rewrites a JSON document so that no string in it decodes to an unsafe character: an escape that
   * would ({@code \n}, {@code \u001b}) gets its backslash doubled, and an unsafe character written
   * raw (a C1 control, a bidirectional override) becomes an escaped backslash sequence. The strings
   * then hold the visible escape text. Used before rendering text for a terminal; the document's
   * structure and every other value are unchanged.
   *
   * @param json the document, UTF-8
   * @return the rewritten document
   */
  static byte[] defang(byte[] json) {
    String s = new String(json, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        if ("nrtbf".indexOf(e) >= 0) {
          out.append("\\\\").append(e);
          i++;
          continue;
        }
        if (e == 'u' && i + 5 < s.length()) {
          try {
            int cp = Integer.parseInt(s.substring(i + 2, i + 6), 16);
            if (unsafe(cp)) {
              out.append("\\\\u").append(s, i + 2, i + 6);
              i += 5;
              continue;
            }
          } catch (NumberFormatException ignored) {
            // not an escape the parser accepts either; left for it to report
          }
        }
        out.append(c).append(e);
        i++;
      } else if (c >= 0x20 && unsafe(c)) {
        out.append(String.format("\\\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
