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
import org.jspecify.annotations.Nullable;

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

    /**
     * Adds {@link #image} to a set; a formula may add it without building the set.
     *
     * @param lo the lower ends
     * @param hi the upper ends
     * @param out the set added to
     */
    default void addImage(double[] lo, double[] hi, IntSet out) {
      out.addAll(image(lo, hi));
    }
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

  /** What the search found: the reachable reported values and the deciding unknowns. */
  public static final class Search {
    private final IntSet reachable;
    private final List<Unknown> unknowns;
    private final boolean[] deciding;

    Search(IntSet reachable, List<Unknown> unknowns, boolean[] deciding) {
      this.reachable = reachable;
      this.unknowns = unknowns;
      this.deciding = deciding;
    }

    /**
     * Returns every reported value some completion reaches.
     *
     * @return the values, ascending
     */
    public SortedSet<Integer> reachable() {
      return reachable.toSortedSet();
    }

    /**
     * Returns the number of reachable values.
     *
     * @return the count
     */
    public int count() {
      return reachable.size();
    }

    /**
     * Returns the reachable values as doubles, ascending.
     *
     * @return the values
     */
    public List<Double> totals() {
      return reachable.toDoubles();
    }

    /**
     * Returns the items of the unknowns that can change the reported value.
     *
     * @return the items, in the order the unknowns were given
     */
    public List<String> deciding() {
      List<String> out = new ArrayList<>(deciding.length);
      for (int k = 0; k < deciding.length; k++) {
        if (deciding[k]) {
          out.add(unknowns.get(k).item());
        }
      }
      return out;
    }

    /**
     * Returns whether an unknown can change the reported value.
     *
     * @param k the unknown's position in the list searched
     * @return true when it decides
     */
    public boolean decides(int k) {
      return deciding[k];
    }
  }

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
    int[] ends = cornerEnds(f, lo, hi);
    return between(ends[0], ends[1]);
  }

  /**
   * Returns the reported values at the lowest and the highest corner by raw value ({@link
   * #cornerPoints}): the ends of {@link #cornerImage}.
   *
   * @param f the formula
   * @param lo the lower ends
   * @param hi the upper ends
   * @return the reported value at the lowest corner, then at the highest
   */
  public static int[] cornerEnds(Formula f, double[] lo, double[] hi) {
    double[][] at = cornerPoints(f, lo, hi);
    // The reported value at each end is computed once (a reported value may be an exact decimal
    // computation).
    return new int[] {f.reported(at[0]), f.reported(at[1])};
  }

  /**
   * Returns the corners of the box with the lowest and the highest raw value (the first of each
   * found, corners in the order of a binary count over the free inputs). Only the raw value is
   * computed here, so that a formula can take the reported values at the two corners itself.
   *
   * @param f the formula
   * @param lo the lower ends
   * @param hi the upper ends
   * @return the lowest corner, then the highest
   */
  public static double[][] cornerPoints(Formula f, double[] lo, double[] hi) {
    int n = lo.length;
    double[] x = lo.clone();
    double minRaw = Double.POSITIVE_INFINITY;
    double maxRaw = Double.NEGATIVE_INFINITY;
    int minMask = 0;
    int maxMask = 0;
    int[] free = new int[n];
    int frees = 0;
    for (int i = 0; i < n; i++) {
      if (lo[i] != hi[i]) {
        free[frees++] = i;
      }
    }
    for (int mask = 0; mask < 1 << frees; mask++) {
      corner(x, lo, hi, free, frees, mask);
      double r = f.raw(x);
      if (r < minRaw) {
        minRaw = r;
        minMask = mask;
      }
      if (r > maxRaw) {
        maxRaw = r;
        maxMask = mask;
      }
    }
    double[] max = x;
    corner(max, lo, hi, free, frees, maxMask);
    double[] min = lo.clone();
    corner(min, lo, hi, free, frees, minMask);
    return new double[][] {min, max};
  }

  /** Sets the free inputs of {@code x} to the corner a bit mask names (bit set: upper end). */
  private static void corner(
      double[] x, double[] lo, double[] hi, int[] free, int frees, int mask) {
    for (int k = 0; k < frees; k++) {
      int i = free[k];
      x[i] = (mask & (1 << k)) == 0 ? lo[i] : hi[i];
    }
  }

  /** Every integer from {@code from} to {@code to}; empty when {@code to < from}. */
  public static SortedSet<Integer> between(int from, int to) {
    return to < from
        ? ImmutableSortedSet.of()
        : ContiguousSet.create(Range.closed(from, to), DiscreteDomain.integers());
  }

  /** Integers collected in any order, returned ascending without duplicates. */
  public static final class IntSet {
    /** 0..63, one bit each: every reported value of the MELD family. */
    private long low;

    private @Nullable BitSet high;
    private @Nullable SortedSet<Integer> negative;

    /**
     * Adds an integer.
     *
     * @param v the integer
     */
    public void add(int v) {
      if (v >= 0 && v < 64) {
        low |= 1L << v;
      } else if (v >= 64) {
        if (high == null) {
          high = new BitSet();
        }
        high.set(v);
      } else {
        if (negative == null) {
          negative = new TreeSet<>();
        }
        negative.add(v);
      }
    }

    /**
     * Adds every integer from {@code from} to {@code to}; none when {@code to < from}.
     *
     * @param from the first
     * @param to the last
     */
    public void addRange(int from, int to) {
      if (from >= 0 && to < 64) {
        if (to >= from) {
          low |= (-1L >>> (63 - to)) & (-1L << from);
        }
        return;
      }
      for (int v = from; v <= to; v++) {
        add(v);
      }
    }

    /**
     * Adds every integer of a set.
     *
     * @param values the integers
     */
    public void addAll(SortedSet<Integer> values) {
      if (values instanceof ContiguousSet<Integer> c && !c.isEmpty()) {
        addRange(c.first(), c.last());
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
      return Long.bitCount(low)
          + (high == null ? 0 : high.cardinality())
          + (negative == null ? 0 : negative.size());
    }

    /**
     * Returns the integers, ascending.
     *
     * @return the set
     */
    public SortedSet<Integer> toSortedSet() {
      if (high == null && negative == null) {
        if (low == 0) {
          return ImmutableSortedSet.of();
        }
        int first = Long.numberOfTrailingZeros(low);
        int last = 63 - Long.numberOfLeadingZeros(low);
        if (Long.bitCount(low) == last - first + 1) {
          return between(first, last);
        }
      }
      ImmutableSortedSet.Builder<Integer> out = ImmutableSortedSet.naturalOrder();
      for (int v : toInts()) {
        out.add(v);
      }
      return out.build();
    }

    /** The integers, ascending. */
    private int[] toInts() {
      int[] out = new int[size()];
      int k = 0;
      if (negative != null) {
        for (int v : negative) {
          out[k++] = v;
        }
      }
      for (long bits = low; bits != 0; bits &= bits - 1) {
        out[k++] = Long.numberOfTrailingZeros(bits);
      }
      if (high != null) {
        for (int v = high.nextSetBit(0); v >= 0; v = high.nextSetBit(v + 1)) {
          out[k++] = v;
        }
      }
      return out;
    }

    /** The integers as doubles, ascending. */
    List<Double> toDoubles() {
      int[] ints = toInts();
      Double[] out = new Double[ints.length];
      for (int i = 0; i < ints.length; i++) {
        out[i] = Wholes.boxed(ints[i]);
      }
      return List.of(out); // immutable: results keep it without a copy
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
    boolean[] deciding = new boolean[unknowns.size()];
    if (reachable.size() > 1) {
      for (int k = 0; k < deciding.length; k++) {
        deciding[k] = decides(f, point, unknowns, unknowns.get(k));
      }
    }
    return new Search(reachable, unknowns, deciding);
  }

  /** Adds the image over the continuous box for every combination of the discrete unknowns. */
  private static void images(
      Formula f, List<Unknown> discrete, int k, double[] lo, double[] hi, IntSet out) {
    if (k == discrete.size()) {
      f.addImage(lo, hi, out);
      return;
    }
    Unknown u = discrete.get(k);
    for (double v : u.values()) {
      lo[u.index()] = v;
      hi[u.index()] = v;
      images(f, discrete, k + 1, lo, hi, out);
    }
  }

  /** What {@link #visit} does at each point. */
  private enum Visit {
    /** Stops where the reported value differs; notes whether the raw value ever differs. */
    CORNERS,
    /** Stops where the reported value differs; keeps witnesses where only the raw value does. */
    GRID,
    /** Keeps further witnesses where only the raw value differs; never stops. */
    CORNER_WITNESSES
  }

  /** {@link #visit}: the reported value differs at a point. */
  private static final int STOP = 2;

  /** {@link #visit}: the raw value differs at some point (the reported value at none). */
  private static final int RAW_DIFFERS = 1;

  /**
   * Compares {@code x}'s values at every point of the product, in order: each completion
   * (outermost), then each axis's values with the last axis varying fastest. The point {@code p} is
   * reused; {@code q} is scratch space.
   *
   * @return {@link #STOP}, {@link #RAW_DIFFERS} or 0
   */
  private static int visit(
      Visit mode,
      Formula f,
      List<double[]> completions,
      int[] axes,
      double[][] values,
      double[] p,
      int xi,
      double[] xv,
      double[] q,
      List<double[]> witnesses) {
    int dims = axes.length;
    int[] at = new int[dims];
    int found = 0;
    for (double[] c : completions) {
      System.arraycopy(c, 0, p, 0, p.length);
      for (int d = 0; d < dims; d++) {
        at[d] = 0;
        p[axes[d]] = values[d][0];
      }
      while (true) {
        if (mode == Visit.CORNER_WITNESSES) {
          if (witnesses.size() < 2 * WITNESSES && compare(f, p, xi, xv, q) == 1) {
            witnesses.add(p.clone());
          }
        } else {
          int differs = compare(f, p, xi, xv, q);
          if (differs == 2) {
            return STOP;
          }
          if (differs == 1) {
            found = RAW_DIFFERS;
            if (mode == Visit.GRID && witnesses.size() < WITNESSES) {
              witnesses.add(p.clone());
            }
          }
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
    return found;
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
    int xi = x.index();
    double[] xv = new double[x.values().size()];
    for (int i = 0; i < xv.length; i++) {
      xv[i] = x.values().get(i);
    }
    double[] p = point.clone();
    double[] q = new double[point.length];
    List<double[]> witnesses = new ArrayList<>();
    // 1. Corners of the continuous box, with every discrete completion.
    int corners = visit(Visit.CORNERS, f, completions, axes, cornerValues, p, xi, xv, q, witnesses);
    if (corners == STOP) {
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
    if (visit(Visit.GRID, f, completions, axes, gridValues, p, xi, xv, q, witnesses) == STOP) {
      return true;
    }
    if (corners == RAW_DIFFERS) {
      int unused =
          visit(
              Visit.CORNER_WITNESSES, f, completions, axes, cornerValues, p, xi, xv, q, witnesses);
    }
    // 3. Where the raw values differ, slide one continuous input to each step of the reported
    //    value at x's low end: on one side of it, the other end may already have stepped. Several
    //    witnesses are tried, since at one the score may sit at its cap along every slide.
    for (double[] witness : witnesses) {
      for (Unknown y : continuous) {
        if (stepSearch(f, witness, xi, xv, y, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean stepSearch(
      Formula f, double[] witness, int xi, double[] xv, Unknown y, double[] q) {
    double[] p = witness.clone();
    int yi = y.index();
    double a = y.lo();
    double b = y.hi();
    p[xi] = xv[0];
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
      p[yi] = l;
      if (compare(f, p, xi, xv, q) == 2) {
        return true;
      }
      p[yi] = h;
      if (compare(f, p, xi, xv, q) == 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * 0: same raw value everywhere; 1: raw differs, reported same; 2: reported differs. {@code q} is
   * scratch space.
   */
  private static int compare(Formula f, double[] p, int xi, double[] xv, double[] q) {
    System.arraycopy(p, 0, q, 0, p.length);
    q[xi] = xv[0];
    int first = f.reported(q);
    double firstRaw = f.raw(q);
    int result = 0;
    for (int i = 1; i < xv.length; i++) {
      q[xi] = xv[i];
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
