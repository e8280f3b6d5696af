package org.hccbm.models.internal;

import java.util.ArrayList;
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
    double[] x = lo.clone();
    double[] min = lo.clone();
    double[] max = lo.clone();
    double minRaw = Double.POSITIVE_INFINITY;
    double maxRaw = Double.NEGATIVE_INFINITY;
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] != hi[i]) {
        free.add(i);
      }
    }
    for (int mask = 0; mask < 1 << free.size(); mask++) {
      for (int k = 0; k < free.size(); k++) {
        int i = free.get(k);
        x[i] = (mask & (1 << k)) == 0 ? lo[i] : hi[i];
      }
      double r = f.raw(x);
      if (r < minRaw) {
        minRaw = r;
        min = x.clone();
      }
      if (r > maxRaw) {
        maxRaw = r;
        max = x.clone();
      }
    }
    SortedSet<Integer> out = new TreeSet<>();
    // The reported value at the highest corner is computed once, not at every step of the loop
    // (a reported value may be an exact decimal computation).
    int top = f.reported(max);
    for (int v = f.reported(min); v <= top; v++) {
      out.add(v);
    }
    return out;
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
    SortedSet<Integer> reachable = new TreeSet<>();
    List<Unknown> discrete = unknowns.stream().filter(u -> !u.continuous()).toList();
    List<Unknown> continuous = unknowns.stream().filter(Unknown::continuous).toList();
    double[] lo = point.clone();
    double[] hi = point.clone();
    for (Unknown u : continuous) {
      lo[u.index()] = u.lo();
      hi[u.index()] = u.hi();
    }
    forEachCombination(discrete, 0, lo, hi, () -> reachable.addAll(f.image(lo, hi)));
    List<String> deciding = new ArrayList<>();
    if (reachable.size() > 1) {
      for (Unknown u : unknowns) {
        if (decides(f, point, unknowns, u)) {
          deciding.add(u.item());
        }
      }
    }
    return new Search(reachable, deciding);
  }

  private static void forEachCombination(
      List<Unknown> discrete, int k, double[] lo, double[] hi, Runnable visit) {
    if (k == discrete.size()) {
      visit.run();
      return;
    }
    Unknown u = discrete.get(k);
    for (double v : u.values()) {
      lo[u.index()] = v;
      hi[u.index()] = v;
      forEachCombination(discrete, k + 1, lo, hi, visit);
    }
  }

  /** Whether varying {@code x} alone changes the reported value for some completion of the rest. */
  private static boolean decides(Formula f, double[] point, List<Unknown> unknowns, Unknown x) {
    List<Unknown> others = unknowns.stream().filter(u -> u.index() != x.index()).toList();
    List<Unknown> discrete = others.stream().filter(u -> !u.continuous()).toList();
    List<Unknown> continuous = others.stream().filter(Unknown::continuous).toList();
    List<double[]> completions = new ArrayList<>();
    double[] base = point.clone();
    collect(discrete, 0, base, completions);
    // 1. Corners of the continuous box, with every discrete completion.
    List<double[]> corners = expand(completions, continuous, 0);
    boolean rawDiffers = false;
    for (double[] p : corners) {
      int differs = compare(f, p, x);
      if (differs == 2) {
        return true;
      }
      rawDiffers |= differs == 1;
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
    List<double[]> grid = expandGrid(completions, continuous, 0, perAxis);
    List<double[]> witnesses = new ArrayList<>();
    for (double[] p : grid) {
      int differs = compare(f, p, x);
      if (differs == 2) {
        return true;
      }
      if (differs == 1 && witnesses.size() < WITNESSES) {
        witnesses.add(p);
      }
    }
    if (rawDiffers) {
      for (double[] p : corners) {
        if (witnesses.size() < 2 * WITNESSES && compare(f, p, x) == 1) {
          witnesses.add(p);
        }
      }
    }
    // 3. Where the raw values differ, slide one continuous input to each step of the reported
    //    value at x's low end: on one side of it, the other end may already have stepped. Several
    //    witnesses are tried, since at one the score may sit at its cap along every slide.
    for (double[] witness : witnesses) {
      for (Unknown y : continuous) {
        if (stepSearch(f, witness, x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean stepSearch(Formula f, double[] witness, Unknown x, Unknown y) {
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
        if (compare(f, p, x) == 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** 0: same raw value everywhere; 1: raw differs, reported same; 2: reported differs. */
  private static int compare(Formula f, double[] p, Unknown x) {
    double[] q = p.clone();
    q[x.index()] = x.values().get(0);
    int first = f.reported(q);
    double firstRaw = f.raw(q);
    int result = 0;
    for (int i = 1; i < x.values().size(); i++) {
      q[x.index()] = x.values().get(i);
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

  private static List<double[]> expand(List<double[]> points, List<Unknown> continuous, int k) {
    if (k == continuous.size()) {
      return points;
    }
    Unknown u = continuous.get(k);
    List<double[]> next = new ArrayList<>();
    for (double[] p : points) {
      for (double v : u.values()) {
        double[] q = p.clone();
        q[u.index()] = v;
        next.add(q);
      }
    }
    return expand(next, continuous, k + 1);
  }

  private static List<double[]> expandGrid(
      List<double[]> points, List<Unknown> continuous, int k, int perAxis) {
    if (k == continuous.size()) {
      return points;
    }
    Unknown u = continuous.get(k);
    List<double[]> next = new ArrayList<>();
    for (double[] p : points) {
      for (int i = 1; i <= perAxis; i++) {
        double[] q = p.clone();
        q[u.index()] = u.lo() + (u.hi() - u.lo()) * i / (perAxis + 1);
        next.add(q);
      }
    }
    return expandGrid(next, continuous, k + 1, perAxis);
  }
}
