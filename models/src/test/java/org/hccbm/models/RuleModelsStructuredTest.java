package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.bone.BollenCategory;
import org.hccbm.models.bone.LcsgjT;
import org.hccbm.models.bone.Uka;
import org.hccbm.models.bone.UkaEligibility;
import org.hccbm.models.bone.UkaInput;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.CriteriaStatus;
import org.hccbm.models.liver.Milan;
import org.hccbm.models.liver.TransplantCriteriaInput;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 points 1, 2: the rule models (BCLC liver §4.1, Milan/UCSF §4.2, Uka bone §8, Bollen
 * §6.2) give their inputs, rules, open items and categories as data: item codes and patient fields,
 * values as coded values, the band "as recorded" as a named band, the rule applied as a {@code
 * Band.Rule} with its code and values; every word comes from the bundle (pseudo-locale). Display
 * text unchanged.
 */
class RuleModelsStructuredTest {
  /** Every English string wrapped in ⟦…⟧. */
  private static final class Pseudo extends ResourceBundle {
    private final ResourceBundle english = Renderer.englishBundle();

    @Override
    protected Object handleGetObject(String key) {
      return english.containsKey(key) ? "⟦" + english.getString(key) + "⟧" : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(english.keySet());
    }
  }

  private static final Renderer PSEUDO = Renderer.of(new Pseudo());

  private static String outsideBundle(String rendering) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : rendering.toCharArray()) {
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

  private static ModelResult bclc(
      Observed<PerformanceStatus> ps, List<ChildPughClass> classes, Observed<Boolean> spread) {
    return Bclc.INSTANCE.evaluate(
        new BclcInput(
            ps,
            Observed.of(true),
            classes,
            Observed.of(IntrahepaticTumour.of(Diameter.cm(4.0))),
            Observed.of(false),
            spread));
  }

  private static ItemScore item(Complete c, String code) {
    return c.items().stream().filter(i -> i.code().value().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void bclc_complete_inputsAsRecorded_andRule3AsData() {
    Complete c =
        bclc(
                Observed.of(PerformanceStatus.of(Ecog.of(2))),
                List.of(ChildPughClass.A),
                Observed.of(true))
            .asComplete();
    ItemScore ps = item(c, "ecogPerformanceStatus");
    assertThat(ps.input())
        .isEqualTo(InputUsed.of("performanceStatus", Value.of(Ecog.AMBULATORY_SELF_CARE)));
    assertThat(ps.band())
        .isEqualTo(
            new Band.Named("asRecorded", new Band.Values("Ecog", List.of("AMBULATORY_SELF_CARE"))));
    assertThat(ps.toString()).isEqualTo("ECOG performance status: ECOG 2 → as recorded");
    assertThat(item(c, "extrahepaticSpread").input().asGiven()).isEqualTo(Value.of(true));
    ItemScore rule = item(c, "ruleApplied");
    assertThat(rule.band()).isEqualTo(new Band.Rule("bclc.rule3", List.of()));
    assertThat(rule.input().asGiven()).isEqualTo(new Value.Coded("BclcStage", "C"));
    assertThat(rule.toString())
        .isEqualTo(
            "Rule applied: BCLC stage C (advanced) → rule 3: macrovascular invasion or"
                + " extrahepatic spread → C");
    assertThat(outsideBundle(PSEUDO.render(c)).replace("\n", "").replace(" ", "")).isEmpty();
  }

  @Test
  void bclc_childPughNotDetermined_overBandC_decides() {
    Bounded bc =
        bclc(
                Observed.of(PerformanceStatus.of(Ecog.of(0))),
                List.of(ChildPughClass.B, ChildPughClass.C),
                Observed.of(false))
            .asBounded();
    OpenItem liver = bc.openItem(ItemCode.of("childPughClass"));
    assertThat(liver.status()).isEqualTo(OpenStatus.NOT_DETERMINED);
    assertThat(liver.closedBy()).isEmpty();
    assertThat(liver.toString())
        .isEqualTo("Child–Pugh class: not determined (class [B, C]) = 0..0");
    assertThat(bc.deciding()).containsExactly(ItemCode.of("childPughClass"));
    assertThat(bc.reachableCategories()).containsExactly(BclcStage.A, BclcStage.D);
  }

  @Test
  void bclc_childPughNotDetermined_overAandB_doesNotMatter_completeWithCaveat() {
    // A and B both leave ECOG 0 and a single 4 cm nodule at stage A.
    Complete c =
        bclc(
                Observed.of(PerformanceStatus.of(Ecog.of(0))),
                List.of(ChildPughClass.A, ChildPughClass.B),
                Observed.of(false))
            .asComplete();
    assertThat(c.category()).contains(BclcStage.A);
    assertThat(item(c, "childPughClass").toString())
        .isEqualTo("Child–Pugh class: not determined → any of class [A, B]: same result");
    assertThat(c.caveats())
        .anyMatch(
            k ->
                k.code().equals("unknownDidNotMatter.one")
                    && k.args().equals(List.of(new Value.Coded("item", "childPughClass"))));
  }

  @Test
  void bclc_unknownSpread_isOpenClosedByItsThreeSourceFields() {
    Bounded b =
        bclc(
                Observed.of(PerformanceStatus.of(Ecog.of(0))),
                List.of(ChildPughClass.A),
                Observed.unknown())
            .asBounded();
    OpenItem spread = b.openItem(ItemCode.of("extrahepaticSpread"));
    assertThat(spread.status()).isEqualTo(OpenStatus.UNKNOWN);
    assertThat(spread.closedBy())
        .containsExactly("boneLesions", "extraskeletalMetastases", "primary.ajccN");
    assertThat(b.decidingFields())
        .containsExactly("boneLesions", "extraskeletalMetastases", "primary.ajccN");
    assertThat(b.reachableCategories()).containsExactly(BclcStage.A, BclcStage.C);
    assertThat(outsideBundle(PSEUDO.render(b)).replace("\n", "").replace(" ", "")).isEmpty();
  }

  @Test
  void bclc_countWithoutSizes_isPartlyKnown_withTheCount() {
    Bounded b =
        Bclc.INSTANCE
            .evaluate(
                new BclcInput(
                    Observed.of(PerformanceStatus.of(Ecog.of(0))),
                    Observed.of(true),
                    List.of(ChildPughClass.A),
                    Observed.unknown(),
                    Observed.of(false),
                    Observed.of(false),
                    Observed.of(1)))
            .asBounded();
    OpenItem burden = b.openItem(ItemCode.of("tumourBurden"));
    assertThat(burden.status()).isEqualTo(OpenStatus.PARTLY_KNOWN);
    assertThat(burden.reason()).contains("1 nodule, sizes not measured");
    assertThat(burden.closedBy()).containsExactly("primary.nodules");
    assertThat(burden.toString())
        .isEqualTo(
            "Tumour burden: 1 nodule, sizes not measured (single ≤ 2 cm or single > 2 cm) = 0..0");
  }

  @Test
  void uka_rulesCarryTheirValues() {
    Complete notEligible =
        Uka.INSTANCE
            .evaluate(
                new UkaInput(
                    List.of(ChildPughClass.A),
                    Observed.of(LcsgjT.T1),
                    Observed.of(PortalVeinInvasion.VP2)))
            .asComplete();
    ItemScore rule = item(notEligible, "ruleApplied");
    assertThat(rule.band())
        .isEqualTo(
            new Band.Rule(
                "uka.portalVein",
                List.of(Value.of(PortalVeinInvasion.VP2), Value.of(PortalVeinInvasion.VP0))));
    assertThat(rule.bandText()).isEqualTo("portal venous invasion Vp2 (needs ≤ Vp0)");
    assertThat(notEligible.category()).contains(UkaEligibility.NOT_ELIGIBLE);
    Complete eligible =
        Uka.INSTANCE
            .evaluate(
                new UkaInput(
                    List.of(ChildPughClass.A),
                    Observed.of(LcsgjT.T2),
                    Observed.of(PortalVeinInvasion.VP0)))
            .asComplete();
    assertThat(item(eligible, "ruleApplied").bandText()).isEqualTo("Child–Pugh A, T2, Vp0");
  }

  @Test
  void unknownThatCannotChangeTheResult_caveatNamesItByCode() {
    // Milan: extrahepatic spread known yes decides "beyond" whatever the unknown invasion is.
    Complete c =
        Milan.INSTANCE
            .evaluate(
                new TransplantCriteriaInput(
                    Observed.of(IntrahepaticTumour.of(Diameter.cm(2.0))),
                    Observed.unknown(),
                    Observed.of(true)))
            .asComplete();
    assertThat(c.category()).contains(CriteriaStatus.BEYOND);
    Caveat caveat =
        c.caveats().stream()
            .filter(k -> k.kind() == CaveatKind.UNKNOWN_DID_NOT_MATTER)
            .findFirst()
            .orElseThrow();
    assertThat(caveat.code()).isEqualTo("unknownDidNotMatter.one");
    assertThat(caveat.args()).containsExactly(new Value.Coded("item", "macrovascularInvasion"));
    assertThat(caveat.text())
        .isEqualTo(
            "Macrovascular invasion is unknown, but no value it could take changes the result");
  }

  @Test
  void categoryLabels_comeFromTheBundle() {
    Renderer pseudo = PSEUDO;
    assertThat(pseudo.categoryLabel(BclcStage.STAGE_0)).isEqualTo("⟦BCLC stage 0 (very early)⟧");
    assertThat(pseudo.categoryMeaning(BclcStage.D)).startsWith("⟦expected survival ≈ 3 months");
    assertThat(pseudo.categoryLabel(CriteriaStatus.WITHIN)).isEqualTo("⟦within the criteria⟧");
    assertThat(pseudo.categoryMeaning(CriteriaStatus.WITHIN)).isEmpty();
    assertThat(pseudo.categoryLabel(UkaEligibility.NOT_ELIGIBLE))
        .isEqualTo("⟦not eligible by the Uka criteria⟧");
    assertThat(pseudo.categoryLabel(BollenCategory.C)).isEqualTo("⟦Bollen category C⟧");
    assertThat(pseudo.categoryMeaning(BollenCategory.C))
        .isEqualTo(
            "⟦median survival 4.8 months (4.1–5.4) (derivation cohort; historical group"
                + " figures)⟧");
    assertThat(BclcStage.C.label()).isEqualTo("BCLC stage C (advanced)");
  }
}
