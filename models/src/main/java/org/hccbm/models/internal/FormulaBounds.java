package org.hccbm.models.internal;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bounded-results engine for formula models whose reported value is an integer (the MELD
 * family). A patient is a point {@code x}: every input one coordinate, the known ones fixed, the
 * unknown ones free over a few values (dialysis, sex, age group) or a range (a laboratory value).
 *
 * <p>Three rules (errata, "Bounded results and one band edge"):
 *
 * <ul>
 *   <li><b>Exact reachable sets.</b> Discrete unknowns are enumerated, never spanned: the union
 *       over their combinations of the formula's image over the continuous box. A dialysis status
 *       that is unknown gives the two scores it can give, not every integer between them.
 *   <li><b>Determined means complete.</b> A caller turns a single reachable value into a complete
 *       result with a note naming the unknowns that did not matter.
 *   <li><b>Deciding inputs</b> are the unknowns that, varied alone, change the reported value for
 *       some completion of the others. Every formula here is monotone in each input when the others
 *       are fixed (MELD and MELD 3.0 are linear in each transformed input; MELD-Na is monotone in
 *       MELD(i) and in sodium), so a continuous input need only be compared at the ends of its
 *       range. The completions of the others searched are every combination of discrete values, the
 *       corners of the continuous box, then a grid inside it, then a bisection along each
 *       continuous input for the step of the reported value; an input whose every comparison has
 *       the same raw value is not deciding.
 * </ul>
 */
public final class FormulaBounds {
  /** Grid points per continuous input, inside its range, when corners do not decide. */
  private static final int GRID = 6;

  /** At most this many grid completions are visited per input. */
  private static final int GRID_BUDGET = 4096;

  /** Points where an input changes the raw value, from which slides are tried. */
  private static final int WITNESSES = 24;

  /** Bisection steps along one continuous input. */
  private static final int BISECTION_STEPS = 60;

  /** A formula model over a point: every input one coordinate. */
  public interface Formula {
    /**
     * Returns the unrounded value at a point.
     *
     * @param x every input
     * @return the raw value
     */
    double raw(double[] x);

    /**
     * Returns the reported integer at a point.
     *
     * @param x every input
     * @return the reported value
     */
    int reported(double[] x);

    /**
     * Returns every reported value reached when each input {@code i} ranges over {@code [lo[i],
     * hi[i]]} (equal ends for a fixed input).
     *
     * @param lo the lower ends
     * @param hi the upper ends
     * @return the reachable values, ascending
     */
    SortedSet<Integer> image(double[] lo, double[] hi);
  }

  /**
   * An unknown input: a coordinate with a few values, or a range.
   *
   * @param index the coordinate
   * @param item the item's name, as the result shows it
   * @param values the values it may take; for a range, its two ends
   * @param continuous whether every value between the two ends is possible
   */
  public record Unknown(int index, String item, List<Double> values, boolean continuous) {
    /** Copies the values. */
    public Unknown {
      values = List.copyOf(values);
      if (values.isEmpty() || (continuous && values.size() != 2)) {
        throw new IllegalArgumentException("unknown " + item + " has values " + values);
      }
    }

    /**
     * Returns an unknown with a few possible values.
     *
     * @param index the coordinate
     * @param item the item's name
     * @param values the values
     * @return the unknown
     */
    public static Unknown discrete(int index, String item, double... values) {
      List<Double> v = new ArrayList<>();
      for (double d : values) {
        v.add(d);
      }
      return new Unknown(index, item, v, false);
    }

    /**
     * Returns an unknown over a range.
     *
     * @param index the coordinate
     * @param item the item's name
     * @param lo the lowest value
     * @param hi the highest value
     * @return the unknown
     */
    public static Unknown range(int index, String item, double lo, double hi) {
      return new Unknown(index, item, List.of(lo, hi), true);
    }

    double lo() {
      return values.get(0);
    }

    double hi() {
      return values.get(values.size() - 1);
    }
  }

  /**
   * What the search found.
   *
   * @param reachable every reported value some completion reaches, ascending
   * @param deciding the unknowns that can change the reported value, in the order given
   */
  public record Search(SortedSet<Integer> reachable, List<String> deciding) {}

  private FormulaBounds() {}

  /**
   * Returns the image of a formula that is continuous and whose extremes over a box lie at its
   * corners (a function linear in each input): every integer between the reported values of the
   * lowest and highest corner.
   *
   * @param f the formula
   * @param lo the lower ends
   * @param hi the upper ends
   * @return the reachable values
   */
  public static SortedSet<Integer> cornerImage(Formula f, double[] lo, double[] hi) {
    int n = lo.length;
    double[] x = lo.clone();
    double[] min = lo.clone();
    double[] max = lo.clone();
    double minRaw = Double.POSITIVE_INFINITY;
    double maxRaw = Double.NEGATIVE_INFINITY;
    int[] free = new int[n];
    int frees = 0;
    for (int i = 0; i < n; i++) {
      if (lo[i] != hi[i]) {
        free[frees++] = i;
      }
    }
    for (int mask = 0; mask < 1 << frees; mask++) {
      for (int k = 0; k < frees; k++) {
        int i = free[k];
        x[i] = (mask & (1 << k)) == 0 ? lo[i] : hi[i];
      }
      double r = f.raw(x);
      if (r < minRaw) {
        minRaw = r;
        System.arraycopy(x, 0, min, 0, n);
      }
      if (r > maxRaw) {
        maxRaw = r;
        System.arraycopy(x, 0, max, 0, n);
      }
    }
    // The reported value at the highest corner is computed once (a reported value may be an exact
    // decimal computation).
    return between(f.reported(min), f.reported(max));
  }

  /** Every integer from {@code from} to {@code to}; empty when {@code to < from}. */
  public static SortedSet<Integer> between(int from, int to) {
    return to < from
        ? ImmutableSortedSet.of()
        : ContiguousSet.create(Range.closed(from, to), DiscreteDomain.integers());
  }

  /** Integers collected in any order, returned ascending without duplicates. */
  public static final class IntSet {
    private final BitSet nonNegative = new BitSet(64);
    private final SortedSet<Integer> negative = new TreeSet<>();

    /**
     * Adds an integer.
     *
     * @param v the integer
     */
    public void add(int v) {
      if (v >= 0) {
        nonNegative.set(v);
      } else {
        negative.add(v);
      }
    }

    /**
     * Adds every integer of a set.
     *
     * @param values the integers
     */
    public void addAll(SortedSet<Integer> values) {
      if (values instanceof ContiguousSet<Integer> c && !c.isEmpty() && c.first() >= 0) {
        nonNegative.set(c.first(), c.last() + 1);
        return;
      }
      for (int v : values) {
        add(v);
      }
    }

    /**
     * Returns the number of integers.
     *
     * @return the count
     */
    public int size() {
      return nonNegative.cardinality() + negative.size();
    }

    /**
     * Returns the integers, ascending.
     *
     * @return the set
     */
    public SortedSet<Integer> toSortedSet() {
      int count = nonNegative.cardinality();
      if (negative.isEmpty()
          && count > 0
          && nonNegative.length() - nonNegative.nextSetBit(0) == count) {
        return between(nonNegative.nextSetBit(0), nonNegative.length() - 1);
      }
      ImmutableSortedSet.Builder<Integer> out = ImmutableSortedSet.naturalOrder();
      out.addAll(negative);
      for (int v = nonNegative.nextSetBit(0); v >= 0; v = nonNegative.nextSetBit(v + 1)) {
        out.add(v);
      }
      return out.build();
    }
  }

  /**
   * Searches every completion of the unknowns.
   *
   * @param f the formula
   * @param point every input; the unknown coordinates' values are ignored
   * @param unknowns the unknown inputs
   * @return the reachable values and the deciding unknowns
   */
  public static Search search(Formula f, double[] point, List<Unknown> unknowns) {
    IntSet reachable = new IntSet();
    List<Unknown> discrete = new ArrayList<>(unknowns.size());
    double[] lo = point.clone();
    double[] hi = point.clone();
    for (Unknown u : unknowns) {
      if (u.continuous()) {
        lo[u.index()] = u.lo();
        hi[u.index()] = u.hi();
      } else {
        discrete.add(u);
      }
    }
    images(f, discrete, 0, lo, hi, reachable);
    List<String> deciding = new ArrayList<>(unknowns.size());
    if (reachable.size() > 1) {
      for (Unknown u : unknowns) {
        if (decides(f, point, unknowns, u)) {
          deciding.add(u.item());
        }
      }
    }
    return new Search(reachable.toSortedSet(), deciding);
  }

  /** Adds the image over the continuous box for every combination of the discrete unknowns. */
  private static void images(
      Formula f, List<Unknown> discrete, int k, double[] lo, double[] hi, IntSet out) {
    if (k == discrete.size()) {
      out.addAll(f.image(lo, hi));
      return;
    }
    Unknown u = discrete.get(k);
    for (double v : u.values()) {
      lo[u.index()] = v;
      hi[u.index()] = v;
      images(f, discrete, k + 1, lo, hi, out);
    }
  }

  /**
   * Calls {@code visit} with every point of the product, in order: each completion (outermost),
   * then each axis's values with the last axis varying fastest. The point passed is reused.
   */
  private interface PointVisitor {
    /** Returns true to stop. */
    boolean visit(double[] p);
  }

  private static boolean forEachPoint(
      List<double[]> completions, int[] axes, double[][] values, double[] p, PointVisitor visit) {
    int dims = axes.length;
    int[] at = new int[dims];
    for (double[] c : completions) {
      System.arraycopy(c, 0, p, 0, p.length);
      for (int d = 0; d < dims; d++) {
        at[d] = 0;
        p[axes[d]] = values[d][0];
      }
      while (true) {
        if (visit.visit(p)) {
          return true;
        }
        int d = dims - 1;
        while (d >= 0 && ++at[d] == values[d].length) {
          at[d] = 0;
          p[axes[d]] = values[d][0];
          d--;
        }
        if (d < 0) {
          break;
        }
        p[axes[d]] = values[d][at[d]];
      }
    }
    return false;
  }

  /** Whether varying {@code x} alone changes the reported value for some completion of the rest. */
  private static boolean decides(Formula f, double[] point, List<Unknown> unknowns, Unknown x) {
    List<Unknown> discrete = new ArrayList<>(unknowns.size());
    List<Unknown> continuous = new ArrayList<>(unknowns.size());
    for (Unknown u : unknowns) {
      if (u.index() != x.index()) {
        (u.continuous() ? continuous : discrete).add(u);
      }
    }
    List<double[]> completions = new ArrayList<>();
    double[] base = point.clone();
    collect(discrete, 0, base, completions);
    int dims = continuous.size();
    int[] axes = new int[dims];
    double[][] cornerValues = new double[dims][];
    for (int d = 0; d < dims; d++) {
      Unknown u = continuous.get(d);
      axes[d] = u.index();
      cornerValues[d] = new double[] {u.lo(), u.hi()};
    }
    double[] p = point.clone();
    double[] q = new double[point.length];
    // 1. Corners of the continuous box, with every discrete completion.
    boolean[] rawDiffers = {false};
    if (forEachPoint(
        completions,
        axes,
        cornerValues,
        p,
        c -> {
          int differs = compare(f, c, x, q);
          rawDiffers[0] |= differs == 1;
          return differs == 2;
        })) {
      return true;
    }
    if (continuous.isEmpty()) {
      return false;
    }
    // 2. A grid inside the box.
    int perAxis =
        Math.max(
            1,
            Math.min(
                GRID,
                (int)
                        Math.floor(
                            Math.pow(
                                (double) GRID_BUDGET / Math.max(1, completions.size()),
                                1.0 / continuous.size()))
                    - 1));
    double[][] gridValues = new double[dims][perAxis];
    for (int d = 0; d < dims; d++) {
      Unknown u = continuous.get(d);
      for (int i = 1; i <= perAxis; i++) {
        gridValues[d][i - 1] = u.lo() + (u.hi() - u.lo()) * i / (perAxis + 1);
      }
    }
    List<double[]> witnesses = new ArrayList<>();
    if (forEachPoint(
        completions,
        axes,
        gridValues,
        p,
        g -> {
          int differs = compare(f, g, x, q);
          if (differs == 2) {
            return true;
          }
          if (differs == 1 && witnesses.size() < WITNESSES) {
            witnesses.add(g.clone());
          }
          return false;
        })) {
      return true;
    }
    if (rawDiffers[0]) {
      boolean unused =
          forEachPoint(
              completions,
              axes,
              cornerValues,
              p,
              c -> {
                if (witnesses.size() < 2 * WITNESSES && compare(f, c, x, q) == 1) {
                  witnesses.add(c.clone());
                }
                return false;
              });
    }
    // 3. Where the raw values differ, slide one continuous input to each step of the reported
    //    value at x's low end: on one side of it, the other end may already have stepped. Several
    //    witnesses are tried, since at one the score may sit at its cap along every slide.
    for (double[] witness : witnesses) {
      for (Unknown y : continuous) {
        if (stepSearch(f, witness, x, y, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean stepSearch(Formula f, double[] witness, Unknown x, Unknown y, double[] q) {
    double[] p = witness.clone();
    int yi = y.index();
    double a = y.lo();
    double b = y.hi();
    p[x.index()] = x.lo();
    p[yi] = a;
    int ra = f.reported(p);
    p[yi] = b;
    int rb = f.reported(p);
    if (ra == rb) {
      return false;
    }
    // Every step of the reported value along y at x's low end, found by bisection.
    List<double[]> stack = new ArrayList<>();
    stack.add(new double[] {a, b, ra, rb});
    int budget = 64;
    while (!stack.isEmpty() && budget-- > 0) {
      double[] seg = stack.remove(stack.size() - 1);
      double l = seg[0];
      double h = seg[1];
      int rl = (int) seg[2];
      int rh = (int) seg[3];
      for (int i = 0; i < BISECTION_STEPS && h - l > 0; i++) {
        double m = l + (h - l) / 2;
        if (m == l || m == h) {
          break;
        }
        p[yi] = m;
        int rm = f.reported(p);
        if (rm != rl && rm != rh) {
          stack.add(new double[] {m, h, rm, rh});
          h = m;
          rh = rm;
        } else if (rm == rl) {
          l = m;
        } else {
          h = m;
          rh = rm;
        }
      }
      for (double v : new double[] {l, h}) {
        p[yi] = v;
        if (compare(f, p, x, q) == 2) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 0: same raw value everywhere; 1: raw differs, reported same; 2: reported differs. {@code q} is
   * scratch space.
   */
  private static int compare(Formula f, double[] p, Unknown x, double[] q) {
    System.arraycopy(p, 0, q, 0, p.length);
    List<Double> values = x.values();
    q[x.index()] = values.get(0);
    int first = f.reported(q);
    double firstRaw = f.raw(q);
    int result = 0;
    for (int i = 1; i < values.size(); i++) {
      q[x.index()] = values.get(i);
      if (f.reported(q) != first) {
        return 2;
      }
      if (f.raw(q) != firstRaw) {
        result = 1;
      }
    }
    return result;
  }

  private static void collect(List<Unknown> discrete, int k, double[] x, List<double[]> out) {
    if (k == discrete.size()) {
      out.add(x.clone());
      return;
    }
    Unknown u = discrete.get(k);
    for (double v : u.values()) {
      x[u.index()] = v;
      collect(discrete, k + 1, x, out);
    }
  }
}
