package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Renderer;

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
        throw new IllegalArgumentException("choice " + choice.name() + " is not enumerated");
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
  public record Outcome(List<Category> reachable, List<String> deciding) {}

  /**
   * What a rule decides for one completion: the category and the rule that decided it.
   *
   * @param category the category
   * @param rule the rule, in words
   */
  public record Verdict(Category category, String rule) {}

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
        known.add(ItemScore.finding(choice.name(), show(value), "as recorded"));
      }
    }
    if (open.isEmpty()) {
      Verdict verdict = rule.apply(first);
      known.add(ItemScore.finding("Rule applied", verdict.category().label(), verdict.rule()));
      return new Complete(model, known, Optional.empty(), Optional.of(verdict.category()), caveats);
    }
    Outcome outcome = enumerate(choices, a -> rule.apply(a).category());
    if (outcome.reachable().size() > 1) {
      return new Bounded(
          model,
          known,
          open,
          Optional.empty(),
          outcome.reachable(),
          outcome.deciding().stream().map(ItemCode::fromLabel).toList(),
          caveats);
    }
    // Every completion reaches the same category: the output is determined (errata, "an unknown
    // that cannot change the output does not bound it").
    Set<String> rules = new LinkedHashSet<>();
    walk(choices, 0, new Assignment(), a -> rules.add(rule.apply(a).rule()));
    Category only = outcome.reachable().get(0);
    List<ItemScore> items = new ArrayList<>(known);
    for (OpenItem o : open) {
      items.add(
          ItemScore.finding(
              o.item(),
              o.statusText(),
              "any of " + Renderer.english().possible(o.possible()) + ": same result"));
    }
    items.add(
        ItemScore.finding(
            "Rule applied",
            only.label(),
            rules.size() == 1 ? rules.iterator().next() : String.join("; or ", rules)));
    List<Caveat> all = new ArrayList<>(caveats);
    all.add(didNotMatter(open.stream().map(OpenItem::item).toList()));
    return new Complete(model, items, Optional.empty(), Optional.of(only), all);
  }

  /**
   * Returns the caveat of a result made complete although some inputs are unknown.
   *
   * @param unknowns the unknown inputs that did not matter
   * @return the caveat
   */
  public static Caveat didNotMatter(List<String> unknowns) {
    return Caveat.of(
        CaveatKind.UNKNOWN_DID_NOT_MATTER,
        String.join(", ", unknowns)
            + (unknowns.size() == 1 ? " is" : " are")
            + " unknown, but no value "
            + (unknowns.size() == 1 ? "it" : "they")
            + " could take changes the result");
  }

  /** Shows a value as a clinician reads it: booleans as yes/no. */
  static String show(Object value) {
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    return String.valueOf(value);
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
    Set<String> deciding = new LinkedHashSet<>();
    walk(
        choices,
        0,
        new Assignment(),
        a -> {
          Category c = rule.apply(a);
          reached.add(c);
          for (Choice<?> choice : choices) {
            if (choice.isOpen()
                && !deciding.contains(choice.name())
                && varies(choice, a, rule, c)) {
              deciding.add(choice.name());
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
