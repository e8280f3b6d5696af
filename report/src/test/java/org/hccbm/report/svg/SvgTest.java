package org.hccbm.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgTest {
  @Test
  void writesWellFormedEscapedMarkupWithATitle() throws Exception {
    String svg =
        Svg.start(200, 100.5, "Lesions <L1> & \"T12\"")
            .open("g", "class", "a&b")
            .empty("circle", "cx", 10, "cy", 12.375, "r", 3)
            .open("text", "x", 1, "y", 2)
            .text("SINS 7–12 <unstable?>")
            .close("text")
            .close("g")
            .end();

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Lesions <L1> & \"T12\"");
    assertThat(doc.getElementsByTagName("text").item(0).getTextContent())
        .isEqualTo("SINS 7–12 <unstable?>");
    assertThat(svg).contains("cy=\"12.38\"").contains("viewBox=\"0 0 200 100.5\"");
  }

  @Test
  void numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
    assertThat(Svg.number(12)).isEqualTo("12");
    assertThat(Svg.number(12.5)).isEqualTo("12.5");
    assertThat(Svg.number(-0.001)).isEqualTo("0");
    assertThat(Svg.number(1234.567)).isEqualTo("1234.57");
    assertThat(Svg.number(-3.456)).isEqualTo("-3.46");
    assertThat(Svg.number(0.05)).isEqualTo("0.05");
    assertThat(Svg.number(7.10)).isEqualTo("7.1");
    assertThat(Svg.number(-0.004)).isEqualTo("0");
  }

  @Test
  void refusesOddAttributesAndNonFiniteNumbers() {
    assertThatThrownBy(() -> Svg.start(1, 1, "t").empty("rect", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name/value pairs");
    assertThatThrownBy(() -> Svg.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite, was NaN");
  }
}
