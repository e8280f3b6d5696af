package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.hccbm.core.Decimals;
import org.hccbm.core.evidence.ModelInfo;
import org.jspecify.annotations.Nullable;

/**
 * The one producer of wording for results: item labels, inputs, bands, open items, caveats,
 * categories and the plain-text rendering all come from here, and every word from a {@link
 * ResourceBundle} ({@code org/hccbm/messages.properties}, English). Numbers are formatted here,
 * once, when a result is rendered; results themselves hold data only.
 *
 * <p>Bundle keys: {@code item.<code>} (labels), {@code value.<Type>.<CODE>} (enumerated values),
 * {@code band.<Type>.<CODE>+<CODE>} (a band of enumerated values; for one value, when absent, the
 * value's own wording), {@code bandName.<name>} (a named band), {@code rule.<code>} (a rule
 * applied), {@code table.<table>} and {@code sameInBoth.<table>} (qualified bands), {@code
 * possible.<table>} (an open item's band in one table), {@code caveat.<code>}, {@code
 * category.<Type>.<CODE>} and {@code category.<Type>.<CODE>.meaning}, and the layout patterns
 * below. Patterns use {@code {0}}, {@code {1}}… placeholders and no other syntax (apostrophes are
 * plain text).
 *
 * @since 0.3.0
 */
public final class Renderer {
  private static final String BUNDLE = "/org/hccbm/messages.properties";
  private static final Renderer ENGLISH = new Renderer(load());

  /** The type of a {@link Value.Coded} that names an item by its code. */
  public static final String ITEM = "item";

  private final ResourceBundle bundle;
  // The bundle's labels, values and bands indexed by their parts, read once: a look-up hashes the
  // code (whose hash a constant string keeps) instead of building and hashing a new key.
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> values = new HashMap<>();
  private final Map<String, Map<List<String>, String>> bands = new HashMap<>();

  private Renderer(ResourceBundle bundle) {
    this.bundle = bundle;
    for (String key : bundle.keySet()) {
      if (key.startsWith("item.")) {
        labels.put(key.substring("item.".length()), bundle.getString(key));
      } else if (key.startsWith("value.")) {
        int dot = key.indexOf('.', "value.".length());
        if (dot > 0) {
          values
              .computeIfAbsent(key.substring("value.".length(), dot), t -> new HashMap<>())
              .put(key.substring(dot + 1), bundle.getString(key));
        }
      } else if (key.startsWith("band.")) {
        int dot = key.indexOf('.', "band.".length());
        if (dot > 0) {
          bands
              .computeIfAbsent(key.substring("band.".length(), dot), t -> new HashMap<>())
              .put(List.of(key.substring(dot + 1).split("\\+", -1)), bundle.getString(key));
        }
      }
    }
  }

  /** The indexed wording of a type's code, or null when the bundle has none. */
  private static <K> @Nullable String indexed(
      Map<String, Map<K, String>> index, String type, K code) {
    Map<K, String> byCode = index.get(type);
    return byCode == null ? null : byCode.get(code);
  }

  /**
   * Returns the English renderer.
   *
   * @return the renderer
   */
  public static Renderer english() {
    return ENGLISH;
  }

  /**
   * Returns a renderer that takes its wording from a bundle with the keys of the English one.
   *
   * @param bundle the bundle
   * @return the renderer
   */
  public static Renderer of(ResourceBundle bundle) {
    return new Renderer(requireNonNull(bundle, "bundle"));
  }

  /**
   * Returns the English bundle.
   *
   * @return the bundle
   */
  public static ResourceBundle englishBundle() {
    return ENGLISH.bundle;
  }

  private static ResourceBundle load() {
    try (InputStream in = Renderer.class.getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLE);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the wording of a key with its placeholders filled.
   *
   * @param key the bundle key
   * @param args the placeholder values, already formatted
   * @return the text
   * @throws MissingResourceException if the bundle has no such key
   */
  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int from = 0;
    int i = pattern.indexOf('{');
    while (i >= 0) {
      int close = pattern.indexOf('}', i);
      if (close > i + 1 && close - i <= 3 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern, i + 1, close, 10);
        out.append(pattern, from, i);
        if (index < args.length) {
          out.append(String.valueOf(args[index]));
        } else {
          out.append(pattern, i, close + 1);
        }
        from = close + 1;
        i = pattern.indexOf('{', from);
      } else {
        i = pattern.indexOf('{', i + 1);
      }
    }
    out.append(pattern, from, pattern.length());
    return out.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Returns an item's label, e.g. "Albumin" for {@code albumin}.
   *
   * @param code the code
   * @return the label
   */
  public String label(ItemCode code) {
    String label = labels.get(code.value());
    return label != null ? label : text("item." + code.value());
  }

  /**
   * Returns a value as shown, e.g. "3.1 g/dL", "grade 1", "yes".
   *
   * @param value the value
   * @return the rendering
   */
  public String value(Value value) {
    if (value instanceof Quantity q) {
      return q.unit().isEmpty()
          ? Decimals.plain(q.value())
          : text("quantity", Decimals.plain(q.value()), q.unit());
    }
    if (value instanceof Value.Coded c) {
      // An item named as a value (type "item") is worded by its label; a category as a value (the
      // category a rule reached), by the category's label.
      String indexed = indexed(values, c.type(), c.code());
      if (indexed != null) {
        return indexed;
      }
      return c.type().equals(ITEM)
          ? label(ItemCode.of(c.code()))
          : text("category." + c.type() + "." + c.code());
    }
    if (value instanceof Value.OfBand b) {
      return band(b.band());
    }
    if (value instanceof Value.YesNo y) {
      return text(y.yes() ? "answer.yes" : "answer.no");
    }
    if (value instanceof Value.Open o) {
      return status(o.status(), o.reason(), o.aspect());
    }
    return ((Value.Text) value).text();
  }

  /**
   * Returns an input as used, e.g. "3.1 g/dL". A unit conversion shows the input as given (its
   * caveat names the conversion); a value mapped onto another scale without a unit conversion (e.g.
   * an ASIA grade read as a Frankel grade) shows the value scored and the value given: "Frankel C
   * (from ASIA C)", or the wording of {@code input.mapped.<GivenType>.<ScoredType>} when the bundle
   * has one ("KPS 60 → ECOG 2"). A quantity the model bounded shows the value given and the bound
   * ({@code input.bounded}: "5.2 mg/dL, bounded to 4"); an input a rule replaced (a scored {@link
   * Band.Rule} value) shows the rule's wording.
   *
   * @param input the input
   * @return the rendering
   */
  public String input(InputUsed input) {
    if (input.noDifference().isEmpty()) {
      return scored(input);
    }
    // Unknowns shown with the item that made no difference, in order: the item's own input
    // ("unknown
    // (any value gives the same score)", replacing what was shown) or another input appended
    // ("…; dialysis unknown (no difference)").
    String shown = scored(input);
    for (Value.Open o : input.noDifference()) {
      shown =
          o.equals(input.asGiven())
              ? text("input.anyValue", value(o))
              : text("input.noDifference", shown, text("inputName." + o.item().value()), value(o));
    }
    return shown;
  }

  /** {@link #input} without the unknowns shown beside it. */
  private String scored(InputUsed input) {
    if (input.conversion().isEmpty() && !input.asScored().equals(input.asGiven())) {
      if (input.asGiven() instanceof Quantity given
          && input.asScored() instanceof Quantity scored) {
        // A value the model bounded (e.g. MELD's creatinine 5.2 mg/dL used as 4): "5.2 mg/dL,
        // bounded to 4".
        return text("input.bounded", value(given), Decimals.shown(scored.value()));
      }
      if (input.asScored() instanceof Value.OfBand b && b.band() instanceof Band.Rule) {
        // An input a rule replaced (e.g. creatinine set to the cap on dialysis): the rule's words.
        return value(input.asScored());
      }
      String byScales = "input.mapped." + scale(input.asGiven()) + "." + scale(input.asScored());
      return text(
          has(byScales) ? byScales : "input.mapped",
          value(input.asScored()),
          value(input.asGiven()));
    }
    return value(input.asGiven());
  }

  /** The type of an enumerated value or of a band of them; "" for any other value. */
  private static String scale(Value value) {
    if (value instanceof Value.Coded c) {
      return c.type();
    }
    return value instanceof Value.OfBand b && b.band() instanceof Band.Values v ? v.type() : "";
  }

  /**
   * Returns a band as the source prints it, e.g. "2.8–3.5 g/dL", "&lt; 1.7", "grade 1–2".
   *
   * @param band the band
   * @return the rendering
   */
  public String band(Band band) {
    if (band instanceof Band.Range r) {
      String bounds;
      if (r.lower().isPresent()
          && r.upper().isPresent()
          && r.lower().get().equals(r.upper().get())) {
        bounds = text("band.exactly", cut(r.lower().get()));
      } else if (r.lower().isPresent() && r.upper().isPresent()) {
        bounds = text("band.between", cut(r.lower().get()), cut(r.upper().get()));
      } else if (r.lower().isPresent()) {
        bounds =
            text(r.lower().get().inclusive() ? "band.atLeast" : "band.above", cut(r.lower().get()));
      } else {
        Bound upper = r.upper().orElseThrow();
        bounds = text(upper.inclusive() ? "band.atMost" : "band.below", cut(upper));
      }
      return r.unit().isEmpty() ? bounds : text("quantity", bounds, r.unit());
    }
    if (band instanceof Band.Values v) {
      String indexed = indexed(bands, v.type(), v.codes());
      if (indexed != null) {
        return indexed;
      }
      if (v.codes().size() == 1) {
        String value = indexed(values, v.type(), v.codes().get(0));
        return value != null ? value : text("value." + v.type() + "." + v.codes().get(0));
      }
      return text("band." + v.type() + "." + String.join("+", v.codes()));
    }
    if (band instanceof Band.Named n) {
      return text("bandName." + n.name());
    }
    if (band instanceof Band.Answer a) {
      return text(a.yes() ? "answer.yes" : "answer.no");
    }
    if (band instanceof Band.Qualified q) {
      return text("table." + q.table(), band(q.band()));
    }
    if (band instanceof Band.SameInBoth s) {
      return text("sameInBoth." + s.table(), band(s.band()), band(s.other()));
    }
    if (band instanceof Band.Rule r) {
      return text("rule." + r.code(), values(r.args()));
    }
    if (band instanceof Band.NoDifference d) {
      return text(
          d.samePoints() ? "didNotMatter.samePoints" : "didNotMatter.sameResult",
          possible(d.possible()));
    }
    return ((Band.Text) band).text();
  }

  private Object[] values(List<Value> args) {
    Object[] shown = new Object[args.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = value(args.get(i));
    }
    return shown;
  }

  private static String cut(Bound bound) {
    return Decimals.shown(bound.value());
  }

  /**
   * Returns a scored item's line, e.g. "Albumin: 3.1 g/dL → 2.8–3.5 g/dL = 2".
   *
   * @param item the item
   * @return the line
   */
  public String item(ItemScore item) {
    return item.points().isPresent()
        ? text(
            "line.item",
            label(item.code()),
            input(item.input()),
            band(item.band()),
            points(item.points().getAsDouble()))
        : text("line.finding", label(item.code()), input(item.input()), band(item.band()));
  }

  private static String points(double points) {
    return Decimals.display(points, 4);
  }

  /**
   * Returns why an item is open, e.g. "unknown", "not assessable (amputated)" or "cholestatic
   * disease unknown".
   *
   * @param open the item
   * @return the rendering
   */
  public String status(OpenItem open) {
    return status(open.status(), open.reason(), open.aspect());
  }

  private String status(OpenStatus open, Optional<String> reason, Optional<ItemCode> aspect) {
    String status =
        switch (open) {
          case UNKNOWN -> text("status.unknown");
          case NOT_ASSESSABLE -> text("status.notAssessable", reason.orElse(""));
          case NOT_DETERMINED -> text("status.notDetermined");
          case AMBIGUOUS -> text("status.ambiguous", reason.orElse(""));
          case PARTLY_KNOWN -> text("status.partlyKnown", reason.orElse(""));
        };
    return aspect.isPresent() ? text("status.aspect", label(aspect.get()), status) : status;
  }

  /**
   * Returns what an open item could still be, e.g. "none, mild or moderate–severe".
   *
   * @param possible the possibilities
   * @return the rendering
   */
  public String possible(Possible possible) {
    if (possible instanceof Possible.AnyBand) {
      return text("possible.anyBand");
    }
    if (possible instanceof Possible.Described d) {
      return text("possible." + d.key(), d.bands().stream().map(this::band).toArray());
    }
    if (possible instanceof Possible.OneOf o) {
      return or(o.bands().stream().map(this::band).toList());
    }
    if (possible instanceof Possible.ByTable t) {
      List<String> shown = new java.util.ArrayList<>();
      for (int i = 0; i < t.bands().size(); i++) {
        Band.Qualified q = t.bands().get(i);
        shown.add(text("possible." + q.table(), band(q.band()), points(t.points().get(i))));
      }
      return or(shown);
    }
    return ((Possible.Text) possible).text();
  }

  /**
   * Returns "a, b or c".
   *
   * @param parts the parts, at least one
   * @return the list
   */
  public String or(List<String> parts) {
    StringBuilder out = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out.append(text(i == parts.size() - 1 ? "list.or" : "list.comma", "", parts.get(i)));
    }
    return out.toString();
  }

  /**
   * Returns an open item's line, e.g. "Ascites: unknown (none, mild or moderate–severe) = 1..3".
   *
   * @param open the item
   * @return the line
   */
  public String openItem(OpenItem open) {
    return text(
        "line.open",
        label(open.code()),
        status(open),
        possible(open.possible()),
        points(open.minPoints()),
        points(open.maxPoints()));
  }

  /**
   * Returns a caveat's text.
   *
   * @param caveat the caveat
   * @return the text
   */
  public String caveat(Caveat caveat) {
    return text("caveat." + caveat.code(), values(caveat.args()));
  }

  /**
   * Returns why a model does not apply, e.g. "ECOG 5 (dead)": the wording {@code
   * notApplicable.<code>} with the reason's arguments.
   *
   * @param result the result
   * @return the reason
   * @since 0.3.0
   */
  public String notApplicable(NotApplicable result) {
    return text("notApplicable." + result.code(), values(result.args()));
  }

  private static String type(Category category) {
    return category instanceof Enum<?> e
        ? e.getDeclaringClass().getSimpleName()
        : category.getClass().getSimpleName();
  }

  /**
   * Returns a category's label, e.g. "Child–Pugh class B".
   *
   * @param category the category
   * @return the label
   */
  public String categoryLabel(Category category) {
    String key = "category." + type(category) + "." + category.code();
    return has(key) ? text(key) : category.label();
  }

  /**
   * Returns what a category meant in its derivation cohort, or "" when the source gives none.
   *
   * @param category the category
   * @return the meaning
   */
  public String categoryMeaning(Category category) {
    String key = "category." + type(category) + "." + category.code() + ".meaning";
    if (has(key)) {
      return text(key);
    }
    return has("category." + type(category) + "." + category.code()) ? "" : category.meaning();
  }

  /**
   * Returns the plain-text rendering of a result: the model, one line per item, the total or its
   * bounds, the category and the caveats.
   *
   * @param result the result
   * @return the rendering, lines separated by '\n'
   */
  public String render(ModelResult result) {
    StringBuilder out = new StringBuilder(512);
    ModelInfo model = result.model();
    out.append(
            model.variant().isEmpty()
                ? text("line.model", model.name(), model.id(), model.revision(), model.status())
                : text(
                    "line.modelVariant",
                    model.name(),
                    model.variant(),
                    model.id(),
                    model.revision(),
                    model.status()))
        .append('\n');
    if (result instanceof Complete c) {
      c.items().forEach(i -> line(out, item(i)));
      c.total()
          .ifPresent(
              t ->
                  line(
                      out,
                      t.raw() != t.value()
                          ? text("line.totalUnrounded", points(t.value()), points(t.raw()))
                          : text("line.total", points(t.value()))));
      c.category().ifPresent(cat -> line(out, text("line.category", category(cat))));
    } else if (result instanceof Bounded b) {
      b.knownItems().forEach(i -> line(out, item(i)));
      b.openItems().forEach(i -> line(out, openItem(i)));
      b.totals()
          .ifPresent(
              t ->
                  line(
                      out,
                      t.reachable().isEmpty()
                          ? text("line.totalRange", points(t.min()), points(t.max()))
                          : text(
                              "line.totalReachable",
                              points(t.min()),
                              points(t.max()),
                              t.reachable().stream()
                                  .map(Decimals::plain)
                                  .collect(
                                      java.util.stream.Collectors.joining(
                                          text("list.comma", "", ""))))));
      Optional<Category> determined = b.determinedCategory();
      if (determined.isPresent()) {
        line(out, text("line.categoryDetermined", category(determined.get())));
      } else {
        // A formula without categories (the MELD family) has none to list.
        if (!b.reachableCategories().isEmpty()) {
          line(
              out,
              text(
                  "line.reachable",
                  b.reachableCategories().stream()
                      .map(this::categoryLabel)
                      .collect(java.util.stream.Collectors.joining(text("list.or", "", "")))));
        }
        if (!b.deciding().isEmpty()) {
          line(
              out,
              text(
                  "line.deciding",
                  b.deciding().stream()
                      .map(this::label)
                      .collect(java.util.stream.Collectors.joining(text("list.comma", "", "")))));
        }
      }
    } else if (result instanceof NotApplicable n) {
      line(out, text("line.notApplicable", notApplicable(n)));
    }
    result.caveats().forEach(c -> line(out, text("line.caveat", c.kind(), caveat(c))));
    line(out, text("line.source", model.citation()));
    return out.toString();
  }

  private String category(Category category) {
    String meaning = categoryMeaning(category);
    return meaning.isEmpty()
        ? categoryLabel(category)
        : text("category.withMeaning", categoryLabel(category), meaning);
  }

  private static void line(StringBuilder out, String line) {
    out.append("  ").append(line).append('\n');
  }
}
