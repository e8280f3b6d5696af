package org.hccbm.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RendererTest {
  private static final Renderer PSEUDO = Renderer.of(new PseudoLocale());

  private static Bounded bounded() {
    return new Bounded(
        ResultVocabularyTest.MODEL,
        List.of(ResultVocabularyTest.ALBUMIN_2, ResultVocabularyTest.ASCITES_NONE),
        List.of(
            ResultVocabularyTest.HE_OPEN,
            OpenItem.ofAspect(
                ItemCode.of("bilirubin"),
                ItemCode.of("cholestaticDisease"),
                org.hccbm.core.Observed.notAssessable("no history"),
                new Possible.ByTable(
                    List.of(
                        new Band.Qualified("standard", range(2, 3, "mg/dL")),
                        new Band.Qualified("cholestatic", range(0, 4, "mg/dL"))),
                    List.of(2.0, 1.0)),
                1,
                2,
                List.of("liver.cholestaticDisease"))),
        Optional.of(TotalRange.of(List.of(6.0, 7.0, 8.0))),
        List.of(ResultVocabularyTest.Grade.LOW, ResultVocabularyTest.Grade.HIGH),
        List.of(ResultVocabularyTest.HE),
        List.of(
            Caveat.coded(
                CaveatKind.SOURCE_CONFLICT,
                "childPugh.albuminModernVariant",
                Quantity.of(2.9, "g/dL"),
                Value.of(3),
                Value.of(2))));
  }

  private static Band range(double low, double high, String unit) {
    return new Band.Range(
        Optional.of(new Bound(low, true)), Optional.of(new Bound(high, true)), unit);
  }

  @Test
  void input_mappedOntoAnotherScale_showsScoredThenGiven_conversionShowsGivenOnly() {
    InputUsed mapped =
        new InputUsed(
            "asia",
            Value.of(org.hccbm.core.neuro.AsiaGrade.C),
            Value.of(org.hccbm.core.neuro.FrankelGrade.C),
            Optional.empty());
    assertThat(Renderer.english().input(mapped)).isEqualTo("Frankel C (from ASIA C)");
    assertThat(
            Renderer.english()
                .input(InputUsed.of("frankel", Value.of(org.hccbm.core.neuro.FrankelGrade.C))))
        .isEqualTo("Frankel C");
    InputUsed converted =
        InputUsed.converted(
            "labs.totalBilirubin",
            Quantity.of(60, "umol/L"),
            new Conversion("umol/L", "mg/dL", 1 / 17.1));
    assertThat(Renderer.english().input(converted)).isEqualTo("60 umol/L");
  }

  @Test
  void pseudoLocale_everyDisplayedWordComesFromTheBundle() {
    String pseudo = PSEUDO.render(bounded());
    assertThat(pseudo).contains("⟦");
    // Layout only (indentation, line ends) and the model's metadata inside a bundle pattern.
    assertThat(PseudoLocale.outsideBundle(pseudo)).isBlank();
    assertThat(Renderer.english().render(bounded())).doesNotContain("⟦", "⟧");
  }

  @Test
  void pseudoLocale_wrapsEachPartOfAnItem() {
    assertThat(PSEUDO.item(ResultVocabularyTest.ALBUMIN_2))
        .isEqualTo("⟦⟦Albumin⟧: ⟦3.1 g/dL⟧ → ⟦⟦2.8–3.5⟧ g/dL⟧ = 2⟧");
  }

  @Test
  void english_rendersAspectAndTables() {
    String text = Renderer.english().render(bounded());
    assertThat(text)
        .contains(
            "  Bilirubin: cholestatic disease not assessable (no history) "
                + "(standard 2–3 mg/dL (2) or PBC/PSC 0–4 mg/dL (1)) = 1..2\n")
        .contains(
            "Caveat — SOURCE_CONFLICT: albumin 2.9 g/dL scores 3 here; it would score 2 "
                + "under the 3.0 g/dL albumin variant (U-1)");
  }

  @Test
  void bands_renderEachEndAsTheSourcePrintsIt() {
    Renderer r = Renderer.english();
    assertThat(r.band(new Band.Range(Optional.empty(), Optional.of(new Bound(1.7, false)), "")))
        .isEqualTo("< 1.7");
    assertThat(r.band(new Band.Range(Optional.empty(), Optional.of(new Bound(1.7, true)), "")))
        .isEqualTo("≤ 1.7");
    assertThat(r.band(new Band.Range(Optional.of(new Bound(3, false)), Optional.empty(), "mg/dL")))
        .isEqualTo("> 3 mg/dL");
    assertThat(r.band(new Band.Range(Optional.of(new Bound(3, true)), Optional.empty(), "s")))
        .isEqualTo("≥ 3 s");
    assertThat(r.band(new Band.Values("Encephalopathy", List.of("GRADE_1", "GRADE_2"))))
        .isEqualTo("grade 1–2");
    assertThat(r.band(new Band.Values("Ascites", List.of("MILD")))).isEqualTo("mild");
    assertThat(r.band(new Band.Answer(true))).isEqualTo("yes");
  }

  @Test
  void missingKey_fails_namingTheKey() {
    assertThatThrownBy(() -> Renderer.english().label(ItemCode.of("noSuchItem")))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("item.noSuchItem");
  }

  @Test
  void text_fillsPlaceholders_andLeavesApostrophesAlone() {
    assertThat(Renderer.english().caveat(Caveat.coded(CaveatKind.ASSUMPTION, "childPugh.ptUsed")))
        .contains("the table header's '4–6 s'");
  }

  @Test
  void bounded_decidingFields_areThoseOfTheDecidingOpenItems() {
    assertThat(bounded().decidingFields()).containsExactly("liver.encephalopathy");
    assertThat(bounded().openItem(ItemCode.of("bilirubin")).status())
        .isEqualTo(OpenStatus.NOT_ASSESSABLE);
  }

  @Test
  void caveatCode_mustBeDottedLowerCamelCase() {
    assertThat(Caveat.coded(CaveatKind.ASSUMPTION, "childPugh.ptUsed").code())
        .isEqualTo("childPugh.ptUsed");
    assertThatThrownBy(() -> Caveat.coded(CaveatKind.ASSUMPTION, "childPugh..ptUsed"))
        .hasMessage(
            "caveat code must be dot-separated lower camel case, was " + "\"childPugh..ptUsed\"");
    assertThatThrownBy(() -> Caveat.coded(CaveatKind.ASSUMPTION, "child-pugh"))
        .hasMessage("caveat code must be dot-separated lower camel case, was \"child-pugh\"");
  }

  @Test
  void caveatCode_checkedInOnePass_acceptsEachDottedPart_andRefusesEveryMalformedOne() {
    for (String ok : List.of("a", "note", "childPugh.ptUsed", "a.b.c", "meld3.x9Z", "z.aZ09")) {
      assertThat(Caveat.isDottedCode(ok)).as(ok).isTrue();
    }
    for (String bad :
        List.of(
            "", ".", "a.", ".a", "a..b", "Aa", "a.Bb", "a.9b", "a-b", "a b", "a.b_", "{a}", "`a",
            "a`", "a{", "a@", "a[", "a/", "a:", "a.b.")) {
      assertThat(Caveat.isDottedCode(bad)).as(bad).isFalse();
    }
  }

  @Test
  void itemCode_fromLabel_isLowerCamelCase() {
    assertThat(ItemCode.fromLabel("Hepatic encephalopathy"))
        .isEqualTo(ItemCode.of("hepaticEncephalopathy"));
    assertThat(ItemCode.fromLabel("Palsy (Frankel)").value()).isEqualTo("palsyFrankel");
    assertThatThrownBy(() -> ItemCode.of("Albumin"))
        .hasMessage("item code must be lower camel case ([a-z][A-Za-z0-9]*), was \"Albumin\"");
    assertThatThrownBy(() -> ItemCode.of(""))
        .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class);
    assertThatThrownBy(() -> ItemCode.of("a_b"))
        .isInstanceOf(org.hccbm.core.InvalidClinicalInputException.class);
    assertThat(ItemCode.of("kps80100").value()).isEqualTo("kps80100");
  }
}
