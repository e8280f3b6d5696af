package org.hccbm.models.internal;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.result.Category;

/**
 * The categories of a point score by total, declared as closed ranges. Building checks that the
 * ranges cover the score's minimum..maximum in order, without gaps or overlaps, so a table that
 * leaves a total without a category fails when its class initialises.
 *
 * @param <C> the category type
 */
public final class CategoryTable<C extends Category> {
  private final String score;
  private final int min;
  private final List<C> byTotal;

  private CategoryTable(String score, int min, List<C> byTotal) {
    this.score = score;
    this.min = min;
    this.byTotal = List.copyOf(byTotal);
  }

  /**
   * Starts a table.
   *
   * @param score the score's name, for messages (e.g. "Child–Pugh total")
   * @param min the score's minimum total
   * @param max the score's maximum total
   * @param <C> the category type
   * @return the builder
   */
  public static <C extends Category> Builder<C> byTotal(String score, int min, int max) {
    return new Builder<>(score, min, max);
  }

  /**
   * Returns the category of a total.
   *
   * @param total the total
   * @return the category
   * @throws InvalidClinicalInputException if the total is outside the score's range
   */
  public C of(int total) {
    if (total < min || total >= min + byTotal.size()) {
      throw new InvalidClinicalInputException(
          score, total, min + ".." + (min + byTotal.size() - 1));
    }
    return byTotal.get(total - min);
  }

  /**
   * Builds a {@link CategoryTable}.
   *
   * @param <C> the category type
   */
  public static final class Builder<C extends Category> {
    private final String score;
    private final int min;
    private final int max;
    private final List<C> byTotal = new ArrayList<>();

    private Builder(String score, int min, int max) {
      this.score = requireNonNull(score, "score");
      this.min = min;
      this.max = max;
    }

    /**
     * Adds the next range, which must start one above the previous one's end (or at the minimum).
     *
     * @param from the first total, inclusive
     * @param to the last total, inclusive
     * @param category the category
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder<C> range(int from, int to, C category) {
      int expected = min + byTotal.size();
      if (from != expected || to < from) {
        throw new IllegalStateException(
            score
                + " categories: range "
                + from
                + ".."
                + to
                + " of "
                + category.code()
                + " must start at "
                + expected
                + " and not be empty");
      }
      for (int t = from; t <= to; t++) {
        byTotal.add(category);
      }
      return this;
    }

    /**
     * Builds the table; ranges that stop short of the maximum or pass it throw.
     *
     * @return the table
     */
    public CategoryTable<C> build() {
      if (min + byTotal.size() - 1 != max) {
        throw new IllegalStateException(
            score
                + " categories cover "
                + min
                + ".."
                + (min + byTotal.size() - 1)
                + ", not "
                + min
                + ".."
                + max);
      }
      return new CategoryTable<>(score, min, byTotal);
    }
  }
}
