package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Creatinine;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Sodium;
import org.hccbm.core.patient.Age;
import org.hccbm.core.patient.Sex;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Score;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.AlbiGrade;
import org.hccbm.models.liver.AlbiInput;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldInput;
import org.hccbm.models.liver.MeldNa;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: bounded results are exact. Over 100,000 seeded generated inputs, for MELD, MELD-Na,
 * MELD 3.0 and ALBI, checked through the public API on concrete completions only:
 *
 * <ol>
 *   <li>every completion's total is reported (every value of each discrete unknown, the corners and
 *       random interior points of each unknown laboratory range);
 *   <li>every reported total is reached by some completion (found by bisection along the segment
 *       between the lowest and highest corner of each discrete completion; for MELD-Na through each
 *       MELD(i) and then sodium);
 *   <li>a complete result's completions all agree;
 *   <li>each deciding input, varied alone, changes the total for some completion of the others, and
 *       an input not named never does on the completions sampled.
 * </ol>
 *
 * <p>The ranges searched are the library's documented ones (errata; {@code docs/models.md}):
 * bilirubin 0.1–50 mg/dL, INR 0.8–10, creatinine 0.2–20 mg/dL, sodium 100–180 mmol/L, albumin
 * 1.0–6.0 g/dL. Values beyond each model's own bounds give the same score as the bound.
 */
class ExactBoundsProperties {
  private static final int PATIENTS = 100_000;
  private static final int INTERIOR = 3;

  /** One unknown laboratory input of a MELD input: its range and how to set it. */
  private record Lab(
      String item,
      double lo,
      double hi,
      boolean log,
      java.util.function.BiFunction<MeldInput, Double, MeldInput> set) {
    double at(double t) {
      return log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo);
    }
  }

  private static MeldInput with(
      MeldInput in,
      Observed<Bilirubin> b,
      Observed<Inr> i,
      Observed<Creatinine> c,
      Observed<Sodium> n,
      Observed<Albumin> a,
      Observed<Sex> s,
      Observed<Age> g,
      Observed<Boolean> d) {
    return new MeldInput(b, i, c, n, a, s, g, d);
  }

  private static final Lab BILI =
      new Lab(
          "Bilirubin",
          0.1,
          50,
          true,
          (in, v) ->
              with(
                  in,
                  Observed.of(Bilirubin.mgPerDl(v)),
                  in.inr(),
                  in.creatinine(),
                  in.sodium(),
                  in.albumin(),
                  in.sex(),
                  in.age(),
                  in.dialysis()));
  private static final Lab INR =
      new Lab(
          "INR",
          0.8,
          10,
          true,
          (in, v) ->
              with(
                  in,
                  in.bilirubin(),
                  Observed.of(Inr.ratio(v)),
                  in.creatinine(),
                  in.sodium(),
                  in.albumin(),
                  in.sex(),
                  in.age(),
                  in.dialysis()));
  private static final Lab CREATININE =
      new Lab(
          "Creatinine",
          0.2,
          20,
          true,
          (in, v) ->
              with(
                  in,
                  in.bilirubin(),
                  in.inr(),
                  Observed.of(Creatinine.mgPerDl(v)),
                  in.sodium(),
                  in.albumin(),
                  in.sex(),
                  in.age(),
                  in.dialysis()));
  private static final Lab SODIUM =
      new Lab(
          "Sodium",
          100,
          180,
          false,
          (in, v) ->
              with(
                  in,
                  in.bilirubin(),
                  in.inr(),
                  in.creatinine(),
                  Observed.of(Sodium.mmolPerL(v)),
                  in.albumin(),
                  in.sex(),
                  in.age(),
                  in.dialysis()));
  private static final Lab ALBUMIN =
      new Lab(
          "Albumin",
          1.0,
          6.0,
          false,
          (in, v) ->
              with(
                  in,
                  in.bilirubin(),
                  in.inr(),
                  in.creatinine(),
                  in.sodium(),
                  Observed.of(Albumin.gPerDl(v)),
                  in.sex(),
                  in.age(),
                  in.dialysis()));

  /** The discrete completions of a MELD input: dialysis, sex and age group where unknown. */
  private static List<MeldInput> discreteCompletions(MeldInput in, boolean meld3) {
    List<MeldInput> out = new ArrayList<>(List.of(in));
    if (!in.dialysis().isKnown()) {
      out = expand(out, x -> List.of(x.withDialysis(false), x.withDialysis(true)));
    }
    if (meld3 && !in.sex().isKnown()) {
      out =
          expand(
              out,
              x ->
                  List.of(Sex.MALE, Sex.FEMALE).stream()
                      .map(
                          s ->
                              with(
                                  x,
                                  x.bilirubin(),
                                  x.inr(),
                                  x.creatinine(),
                                  x.sodium(),
                                  x.albumin(),
                                  Observed.of(s),
                                  x.age(),
                                  x.dialysis()))
                      .toList());
    }
    if (meld3 && !in.age().isKnown()) {
      out =
          expand(
              out,
              x ->
                  List.of(15, 50).stream()
                      .map(
                          a ->
                              with(
                                  x,
                                  x.bilirubin(),
                                  x.inr(),
                                  x.creatinine(),
                                  x.sodium(),
                                  x.albumin(),
                                  x.sex(),
                                  Observed.of(Age.years(a)),
                                  x.dialysis()))
                      .toList());
    }
    return out;
  }

  private static List<MeldInput> expand(
      List<MeldInput> in, Function<MeldInput, List<MeldInput>> f) {
    List<MeldInput> out = new ArrayList<>();
    in.forEach(x -> out.addAll(f.apply(x)));
    return out;
  }

  /** The unknown labs a model reads; creatinine only when dialysis is not known to be yes. */
  private static List<Lab> unknownLabs(MeldInput in, Score<MeldInput> model) {
    List<Lab> labs = new ArrayList<>();
    if (!in.bilirubin().isKnown()) {
      labs.add(BILI);
    }
    if (!in.inr().isKnown()) {
      labs.add(INR);
    }
    if (!in.creatinine().isKnown() && !in.dialysis().equals(Observed.of(true))) {
      labs.add(CREATININE);
    }
    if (model != Meld.INSTANCE && !in.sodium().isKnown()) {
      labs.add(SODIUM);
    }
    if (model == Meld3.INSTANCE && !in.albumin().isKnown()) {
      labs.add(ALBUMIN);
    }
    return labs;
  }

  private static MeldInput at(MeldInput in, List<Lab> labs, double[] t) {
    MeldInput out = in;
    for (int k = 0; k < labs.size(); k++) {
      out = labs.get(k).set().apply(out, labs.get(k).at(t[k]));
    }
    // creatinine on dialysis is irrelevant; give it a value so the input is complete
    if (!out.creatinine().isKnown()) {
      out = CREATININE.set().apply(out, 1.0);
    }
    if (!out.sodium().isKnown()) {
      out = SODIUM.set().apply(out, 137.0);
    }
    if (!out.albumin().isKnown()) {
      out = ALBUMIN.set().apply(out, 3.5);
    }
    if (!out.sex().isKnown()) {
      out =
          with(
              out,
              out.bilirubin(),
              out.inr(),
              out.creatinine(),
              out.sodium(),
              out.albumin(),
              Observed.of(Sex.MALE),
              out.age(),
              out.dialysis());
    }
    if (!out.age().isKnown()) {
      out =
          with(
              out,
              out.bilirubin(),
              out.inr(),
              out.creatinine(),
              out.sodium(),
              out.albumin(),
              out.sex(),
              Observed.of(Age.years(50)),
              out.dialysis());
    }
    return out;
  }

  private static double total(Score<MeldInput> model, MeldInput complete) {
    return HccbmAssertions.assertThat(model.evaluate(complete)).asComplete().totalValue();
  }

  /** Sample points of the unit box: its corners and a few random interior points. */
  private static List<double[]> samples(int dims, SplittableRandom r) {
    List<double[]> out = new ArrayList<>();
    for (int mask = 0; mask < 1 << dims; mask++) {
      double[] t = new double[dims];
      for (int k = 0; k < dims; k++) {
        t[k] = (mask >> k & 1) == 0 ? 0 : 1;
      }
      out.add(t);
    }
    for (int i = 0; i < INTERIOR && dims > 0; i++) {
      double[] t = new double[dims];
      for (int k = 0; k < dims; k++) {
        t[k] = r.nextDouble();
      }
      out.add(t);
    }
    return out;
  }

  /** Counts one chunk of the MELD property found. */
  private record Counts(int bounded, int completeWithUnknowns, int decidingChecked) {
    Counts plus(Counts o) {
      return new Counts(
          bounded + o.bounded,
          completeWithUnknowns + o.completeWithUnknowns,
          decidingChecked + o.decidingChecked);
    }
  }

  private static final int CHUNKS = 8;

  @Test
  void meldFamily_reachableSetsAreExact_completeMeansAgreed_decidingInputsDecide() {
    // Eight seeded chunks of 12,500 inputs, run in parallel; each chunk is reproducible alone.
    Counts total =
        java.util.stream.IntStream.range(0, CHUNKS)
            .parallel()
            .mapToObj(chunk -> meldChunk(20261130L + chunk, PATIENTS / CHUNKS))
            .reduce(new Counts(0, 0, 0), Counts::plus);
    System.out.printf(
        "exact bounds, MELD family: %d inputs, %d bounded results, %d complete "
            + "despite unknowns, %d deciding inputs confirmed%n",
        PATIENTS, total.bounded(), total.completeWithUnknowns(), total.decidingChecked());
    assertThat(total.bounded()).isGreaterThan(PATIENTS / 4);
    assertThat(total.completeWithUnknowns()).isPositive();
  }

  private static Counts meldChunk(long seed, int patients) {
    SplittableRandom gen = new SplittableRandom(seed);
    int bounded = 0;
    int completeWithUnknowns = 0;
    int decidingChecked = 0;
    for (int p = 0; p < patients; p++) {
      MeldInput in = Generators.meldInput(gen);
      SplittableRandom r = gen.split();
      for (Score<MeldInput> model :
          List.<Score<MeldInput>>of(Meld.INSTANCE, MeldNa.INSTANCE, Meld3.INSTANCE)) {
        ModelResult result = model.evaluate(in);
        if (result.isNotApplicable()) {
          continue; // not applicable
        }
        String where = model.info().id() + " for " + in + ": " + result.render();
        List<Lab> labs = unknownLabs(in, model);
        List<MeldInput> discrete = discreteCompletions(in, model == Meld3.INSTANCE);
        TreeSet<Double> seen = new TreeSet<>();
        for (MeldInput d : discrete) {
          for (double[] t : samples(labs.size(), r)) {
            seen.add(total(model, at(d, labs, t)));
          }
        }
        if (result.isComplete()) {
          Complete c = HccbmAssertions.assertThat(result).asComplete();
          if (discrete.size() > 1 || !labs.isEmpty()) {
            completeWithUnknowns++;
          }
          assertThat(seen).as("every completion agrees: " + where).containsOnly(c.totalValue());
          continue;
        }
        bounded++;
        Bounded b = HccbmAssertions.assertThat(result).asBounded();
        assertThat(b.totalRange().reachable())
            .as("each completion reported: " + where)
            .containsAll(seen);
        TreeSet<Double> reached = new TreeSet<>();
        for (MeldInput d : discrete) {
          reached.addAll(
              model == MeldNa.INSTANCE
                  ? reachedMeldNa(d, labs)
                  : reachedAlongDiagonal(model, d, labs));
        }
        assertThat(reached)
            .as("each reported total reached: " + where)
            .containsExactlyElementsOf(b.totalRange().reachable());
        decidingChecked += checkDeciding(model, in, b, labs, r, where);
      }
    }
    return new Counts(bounded, completeWithUnknowns, decidingChecked);
  }

  /** The totals along the segment between the lowest and highest corner, every integer found. */
  private static TreeSet<Double> reachedAlongDiagonal(
      Score<MeldInput> model, MeldInput d, List<Lab> labs) {
    TreeSet<Double> out = new TreeSet<>(along(model, d, labs).keySet());
    return out;
  }

  /** The totals along the segment from the lowest to the highest corner, each with its t. */
  private static java.util.Map<Double, double[]> along(
      Score<MeldInput> model, MeldInput d, List<Lab> labs) {
    int n = labs.size();
    double[] lo = null;
    double[] hi = null;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << n; mask++) {
      double[] t = new double[n];
      for (int k = 0; k < n; k++) {
        t[k] = (mask >> k & 1) == 0 ? 0 : 1;
      }
      double v = total(model, at(d, labs, t));
      if (v < min) {
        min = v;
        lo = t;
      }
      if (v > max) {
        max = v;
        hi = t;
      }
    }
    double[] a = lo;
    double[] z = hi;
    java.util.Map<Double, Double> ts = new java.util.TreeMap<>();
    fill(t -> total(model, at(d, labs, mix(a, z, t))), 0, min, 1, max, ts);
    java.util.Map<Double, double[]> out = new java.util.TreeMap<>();
    ts.forEach((v, t) -> out.put(v, mix(a, z, t)));
    return out;
  }

  /**
   * Every total a function of t in [l, h] reaches, found by halving wherever two neighbouring
   * totals differ by more than one (the totals are integers; a gap is closed or proved a jump).
   */
  private static void fill(
      java.util.function.DoubleUnaryOperator f,
      double l,
      double fl,
      double h,
      double fh,
      java.util.Map<Double, Double> out) {
    out.putIfAbsent(fl, l);
    out.putIfAbsent(fh, h);
    if (Math.abs(fh - fl) <= 1 || h - l < 1e-12) {
      return;
    }
    double m = (l + h) / 2;
    double fm = f.applyAsDouble(m);
    fill(f, l, fl, m, fm, out);
    fill(f, m, fm, h, fh, out);
  }

  private static void fill(
      java.util.function.DoubleUnaryOperator f,
      double l,
      double fl,
      double h,
      double fh,
      TreeSet<Double> out) {
    java.util.Map<Double, Double> at = new java.util.TreeMap<>();
    fill(f, l, fl, h, fh, at);
    out.addAll(at.keySet());
  }

  private static double[] mix(double[] a, double[] z, double m) {
    double[] t = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      t[k] = a[k] + m * (z[k] - a[k]);
    }
    return t;
  }

  /** MELD-Na: every MELD(i) reached, then for each the sodium range, each integer found. */
  private static TreeSet<Double> reachedMeldNa(MeldInput d, List<Lab> labs) {
    List<Lab> meldLabs = labs.stream().filter(l -> l != SODIUM).toList();
    boolean sodiumOpen = labs.contains(SODIUM);
    TreeSet<Double> out = new TreeSet<>();
    MeldInput base = d;
    for (var e : along(Meld.INSTANCE, base, meldLabs).entrySet()) {
      MeldInput point = at(base, meldLabs, e.getValue());
      assertThat(total(Meld.INSTANCE, point)).isEqualTo(e.getKey());
      if (!sodiumOpen) {
        out.add(total(MeldNa.INSTANCE, at(point, List.of(), new double[0])));
        continue;
      }
      MeldInput at = point;
      fill(
          na -> total(MeldNa.INSTANCE, SODIUM.set().apply(at, na)),
          125,
          total(MeldNa.INSTANCE, SODIUM.set().apply(at, 125.0)),
          137,
          total(MeldNa.INSTANCE, SODIUM.set().apply(at, 137.0)),
          out);
    }
    return out;
  }

  /** Checks each deciding input by search; returns how many were confirmed. */
  private static int checkDeciding(
      Score<MeldInput> model,
      MeldInput in,
      Bounded b,
      List<Lab> labs,
      SplittableRandom r,
      String where) {
    int confirmed = 0;
    List<String> open = b.openItems().stream().map(o -> o.item()).toList();
    for (String item : open) {
      boolean named = b.decidingItems().contains(item);
      boolean changes = changesAlone(model, in, labs, item, r, named);
      if (named) {
        assertThat(changes)
            .as(
                item
                    + " named deciding, but varying it alone never changes the "
                    + "total: "
                    + where)
            .isTrue();
        confirmed++;
      } else {
        assertThat(changes).as(item + " changes the total but is not named: " + where).isFalse();
      }
    }
    return confirmed;
  }

  private static boolean changesAlone(
      Score<MeldInput> model,
      MeldInput in,
      List<Lab> labs,
      String item,
      SplittableRandom r,
      boolean slide) {
    Lab lab = labs.stream().filter(l -> l.item().equals(item)).findFirst().orElse(null);
    List<Lab> others = labs.stream().filter(l -> l != lab).toList();
    for (MeldInput d : discreteCompletions(in, model == Meld3.INSTANCE)) {
      List<MeldInput> variants =
          lab != null
              ? List.of(lab.set().apply(d, lab.lo()), lab.set().apply(d, lab.hi()))
              : flip(d, item);
      List<double[]> points = samples(others.size(), r);
      for (double[] t : points) {
        if (differs(model, variants, others, t)) {
          return true;
        }
      }
      // A small difference decides only where another input puts the score at a rounding step:
      // slide each other laboratory input to every step of the first variant's total.
      for (double[] t : slide ? points : List.<double[]>of()) {
        for (int k = 0; k < others.size(); k++) {
          if (slides(model, variants, others, t, k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean differs(
      Score<MeldInput> model, List<MeldInput> variants, List<Lab> others, double[] t) {
    double first = total(model, at(variants.get(0), others, t));
    for (int i = 1; i < variants.size(); i++) {
      if (total(model, at(variants.get(i), others, t)) != first) {
        return true;
      }
    }
    return false;
  }

  private static boolean slides(
      Score<MeldInput> model, List<MeldInput> variants, List<Lab> others, double[] t, int k) {
    int steps = 64;
    double[] u = t.clone();
    u[k] = 0;
    double previous = total(model, at(variants.get(0), others, u));
    for (int i = 1; i <= steps; i++) {
      double[] v = t.clone();
      v[k] = (double) i / steps;
      double current = total(model, at(variants.get(0), others, v));
      if (current != previous) {
        double l = (double) (i - 1) / steps;
        double h = (double) i / steps;
        for (int j = 0; j < 60; j++) {
          double m = (l + h) / 2;
          v[k] = m;
          if (total(model, at(variants.get(0), others, v)) == previous) {
            l = m;
          } else {
            h = m;
          }
        }
        for (double end : new double[] {l, h}) {
          v[k] = end;
          if (differs(model, variants, others, v)) {
            return true;
          }
        }
        previous = current;
      }
    }
    return false;
  }

  private static List<MeldInput> flip(MeldInput d, String item) {
    return switch (item) {
      case "Dialysis" -> List.of(d.withDialysis(false), d.withDialysis(true));
      case "Sex" ->
          List.of(Sex.MALE, Sex.FEMALE).stream()
              .map(
                  s ->
                      with(
                          d,
                          d.bilirubin(),
                          d.inr(),
                          d.creatinine(),
                          d.sodium(),
                          d.albumin(),
                          Observed.of(s),
                          d.age(),
                          d.dialysis()))
              .toList();
      case "Age" ->
          List.of(15, 50).stream()
              .map(
                  a ->
                      with(
                          d,
                          d.bilirubin(),
                          d.inr(),
                          d.creatinine(),
                          d.sodium(),
                          d.albumin(),
                          d.sex(),
                          Observed.of(Age.years(a)),
                          d.dialysis()))
              .toList();
      default -> throw new IllegalArgumentException(item);
    };
  }

  @Test
  void albi_boundsAreAttained_gradesReached_decidingByGradeOnly() {
    SplittableRandom gen = new SplittableRandom(20261131L);
    int bounded = 0;
    for (int p = 0; p < PATIENTS; p++) {
      AlbiInput in = Generators.albiInput(gen);
      ModelResult result = Albi.INSTANCE.evaluate(in);
      if (!result.isBounded()) {
        continue;
      }
      Bounded b = HccbmAssertions.assertThat(result).asBounded();
      bounded++;
      double[] bili =
          in.bilirubin()
              .known()
              .map(x -> new double[] {x.inUmolPerL()})
              .orElse(new double[] {1.71, 855});
      double[] alb =
          in.albumin().known().map(x -> new double[] {x.inGPerL()}).orElse(new double[] {10, 60});
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      TreeSet<Integer> grades = new TreeSet<>();
      for (double bl : bili) {
        for (double al : alb) {
          Complete c =
              HccbmAssertions.assertThat(
                      Albi.INSTANCE.evaluate(
                          new AlbiInput(
                              Observed.of(Bilirubin.umolPerL(bl)), Observed.of(Albumin.gPerL(al)))))
                  .asComplete();
          min = Math.min(min, c.totalValue());
          max = Math.max(max, c.totalValue());
        }
      }
      assertThat(b.totalRange().min()).isEqualTo(min);
      assertThat(b.totalRange().max()).isEqualTo(max);
      for (var g : b.reachableCategories()) {
        grades.add(((AlbiGrade) g).albiGrade());
      }
      TreeSet<Integer> expected = new TreeSet<>();
      for (double s = min; s < max; s += (max - min) / 512) {
        expected.add(AlbiGrade.forScore(s).albiGrade());
      }
      expected.add(AlbiGrade.forScore(max).albiGrade());
      assertThat(grades).isEqualTo(expected);
      // deciding: the item named iff some value of the other lets it change the grade (1/2/3)
      List<String> expectDeciding = new ArrayList<>();
      if (bili.length == 2 && crosses(0.66 * Math.log10(1.71), 0.66 * Math.log10(855), alb)) {
        expectDeciding.add("Bilirubin");
      }
      if (alb.length == 2 && crossesAlbumin(bili)) {
        expectDeciding.add("Albumin");
      }
      assertThat(b.decidingItems()).as(in.toString()).isEqualTo(expectDeciding);
    }
    System.out.printf("exact bounds, ALBI: %d inputs, %d bounded%n", PATIENTS, bounded);
    assertThat(bounded).isGreaterThan(PATIENTS / 10);
  }

  /** Whether the bilirubin term, for some albumin in {@code alb}'s range, crosses a grade cut. */
  private static boolean crosses(double lo, double hi, double[] alb) {
    double aLo = alb[0];
    double aHi = alb[alb.length - 1];
    for (int i = 0; i <= 2000; i++) {
      double a = aLo + (aHi - aLo) * i / 2000;
      if (AlbiGrade.forScore(lo - 0.085 * a).albiGrade()
          != AlbiGrade.forScore(hi - 0.085 * a).albiGrade()) {
        return true;
      }
    }
    return false;
  }

  private static boolean crossesAlbumin(double[] bili) {
    double bLo = bili[0];
    double bHi = bili[bili.length - 1];
    for (int i = 0; i <= 2000; i++) {
      double t = 0.66 * Math.log10(bLo * Math.pow(bHi / bLo, i / 2000.0));
      if (AlbiGrade.forScore(t - 0.085 * 60).albiGrade()
          != AlbiGrade.forScore(t - 0.085 * 10).albiGrade()) {
        return true;
      }
    }
    return false;
  }
}
