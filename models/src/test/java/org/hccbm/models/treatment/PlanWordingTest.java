package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.hccbm.models.liver.ChildPughClass;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2 for plans (docs/decisions/0020-plan-as-data.md): with a pseudo-locale that wraps
 * every literal part of every plan pattern in ⟦…⟧ (and every result-bundle string the plan borrows
 * for a coded value), every item's text and every fact carry nothing outside the markers but the
 * ids, numbers and record texts that are their arguments; without the markers the text is the
 * English rendering.
 */
class PlanWordingTest {
  /**
   * The English plan bundle with each pattern's literal parts wrapped: "a {0} b" → "⟦a ⟧{0}⟦ b⟧".
   */
  private static final class PseudoPlan extends ResourceBundle {
    private final ResourceBundle english = PlanRenderer.englishBundle();

    @Override
    protected Object handleGetObject(String key) {
      return english.containsKey(key) ? wrap(english.getString(key)) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(english.keySet());
    }
  }

  /** The English result bundle with every string wrapped whole. */
  private static final class PseudoResults extends ResourceBundle {
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

  static String wrap(String pattern) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      if (pattern.charAt(i) == '{'
          && i + 2 < pattern.length()
          && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 2) == '}') {
        flush(out, literal);
        out.append(pattern, i, i + 3);
        i += 3;
      } else if (pattern.startsWith("#}", i + 2)
          && pattern.charAt(i) == '{'
          && Character.isDigit(pattern.charAt(i + 1))) {
        // {0#}: a quantity's number without its unit
        flush(out, literal);
        out.append(pattern, i, i + 4);
        i += 4;
      } else {
        literal.append(pattern.charAt(i++));
      }
    }
    flush(out, literal);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder literal) {
    if (literal.length() > 0) {
      out.append('⟦').append(literal).append('⟧');
      literal.setLength(0);
    }
  }

  private static final PlanRenderer PSEUDO =
      PlanRenderer.of(new PseudoPlan(), Renderer.of(new PseudoResults()));

  /** The text outside the markers. */
  static String outside(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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

  /** The ids, caller texts and numbers an argument tree holds: all it may show unworded. */
  static void leaves(PlanArg arg, List<String> out) {
    if (arg instanceof Wording w) {
      w.args().forEach(a -> leaves(a, out));
    } else if (arg instanceof PlanArg.Join j) {
      j.items().forEach(a -> leaves(a, out));
    } else if (arg instanceof PlanArg.Id id) {
      out.add(id.id());
    } else if (arg instanceof PlanArg.Val v && v.value() instanceof Value.Text t) {
      out.add(t.text());
    } else if (arg instanceof PlanArg.Val v && v.value() instanceof Quantity q) {
      out.add(org.hccbm.core.Decimals.shown(q.value()));
    } else if (arg instanceof PlanArg.Points p) {
      out.add(org.hccbm.core.Decimals.shown(p.value()));
    } else if (arg instanceof PlanArg.Date d) {
      out.add(d.date().toString());
    }
  }

  /** Whether a wording uses the caller-text key anywhere. */
  static boolean callerText(PlanArg arg) {
    if (arg instanceof Wording w) {
      return w.key().equals(Wording.TEXT)
          || w.args().stream().anyMatch(PlanWordingTest::callerText);
    }
    return arg instanceof PlanArg.Join j
        && j.items().stream().anyMatch(PlanWordingTest::callerText);
  }

  /** Fails unless the pseudo rendering shows only the leaves outside its markers. */
  static void assertFromBundle(String pseudo, String english, List<String> leaves) {
    assertThat(pseudo.replace("⟦", "").replace("⟧", "")).isEqualTo(english);
    String rest = outside(pseudo);
    List<String> sorted = new ArrayList<>(leaves);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String leaf : sorted) {
      rest = rest.replace(leaf, "");
    }
    assertThat(rest).as("outside the bundle in %s", pseudo).isEmpty();
  }

  @Test
  void everyItemAndFact_isWordedByTheBundle() {
    int items = 0;
    int facts = 0;
    for (Patient p : PlannerSafetyTest.constructed()) {
      TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(p);
      List<SurvivalEstimate> estimates = new ArrayList<>(plan.otherEstimates());
      estimates.add(plan.survival());
      for (SurvivalEstimate e : estimates) {
        List<String> leaves = new ArrayList<>();
        leaves(e.basis(), leaves);
        assertFromBundle(PSEUDO.render(e.basis()), e.basisText(), leaves);
      }
      for (PlanItem item : plan.items()) {
        assertFromBundle(
            PSEUDO.render(item.rule().statement()), item.rule().statementText(), List.of());
        assertFromBundle(PSEUDO.render(item.rule().tag()), item.rule().tagText(), List.of());
        assertThat(callerText(item.wording())).as(item.text()).isFalse();
        List<String> itemLeaves = new ArrayList<>();
        leaves(item.wording(), itemLeaves);
        assertFromBundle(PSEUDO.render(item.wording()), item.text(), itemLeaves);
        items++;
        for (Fact f : item.facts()) {
          List<String> leaves = new ArrayList<>();
          f.about().forEach(a -> leaves(a, leaves));
          assertFromBundle(PSEUDO.name(f), f.name(), leaves);
          leaves.clear();
          leaves(f.value(), leaves);
          assertFromBundle(PSEUDO.value(f), f.text(), leaves);
          facts++;
        }
      }
    }
    assertThat(items).isGreaterThan(300);
    assertThat(facts).isGreaterThan(50);
  }

  /**
   * The whole plain-text plan, not only its items: headings, domain names, marks, the survival
   * lines, the policy's name and the fact layout come from the bundle. Outside the markers there is
   * nothing but the patient id, the policy's name (a policy names itself; the shipped one from the
   * bundle), rule and model ids, the items' and facts' own leaves, and layout (indentation and line
   * breaks).
   */
  @Test
  void theWholePlainTextPlan_isWordedByTheBundle() {
    for (Patient p : PlannerSafetyTest.constructed()) {
      TreatmentPlan plan = TreatmentPlanner.DEFAULT.plan(p);
      String english = plan.render();
      String pseudo = PSEUDO.render(plan);
      assertThat(pseudo.replace("⟦", "").replace("⟧", "")).isEqualTo(english);
      List<String> leaves = new ArrayList<>(List.of(plan.patientId(), plan.policy()));
      List<SurvivalEstimate> estimates = new ArrayList<>(plan.otherEstimates());
      estimates.add(plan.survival());
      for (SurvivalEstimate e : estimates) {
        leaves(e.wording(), leaves);
        leaves(PlanValues.survival(e), leaves);
      }
      for (PlanItem item : plan.items()) {
        leaves.add(item.rule().id());
        leaves(item.wording(), leaves);
        for (Fact f : item.facts()) {
          f.about().forEach(a -> leaves(a, leaves));
          leaves(f.value(), leaves);
        }
      }
      String rest = outside(pseudo);
      assertThat(rest).contains(plan.patientId());
      leaves.sort(Comparator.comparingInt(String::length).reversed());
      for (String leaf : leaves) {
        rest = rest.replace(leaf, "");
      }
      assertThat(rest.replace(" ", "").replace("\n", "")).as(pseudo).isEmpty();
    }
  }

  /** Domain headings and intervention names are the bundle's, not the enums' own text. */
  @Test
  void domainAndInterventionLabels_comeFromTheBundle() {
    ResourceBundle english = PlanRenderer.englishBundle();
    for (Domain d : Domain.values()) {
      assertThat(d.label()).isEqualTo(english.getString("value.Domain." + d.name())).isNotBlank();
      assertThat(PSEUDO.render(PlanArg.of(d))).isEqualTo("⟦" + d.label() + "⟧");
    }
    for (Intervention i : Intervention.values()) {
      assertThat(i.label())
          .isEqualTo(english.getString("value.Intervention." + i.name()))
          .isNotBlank();
    }
    assertThat(Domain.URGENT.label()).isEqualTo("Urgent — before anything else");
    // the shipped policy is a code in the plan, worded by the bundle; a caller's own policy is
    // shown by its name
    assertThat(SurvivalPolicies.HCC_SPECIFIC_FIRST.code()).isEqualTo("hccSpecificFirst");
    assertThat(SurvivalPolicies.HCC_SPECIFIC_FIRST.name())
        .isEqualTo(english.getString("policy.hccSpecificFirst"))
        .isEqualTo(PlanRenderer.english().policy("hccSpecificFirst"))
        .startsWith("HCC-specific first");
    assertThat(PlanRenderer.english().policy("Our board's own policy"))
        .isEqualTo("Our board's own policy");
    assertThat(Intervention.SBRT.label()).isEqualTo("SBRT/SRS");
  }

  @Test
  void wrap_keepsPlaceholdersOutsideTheMarkers() {
    assertThat(wrap("{0} — ruled out: {1}")).isEqualTo("{0}⟦ — ruled out: ⟧{1}");
    assertThat(wrap("INR")).isEqualTo("⟦INR⟧");
    assertThat(wrap("platelets {0#} < 50")).isEqualTo("⟦platelets ⟧{0#}⟦ < 50⟧");
    assertThat(outside("⟦a ⟧T10⟦ b⟧")).isEqualTo("T10");
  }

  @Test
  void aKeyMissingFromTheBundle_fails() {
    assertThatThrownBy(() -> PlanRenderer.english().render(Wording.of("no.such.key")))
        .isInstanceOf(MissingResourceException.class);
  }

  @Test
  void rendering_fillsArgumentsAndJoins() {
    Wording w =
        Wording.of(
            "verdict.ruledOut",
            Wording.of("gate.priorRt.unknown", PlanArg.id("T10")),
            PlanArg.join(
                "semicolon",
                List.of(
                    Wording.of("gate.haemostasis.inrHigh", PlanArg.quantity(1.75, Gates.INR_UNIT)),
                    Wording.of("gate.survival.below", PlanValues.months(3), PlanArg.unknown()))));
    assertThat(w.text())
        .isEqualTo(
            "radiotherapy history of T10 and adjacent segments — ruled out: INR 1.75 > 1.5; "
                + "expected survival < 3 months (unknown)");
    assertThat(PlanRenderer.english().render(PlanArg.quantity(45, Gates.PLATELET_UNIT)))
        .isEqualTo("45 × 10⁹/L");
    assertThat(PlanRenderer.english().render(PlanArg.of(ChildPughClass.B))).isEqualTo("B");
  }

  /** A value type the plan bundle does not word falls back to the result bundle. */
  @Test
  void aCodedValueThePlanBundleLacks_isWordedByTheResultBundle() {
    assertThat(
            PlanRenderer.english()
                .render(
                    new PlanArg.Val(
                        Value.of(org.hccbm.core.performance.Ecog.AMBULATORY_SELF_CARE))))
        .isEqualTo(
            Renderer.english()
                .value(Value.of(org.hccbm.core.performance.Ecog.AMBULATORY_SELF_CARE)));
  }

  @Test
  void equalWording_isEqualKeyAndArgs() {
    assertThat(Wording.of("gate.priorRt.unknown", PlanArg.id("T10")))
        .isEqualTo(Wording.of("gate.priorRt.unknown", PlanArg.id("T10")))
        .isNotEqualTo(Wording.of("gate.priorRt.unknown", PlanArg.id("T11")));
  }
}
