package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads the pictures back with the JDK's XML parser, for the checks every picture must pass. */
final class SvgDocs {
  private SvgDocs() {}

  /** Parses an SVG; fails the test when it is not well-formed. */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("SVG is not well-formed: " + e.getMessage(), e);
    }
  }

  /** Elements with a class attribute whose words include {@code word}. */
  static List<Element> byClass(Document doc, String word) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(word)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The accessibility basics every picture must meet: well-formed, an SVG root whose first child is
   * a non-blank title, and every colour drawn (fill or stroke of anything but text) named by a key
   * entry that has text.
   */
  static Document assertAccessible(String svg) {
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    Node first = root.getFirstChild();
    assertThat(first.getNodeName()).isEqualTo("title");
    assertThat(first.getTextContent()).isNotBlank();
    Set<String> labelled = new TreeSet<>();
    for (Element entry : byClass(doc, "legend-entry")) {
      assertThat(entry.getTextContent()).as("legend entry text").isNotBlank();
      labelled.addAll(List.of(entry.getAttribute("data-colour").split(" ")));
    }
    assertThat(colours(doc)).as("colours drawn").isSubsetOf(labelled);
    return doc;
  }

  /** Every #rrggbb colour used as a fill or stroke on anything but text. */
  static Set<String> colours(Document doc) {
    Set<String> out = new TreeSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getTagName().equals("text")) {
        continue;
      }
      for (String attribute : List.of("fill", "stroke")) {
        String value = e.getAttribute(attribute);
        if (value.startsWith("#")) {
          out.add(value);
        }
      }
    }
    return out;
  }

  /** Writes a picture under target/pictures for the browser checks and for a person to look at. */
  static Path write(String name, String svg) {
    try {
      Path dir = Path.of("target", "pictures");
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(name), svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Descendants of an element whose class words include {@code word}. */
  static List<Element> byClassWithin(Element parent, String word) {
    List<Element> out = new ArrayList<>();
    NodeList all = parent.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(word)) {
        out.add(e);
      }
    }
    return out;
  }
}
