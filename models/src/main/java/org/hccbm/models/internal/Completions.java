package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
    private final List<Choice<?>> choices;
    private final Object[] values;

    private Assignment(List<Choice<?>> choices) {
      this.choices = choices;
      this.values = new Object[choices.size()];
    }

    /**
     * Returns the value assigned to a choice.
     *
     * @param choice the choice
     * @param <T> the type
     * @return the value
     */
    // Inputs are told apart by identity, as the map they replace did: record equality would compare
    // every component on each look-up.
    @SuppressWarnings({"unchecked", "ReferenceEquality"})
    public <T> T get(Choice<T> choice) {
      // A model has at most six inputs: a scan by identity beats hashing.
      for (int i = 0; i < values.length; i++) {
        if (choices.get(i) == choice && values[i] != null) {
          return (T) values[i];
        }
      }
      throw new IllegalArgumentException("choice " + choice.code() + " is not enumerated");
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
    int k = choices.size();
    // Arrays sized once, then one immutable list each: the results keep them without a copy.
    ItemScore[] knownItems = new ItemScore[k + 1];
    OpenItem[] openItems = null;
    int knownCount = 0;
    int openCount = 0;
    Assignment first = new Assignment(choices);
    for (int i = 0; i < k; i++) {
      Choice<?> choice = choices.get(i);
      Optional<OpenItem> item = choice.open();
      if (item.isPresent()) {
        if (openItems == null) {
          openItems = new OpenItem[k];
        }
        openItems[openCount++] = item.get();
      } else {
        first.values[i] = choice.options().get(0);
        knownItems[knownCount++] = choice.recordedItem();
      }
    }
    if (openItems == null) {
      Verdict verdict = rule.apply(first);
      knownItems[k] = ruleApplied(verdict.category(), verdict.rule());
      return new Complete(
          model, List.of(knownItems), Optional.empty(), Optional.of(verdict.category()), caveats);
    }
    List<ItemScore> known = List.of(Arrays.copyOf(knownItems, knownCount));
    List<OpenItem> open = List.of(Arrays.copyOf(openItems, openCount));
    Verdict[] verdicts = new Verdict[size(choices)];
    Category[] categories = new Category[verdicts.length];
    walk(choices, rule, verdicts);
    for (int c = 0; c < verdicts.length; c++) {
      categories[c] = verdicts[c].category();
    }
    Outcome outcome = outcome(choices, categories);
    if (outcome.reachable().size() > 1) {
      return new Bounded(
          model, known, open, Optional.empty(), outcome.reachable(), outcome.deciding(), caveats);
    }
    // Every completion reaches the same category: the output is determined (errata, "an unknown
    // that cannot change the output does not bound it").
    Category only = outcome.reachable().get(0);
    List<ItemScore> items = new ArrayList<>(known.size() + open.size() + 1);
    items.addAll(known);
    Choice<?> alone = null;
    for (Choice<?> choice : choices) {
      Optional<OpenItem> item = choice.open();
      if (item.isPresent()) {
        items.add(choice.sameResultItem(item.get()));
        alone = choice;
      }
    }
    items.add(ruleApplied(only, rule(verdicts)));
    List<Caveat> all = new ArrayList<>(caveats.size() + 1);
    all.addAll(caveats);
    if (open.size() == 1 && alone != null) {
      all.add(alone.aloneDidNotMatter());
    } else {
      List<ItemCode> unknowns = new ArrayList<>(open.size());
      for (OpenItem o : open) {
        unknowns.add(o.code());
      }
      all.add(didNotMatter(unknowns));
    }
    return new Complete(model, items, Optional.empty(), Optional.of(only), all);
  }

  /** The known input's item "as recorded". */
  static ItemScore asRecorded(Choice<?> choice, Object value) {
    return new ItemScore(
        choice.code(),
        choice.input(value),
        new Band.Named(AS_RECORDED, Choice.band(value)),
        OptionalDouble.empty());
  }

  /**
   * The rule every completion applied: the one rule, or "any of" the distinct rules in walk order.
   */
  // Models return shared verdicts: a run of the same instance is compared once.
  @SuppressWarnings("ReferenceEquality")
  private static Band.Rule rule(Verdict[] verdicts) {
    Band.Rule one = verdicts[0].rule();
    for (Verdict v : verdicts) {
      if (v.rule() != one && !v.rule().equals(one)) {
        List<Band.Rule> rules = rules(verdicts);
        List<Value> values = new ArrayList<>(rules.size());
        for (Band.Rule r : rules) {
          values.add(Value.of(r));
        }
        return new Band.Rule("anyOf", List.of(joined("list.or", values)));
      }
    }
    return one;
  }

  /** The distinct rules of the verdicts, in walk order. */
  // Models return shared verdicts: a run of the same instance is hashed once.
  @SuppressWarnings("ReferenceEquality")
  private static List<Band.Rule> rules(Verdict[] verdicts) {
    // A model has a handful of rules: a list searched costs less than a set hashing each rule.
    List<Band.Rule> rules = new ArrayList<>();
    Band.Rule last = null;
    for (Verdict v : verdicts) {
      if (v.rule() != last) {
        last = v.rule();
        if (!rules.contains(last)) {
          rules.add(last);
        }
      }
    }
    return rules;
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
        ? EnumBands.simpleName(e.getDeclaringClass())
        : EnumBands.simpleName(category.getClass());
  }

  /**
   * Returns the item shown for an open input that cannot change the result: "(status) → any of
   * (possibilities): same (result or points)", as data: the input is the open item's {@link
   * Value.Open} and the band a {@link Band.NoDifference} of its possibilities.
   *
   * @param open the open item
   * @param same {@code sameResult} or {@code samePoints}
   * @param points the points, for a point score
   * @return the item
   */
  static ItemScore didNotMatterItem(OpenItem open, String same, OptionalDouble points) {
    if (!same.equals("sameResult") && !same.equals("samePoints")) {
      throw new IllegalArgumentException("same must be sameResult or samePoints, was " + same);
    }
    return new ItemScore(
        open.code(),
        // The patient field that would close it, when one field does ("" when several do, as
        // for the items derived from several fields).
        InputUsed.of(
            open.closedBy().size() == 1 ? open.closedBy().get(0) : "", Value.Open.of(open)),
        new Band.NoDifference(open.possible(), same.equals("samePoints")),
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
        joined("list.comma", codedItems(unknowns)));
  }

  private static List<Value> codedItems(List<ItemCode> codes) {
    List<Value> values = new ArrayList<>(codes.size());
    for (ItemCode c : codes) {
      values.add(new Value.Coded(Renderer.ITEM, c.value()));
    }
    return values;
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
    Category[] categories = new Category[size(choices)];
    walk(choices, rule, categories);
    return outcome(choices, categories);
  }

  /** The number of completions: the product of every input's option count. */
  private static int size(List<Choice<?>> choices) {
    int n = 1;
    for (Choice<?> choice : choices) {
      n = Math.multiplyExact(n, choice.options().size());
    }
    return n;
  }

  /**
   * Applies the rule to every completion once, in the order of nested loops over the inputs (the
   * first input outermost), storing each image at the completion's index in that order.
   */
  private static <R> void walk(
      List<Choice<?>> choices, Function<Assignment, ? extends R> rule, R[] images) {
    int k = choices.size();
    Assignment a = new Assignment(choices);
    int[] digits = new int[k];
    for (int i = 0; i < k; i++) {
      a.values[i] = choices.get(i).options().get(0);
    }
    for (int c = 0; c < images.length; c++) {
      images[c] = rule.apply(a);
      // Next completion: the last input moves fastest.
      for (int i = k - 1; i >= 0; i--) {
        List<?> options = choices.get(i).options();
        if (++digits[i] < options.size()) {
          a.values[i] = options.get(digits[i]);
          break;
        }
        digits[i] = 0;
        a.values[i] = options.get(0);
      }
    }
  }

  /**
   * The categories reached (in declaration order) and the deciding inputs, from the category of
   * every completion. An input decides when changing it alone changes the category at some
   * completion; the inputs are listed in the order a walk over the completions first finds them
   * deciding (then in input order), which is the order results have always shown.
   */
  // Completions share category instances: a run of the same instance is looked up once.
  @SuppressWarnings("ReferenceEquality")
  private static Outcome outcome(List<Choice<?>> choices, Category[] categories) {
    List<Category> ordered = new ArrayList<>();
    Category last = null;
    for (Category c : categories) {
      // completions in a run share a category: only a change is looked up
      if (c != last) {
        last = c;
        if (!ordered.contains(c)) {
          ordered.add(c);
        }
      }
    }
    ordered.sort(Completions::declarationOrder);
    int k = choices.size();
    int[] firstFound = new int[k];
    int stride = 1;
    for (int i = k - 1; i >= 0; i--) {
      int n = choices.get(i).options().size();
      firstFound[i] = choices.get(i).isOpen() ? firstVarying(categories, stride, n) : -1;
      stride *= n;
    }
    List<ItemCode> deciding = new ArrayList<>();
    for (int c = 0; c < categories.length; c++) {
      for (int i = 0; i < k; i++) {
        if (firstFound[i] == c) {
          deciding.add(choices.get(i).code());
        }
      }
    }
    return new Outcome(List.copyOf(ordered), List.copyOf(deciding));
  }

  /**
   * Returns the first completion (in walk order) at which the input with this stride and option
   * count changes the category when it alone changes, or -1 when it never does. Every completion on
   * a line along the input's axis varies when the line is not uniform, so the first is the smallest
   * index of the first such line met in walk order.
   */
  private static int firstVarying(Category[] categories, int stride, int n) {
    int block = stride * n;
    for (int start = 0; start < categories.length; start += block) {
      for (int base = start; base < start + stride; base++) {
        Category c0 = categories[base];
        for (int o = 1; o < n; o++) {
          if (!categories[base + o * stride].equals(c0)) {
            return base;
          }
        }
      }
    }
    return -1;
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
