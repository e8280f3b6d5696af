package org.hccbm.models.treatment;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.hccbm.core.Decimals;
import org.hccbm.core.result.Quantity;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;

/**
 * The one producer of a plan's wording: item texts, gate reasons, fact names and values all come
 * from here, every word from a {@link ResourceBundle} ({@code org/hccbm/plan.properties}, English),
 * and numbers are formatted here when a plan is shown. Plans hold {@link Wording}s and typed {@link
 * PlanArg}s only.
 *
 * <p>Bundle keys: the wording keys the rules use ({@code item.…}, {@code option.…}, {@code gate.…},
 * {@code verdict.…}, {@code fact.<code>} for a fact's name), {@code value.<Type>.<CODE>} for coded
 * values (when absent, the core {@link Renderer}'s wording), {@code unit.<unit>} for a quantity's
 * unit, {@code join.<separator>} for list separators, {@code unknown}, and {@code rule.<id>} and
 * {@code rule.<id>.tag} for a rule's statement and verification tag. Patterns use {@code {0}},
 * {@code {1}}… as the core renderer's do, and {@code {0#}} for a quantity's number without its
 * unit; no other syntax.
 *
 * @since 0.3.0
 */
public final class PlanRenderer {
  private static final String BUNDLE = "/org/hccbm/plan.properties";
  private static final PlanRenderer ENGLISH = new PlanRenderer(load(), Renderer.english());

  private final ResourceBundle bundle;
  private final Renderer values;

  private PlanRenderer(ResourceBundle bundle, Renderer values) {
    this.bundle = bundle;
    this.values = values;
  }

  /**
   * Returns the English renderer.
   *
   * @return the renderer
   */
  public static PlanRenderer english() {
    return ENGLISH;
  }

  /**
   * Returns a renderer that takes its wording from a bundle with the keys of the English plan
   * bundle, and the wording of coded values it lacks from a result renderer.
   *
   * @param bundle the plan bundle
   * @param values the renderer of coded values the plan bundle does not word
   * @return the renderer
   */
  public static PlanRenderer of(ResourceBundle bundle, Renderer values) {
    return new PlanRenderer(requireNonNull(bundle, "bundle"), requireNonNull(values, "values"));
  }

  /**
   * Returns the English plan bundle.
   *
   * @return the bundle
   */
  public static ResourceBundle englishBundle() {
    return ENGLISH.bundle;
  }

  private static ResourceBundle load() {
    try (InputStream in = PlanRenderer.class.getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLE);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a wording's text.
   *
   * @param wording the wording
   * @return the text
   * @throws MissingResourceException if the bundle has no such key
   */
  public String render(Wording wording) {
    StringBuilder out = new StringBuilder(128);
    append(out, wording);
    return out.toString();
  }

  /**
   * Returns an argument's text.
   *
   * @param arg the argument
   * @return the text
   */
  public String render(PlanArg arg) {
    StringBuilder out = new StringBuilder(32);
    append(out, arg);
    return out.toString();
  }

  /**
   * Returns a plan in plain text: its heading lines (patient, the survival used, the policy, the
   * other models' estimates), then each domain's heading and items, an item that depends on a
   * verdict indented under it (PS-29), each with its mark, text, rule and facts. Every word comes
   * from the bundle; the patient id, the policy's own name, rule and model ids and the items'
   * arguments are shown as given.
   *
   * @param plan the plan
   * @return the text, lines separated by '\n'
   * @since 0.4.0
   */
  public String render(TreatmentPlan plan) {
    StringBuilder out = new StringBuilder(4096);
    line(out, "", Wording.of("plan.title", PlanArg.id(plan.patientId())));
    SurvivalEstimate used = plan.survival();
    line(out, "  ", Wording.of("plan.survivalUsed", used.wording()));
    line(out, "  ", Wording.of("plan.policy", PlanArg.id(policy(plan.policy()))));
    List<SurvivalEstimate> others = plan.otherEstimates();
    for (SurvivalEstimate e : others) {
      if (!e.modelId().equals(used.modelId())) {
        line(out, "  ", Wording.of("plan.also", e.wording()));
      }
    }
    if (!others.isEmpty()) {
      List<PlanArg> summaries = new java.util.ArrayList<>(others.size());
      for (SurvivalEstimate e : others) {
        summaries.add(PlanValues.survival(e));
      }
      line(
          out,
          "  ",
          Wording.of(
              "plan.survivalByModel",
              PlanArg.join("semicolon", summaries),
              PlanValues.survival(used)));
    }
    for (Domain domain : Domain.values()) {
      List<PlanItem> in = plan.items(domain);
      if (in.isEmpty()) {
        continue;
      }
      line(out, "", PlanArg.of(domain));
      for (PlanItem item : in) {
        // PS-29: an item that belongs to a verdict's decision is indented under it
        String indent =
            !item.isVerdict() && TreatmentPlan.decision(item, in, 0).verdict() ? "    " : "  ";
        PlanArg mark = Wording.of("plan.mark." + item.kind().name());
        PlanArg rule = PlanArg.id(item.rule().id());
        List<Fact> facts = item.facts();
        if (facts.isEmpty()) {
          line(out, indent, Wording.of("plan.item", mark, item.wording(), rule));
        } else {
          List<PlanArg> shown = new java.util.ArrayList<>(facts.size());
          for (Fact f : facts) {
            shown.add(
                Wording.of("plan.fact", new Wording("fact." + f.code(), f.about()), f.value()));
          }
          line(
              out,
              indent,
              Wording.of(
                  "plan.itemWithFacts",
                  mark,
                  item.wording(),
                  rule,
                  PlanArg.join("semicolon", shown)));
        }
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, String indent, PlanArg arg) {
    out.append(indent);
    append(out, arg);
    out.append('\n');
  }

  /**
   * Returns a survival policy's name from its code ({@link TreatmentPlan#policy()}): the bundle's
   * {@code policy.<code>}, or the code as given for a policy the bundle does not know (a caller's
   * own, or a plan stored before the policy was coded, which held the name).
   *
   * @param code the policy's code, e.g. {@code hccSpecificFirst}
   * @return the name
   * @since 0.4.0
   */
  public String policy(String code) {
    String key = "policy." + code;
    return bundle.containsKey(key) ? render(Wording.of(key)) : code;
  }

  /**
   * Returns a fact's name, e.g. "creatinine clearance".
   *
   * @param fact the fact
   * @return the name
   */
  public String name(Fact fact) {
    StringBuilder out = new StringBuilder(32);
    pattern(out, bundle.getString("fact." + fact.code()), fact.about());
    return out.toString();
  }

  /**
   * Returns a fact's value as used, e.g. "56.7 mL/min (Cockcroft–Gault)" or "unknown".
   *
   * @param fact the fact
   * @return the value
   */
  public String value(Fact fact) {
    return render(fact.value());
  }

  private void append(StringBuilder out, PlanArg arg) {
    if (arg instanceof Wording w) {
      pattern(out, bundle.getString(w.key()), w.args());
    } else if (arg instanceof PlanArg.Id id) {
      out.append(id.id());
    } else if (arg instanceof PlanArg.Join j) {
      String separator = bundle.getString("join." + j.separator());
      for (int i = 0; i < j.items().size(); i++) {
        if (i > 0) {
          out.append(separator);
        }
        append(out, j.items().get(i));
      }
    } else if (arg instanceof PlanArg.Unknown) {
      out.append(bundle.getString("unknown"));
    } else if (arg instanceof PlanArg.Category c) {
      out.append(values.text("category." + c.type() + "." + c.code()));
    } else if (arg instanceof PlanArg.Meaning m) {
      out.append(values.text("category." + m.type() + "." + m.code() + ".meaning"));
    } else if (arg instanceof PlanArg.Points p) {
      out.append(Decimals.shown(p.value()));
    } else if (arg instanceof PlanArg.Date d) {
      out.append(d.date());
    } else {
      value(out, ((PlanArg.Val) arg).value());
    }
  }

  private void value(StringBuilder out, Value value) {
    if (value instanceof Quantity q) {
      String number = Decimals.shown(q.value());
      if (q.unit().isEmpty()) {
        out.append(number);
      } else {
        pattern(out, bundle.getString("unit." + q.unit()), List.of(PlanArg.text(number)));
      }
    } else if (value instanceof Value.Coded c) {
      String key = "value." + c.type() + "." + c.code();
      out.append(bundle.containsKey(key) ? bundle.getString(key) : values.value(value));
    } else if (value instanceof Value.Text t) {
      out.append(t.text());
    } else {
      out.append(values.value(value));
    }
  }

  /**
   * Fills {0}, {1}… of a pattern, and {0#}, {1#}… with a quantity's number without its unit (for a
   * sentence that states the unit once: "platelets 42 &lt; 50 × 10⁹/L"); any other character is
   * copied.
   */
  private void pattern(StringBuilder out, String pattern, List<PlanArg> args) {
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 2 < n) {
        int index = pattern.charAt(i + 1) - '0';
        if (index >= 0 && index <= 9 && index < args.size()) {
          if (pattern.charAt(i + 2) == '}') {
            append(out, args.get(index));
            i += 3;
            continue;
          }
          if (pattern.charAt(i + 2) == '#'
              && i + 3 < n
              && pattern.charAt(i + 3) == '}'
              && args.get(index) instanceof PlanArg.Val v
              && v.value() instanceof Quantity q) {
            out.append(Decimals.shown(q.value()));
            i += 4;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
  }
}
