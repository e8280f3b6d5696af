package org.hccbm.report.svg;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;

/**
 * A small writer of SVG markup. Every text and attribute value goes through Guava's XML escapers;
 * numbers are written with a fixed locale and at most two decimals, so the output is the same on
 * every machine.
 */
public final class Svg {
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private final StringBuilder out = new StringBuilder(4096);

  private Svg(double width, double height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\"><title>")
        .append(TEXT.escape(title))
        .append("</title>");
  }

  /** Starts a picture of the given size (in CSS pixels) with its accessible title. */
  public static Svg start(double width, double height, String title) {
    return new Svg(width, height, title);
  }

  /**
   * Opens an element; {@code attributes} alternate name and value. The caller closes it with {@link
   * #close(String)} or uses {@link #empty(String, Object...)}.
   */
  public Svg open(String element, Object... attributes) {
    tag(element, attributes);
    out.append('>');
    return this;
  }

  /** Writes an element without content. */
  public Svg empty(String element, Object... attributes) {
    tag(element, attributes);
    out.append("/>");
    return this;
  }

  /** Writes escaped character content. */
  public Svg text(String text) {
    out.append(TEXT.escape(text));
    return this;
  }

  /** Closes an element opened with {@link #open(String, Object...)}. */
  public Svg close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** Ends the picture and returns its markup. */
  public String end() {
    return out.append("</svg>").toString();
  }

  private void tag(String element, Object... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes must come in name/value pairs, was " + attributes.length + " values");
    }
    out.append('<').append(element);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      String text = value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(ATTRIBUTE.escape(text))
          .append('"');
    }
  }

  /**
   * A number rounded half away from zero to two decimals, without trailing zeros, e.g. 12, 12.5,
   * 12.25. Written by hand: this runs for every coordinate of every picture, and a formatter with a
   * regular expression per number was most of a report's rendering time.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an SVG number must be finite, was " + value);
    }
    long hundredths = Math.round(Math.abs(value) * 100);
    if (hundredths == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder(12);
    if (value < 0) {
      text.append('-');
    }
    text.append(hundredths / 100);
    int fraction = (int) (hundredths % 100);
    if (fraction != 0) {
      text.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        text.append(fraction % 10);
      }
    }
    return text.toString();
  }

  /** Splits text into lines of at most {@code width} characters at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().split(text)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
