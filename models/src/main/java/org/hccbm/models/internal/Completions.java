package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hccbm.core.result.Category;

/**
 * Enumerates every completion of a rule-based model's open inputs: the categories reachable and
 * the inputs that could still change the category.
 */
public final class Completions {
  /** The values one completion assigns. */
  public static final class Assignment {
    private final Map<Choice<?>, Object> values = new IdentityHashMap<>();

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

  private Completions() {}

  /**
   * Enumerates every completion.
   *
   * @param choices the inputs
   * @param rule the model's rule
   * @return the outcome
   */
  public static Outcome enumerate(List<Choice<?>> choices, Function<Assignment, ? extends Category> rule) {
    Set<Category> reached = new LinkedHashSet<>();
    Set<String> deciding = new LinkedHashSet<>();
    walk(choices, 0, new Assignment(), a -> {
      Category c = rule.apply(a);
      reached.add(c);
      for (Choice<?> choice : choices) {
        if (choice.isOpen() && !deciding.contains(choice.name()) && varies(choice, a, rule, c)) {
          deciding.add(choice.name());
        }
      }
    });
    List<Category> ordered = new ArrayList<>(reached);
    ordered.sort(Comparator.comparingInt(c -> c instanceof Enum<?> e ? e.ordinal() : 0));
    return new Outcome(ordered, List.copyOf(deciding));
  }

  private static <T> boolean varies(Choice<T> choice, Assignment a,
      Function<Assignment, ? extends Category> rule, Category current) {
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

  private static void walk(List<Choice<?>> choices, int index, Assignment a,
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
}
