package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;

/**
 * Enumerates every completion of a rule-based model's open inputs: the categories reachable and the
 * inputs that could still change the category.
 */
public final class Completions {
  /** The values one completion assigns. */
  public static final class Assignment {
    private final IdentityHashMap<Choice<?>, Object> values = new IdentityHashMap<>();

    /**
     * Returns the value assigned to a choice.
     *
     * @param choice the choice
     * @param <T> the type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Choice<T> choice) {
      Object value = values.get(choice);
      if (value == null) {
        throw new IllegalArgumentException("choice " + choice.code() + " is not enumerated");
      }
      return (T) value;
    }
  }

  /**
   * What enumeration found.
   *
   * @param reachable the categories reached, in the categories' natural (enum) order
   * @param deciding the open inputs whose value could still change the category
   */
  public record Outcome(List<Category> reachable, List<ItemCode> deciding) {}

  /**
   * What a rule decides for one completion: the category and the rule that decided it.
   *
   * @param category the category
   * @param rule the rule, as data (worded by bundle key {@code rule.<code>})
   */
  public record Verdict(Category category, Band.Rule rule) {
    /**
     * Returns a verdict.
     *
     * @param category the category
     * @param rule the rule's code
     * @param args the values its wording names
     */
    public Verdict(Category category, String rule, Value... args) {
      this(category, new Band.Rule(rule, List.of(args)));
    }
  }

  private Completions() {}

  /**
   * Evaluates a rule-based model: complete when no input is open (the inputs and the rule that
   * decided are its items), bounded otherwise (every reachable category and the deciding inputs).
   *
   * @param model the model
   * @param choices the inputs
   * @param rule the model's rule
   * @param caveats the caveats
   * @return the result
   */
  public static ModelResult evaluate(
      ModelInfo model,
      List<Choice<?>> choices,
      Function<Assignment, Verdict> rule,
      List<Caveat> caveats) {
    List<ItemScore> known = new ArrayList<>();
    List<OpenItem> open = new ArrayList<>();
    Assignment first = new Assignment();
    for (Choice<?> choice : choices) {
      if (choice.isOpen()) {
        open.add(choice.open().orElseThrow());
      } else {
        Object value = choice.options().get(0);
        first.values.put(choice, value);
        known.add(
            new ItemScore(
                choice.code(),
                choice.input(value),
                new Band.Named(AS_RECORDED, Choice.band(value)),
                OptionalDouble.empty()));
      }
    }
    if (open.isEmpty()) {
      Verdict verdict = rule.apply(first);
      known.add(ruleApplied(verdict.category(), verdict.rule()));
      return new Complete(model, known, Optional.empty(), Optional.of(verdict.category()), caveats);
    }
    Outcome outcome = enumerate(choices, a -> rule.apply(a).category());
    if (outcome.reachable().size() > 1) {
      return new Bounded(
          model, known, open, Optional.empty(), outcome.reachable(), outcome.deciding(), caveats);
    }
    // Every completion reaches the same category: the output is determined (errata, "an unknown
    // that cannot change the output does not bound it").
    Set<Band.Rule> rules = new LinkedHashSet<>();
    walk(choices, 0, new Assignment(), a -> rules.add(rule.apply(a).rule()));
    Category only = outcome.reachable().get(0);
    List<ItemScore> items = new ArrayList<>(known);
    for (OpenItem o : open) {
      items.add(didNotMatterItem(o, "sameResult", OptionalDouble.empty()));
    }
    items.add(
        ruleApplied(
            only,
            rules.size() == 1
                ? rules.iterator().next()
                : new Band.Rule(
                    "anyOf",
                    List.of(joined("list.or", rules.stream().<Value>map(Value::of).toList())))));
    List<Caveat> all = new ArrayList<>(caveats);
    all.add(didNotMatter(open.stream().map(OpenItem::code).toList()));
    return new Complete(model, items, Optional.empty(), Optional.of(only), all);
  }

  private static final ItemCode RULE_APPLIED = ItemCode.of("ruleApplied");
  private static final String AS_RECORDED = "asRecorded";

  private static ItemScore ruleApplied(Category category, Band.Rule rule) {
    return new ItemScore(
        RULE_APPLIED,
        InputUsed.of("", new Value.Coded(type(category), category.code())),
        rule,
        OptionalDouble.empty());
  }

  /** The simple name of a category's enum (its bundle type). */
  private static String type(Category category) {
    return category instanceof Enum<?> e
        ? e.getDeclaringClass().getSimpleName()
        : category.getClass().getSimpleName();
  }

  /**
   * Returns the item shown for an open input that cannot change the result: "(status) → any of
   * (possibilities): same (result or points)". Still worded here, in English, from the open item's
   * rendering: the rare path (an unknown that cannot move the output) has no band kind of its own.
   *
   * @param open the open item
   * @param same {@code sameResult} or {@code samePoints}
   * @param points the points, for a point score
   * @return the item
   */
  static ItemScore didNotMatterItem(OpenItem open, String same, OptionalDouble points) {
    Renderer words = Renderer.english();
    return new ItemScore(
        open.code(),
        InputUsed.of("", Value.text(words.status(open))),
        new Band.Text(words.text("didNotMatter." + same, words.possible(open.possible()))),
        points);
  }

  /**
   * Returns the caveat of a result made complete although some inputs are unknown ({@code
   * unknownDidNotMatter.one} / {@code unknownDidNotMatter.many}); its one argument names the inputs
   * (items as {@link Value.Coded} of type {@code item}, worded by their labels, joined by the rule
   * {@code list.comma}).
   *
   * @param unknowns the unknown inputs that did not matter, at least one
   * @return the caveat
   */
  public static Caveat didNotMatter(List<ItemCode> unknowns) {
    return Caveat.coded(
        CaveatKind.UNKNOWN_DID_NOT_MATTER,
        unknowns.size() == 1 ? "unknownDidNotMatter.one" : "unknownDidNotMatter.many",
        joined(
            "list.comma",
            unknowns.stream().<Value>map(c -> new Value.Coded(Renderer.ITEM, c.value())).toList()));
  }

  /**
   * Returns one value, or several joined by a two-place rule ("{0}, {1}") nested to the right.
   *
   * @param rule the joining rule's code
   * @param values the values, at least one
   * @return the value
   */
  static Value joined(String rule, List<Value> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    return Value.of(
        (Band)
            new Band.Rule(
                rule, List.of(values.get(0), joined(rule, values.subList(1, values.size())))));
  }

  /**
   * Enumerates every completion.
   *
   * @param choices the inputs
   * @param rule the model's rule
   * @return the outcome
   */
  public static Outcome enumerate(
      List<Choice<?>> choices, Function<Assignment, ? extends Category> rule) {
    Set<Category> reached = new LinkedHashSet<>();
    Set<ItemCode> deciding = new LinkedHashSet<>();
    walk(
        choices,
        0,
        new Assignment(),
        a -> {
          Category c = rule.apply(a);
          reached.add(c);
          for (Choice<?> choice : choices) {
            if (choice.isOpen()
                && !deciding.contains(choice.code())
                && varies(choice, a, rule, c)) {
              deciding.add(choice.code());
            }
          }
        });
    List<Category> ordered = new ArrayList<>(reached);
    ordered.sort(Completions::declarationOrder);
    return new Outcome(ordered, List.copyOf(deciding));
  }

  private static <T> boolean varies(
      Choice<T> choice,
      Assignment a,
      Function<Assignment, ? extends Category> rule,
      Category current) {
    Object saved = a.values.get(choice);
    try {
      for (T option : choice.options()) {
        a.values.put(choice, option);
        if (!rule.apply(a).equals(current)) {
          return true;
        }
      }
      return false;
    } finally {
      a.values.put(choice, saved);
    }
  }

  private static void walk(
      List<Choice<?>> choices,
      int index,
      Assignment a,
      java.util.function.Consumer<Assignment> visit) {
    if (index == choices.size()) {
      visit.accept(a);
      return;
    }
    Choice<?> choice = choices.get(index);
    for (Object option : choice.options()) {
      a.values.put(choice, option);
      walk(choices, index + 1, a, visit);
    }
    a.values.remove(choice);
  }

  /**
   * Orders categories as their enum declares them: every {@code Category} enum lists its values in
   * clinical order (stage 0 before A, class A before B), which is the order a result shows.
   */
  @SuppressWarnings("EnumOrdinal") // the declaration order is the clinical order, by design
  private static int declarationOrder(Category a, Category b) {
    return Integer.compare(
        a instanceof Enum<?> e ? e.ordinal() : 0, b instanceof Enum<?> e ? e.ordinal() : 0);
  }
}
