package org.hccbm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.hccbm.core.Diameter;
import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Calcium;
import org.hccbm.core.lab.Crp;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.Ldh;
import org.hccbm.core.lab.Platelets;
import org.hccbm.core.lab.PtProlongation;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.TotalRange;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.Models;
import org.hccbm.models.Score;
import org.hccbm.models.bone.Bollen;
import org.hccbm.models.bone.Katagiri;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.liver.Albi;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldNa;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: bounded results are exact for the point scores and rule models too. Over 100,000 seeded
 * generated patients, each model's input is completed by brute force: every unknown component is
 * replaced by every value of a representative set that covers every band of every model on both
 * sides of each cut-point (every enum value; ECOG 0–5 and Karnofsky 10–100; labs at and beside each
 * cut-point; tumours at each Milan, UCSF and BCLC boundary). Independently of the engine, through
 * the public API:
 *
 * <ol>
 *   <li>a complete result's every completion gives its total and category;
 *   <li>a bounded result's reachable totals and categories are exactly those of the completions;
 *   <li>its deciding inputs are exactly the unknowns that, varied alone, change the category for
 *       some completion of the others.
 * </ol>
 *
 * <p>Inputs whose completions would number more than {@value #MAX_COMPLETIONS} are skipped and
 * counted (the count is printed and bounded).
 */
class BruteForceBoundsProperties {
  private static final int PATIENTS = 100_000;
  private static final int CHUNKS = 8;
  private static final int MAX_COMPLETIONS = 2_000;

  /**
   * The formula models, whose totals are continuous: {@link ExactBoundsProperties} checks their
   * bounds. Every other model of the catalogue (the point scores and rule models) is checked here.
   */
  private static final Set<String> FORMULA_MODELS =
      Set.of(
          Albi.INSTANCE.info().id(),
          Meld.INSTANCE.info().id(),
          MeldNa.INSTANCE.info().id(),
          Meld3.INSTANCE.info().id());

  /**
   * The models that read Karnofsky natively: an ECOG grade that is two Karnofsky values on both
   * sides of one of their cuts is completed by each of them.
   */
  private static final Set<Score<?>> KPS_NATIVE =
      Set.of(Tokuhashi.INSTANCE, VanDerLinden.INSTANCE, Bollen.INSTANCE);

  /** Values each component type may take, covering every model's bands on both sides. */
  private static final Map<Class<?>, List<?>> VALUES = new HashMap<>();

  static {
    List<PerformanceStatus> ps = new ArrayList<>();
    for (int g = 0; g <= 5; g++) {
      ps.add(PerformanceStatus.of(Ecog.of(g)));
    }
    for (int k = 10; k <= 100; k += 10) {
      ps.add(PerformanceStatus.of(Karnofsky.of(k)));
    }
    VALUES.put(PerformanceStatus.class, ps);
    VALUES.put(Boolean.class, List.of(false, true));
    VALUES.put(
        Bilirubin.class,
        mg(Bilirubin::mgPerDl, 0.5, 1.39, 1.4, 1.99, 2.0, 3.0, 3.01, 3.99, 4.0, 8, 10.0, 10.01));
    VALUES.put(Albumin.class, mg(Albumin::gPerDl, 2.0, 2.79, 2.8, 3.5, 3.51, 3.69, 3.7, 4.5));
    VALUES.put(Inr.class, mg(Inr::ratio, 1.0, 1.69, 1.7, 2.3, 2.31, 3.5));
    VALUES.put(Crp.class, mg(Crp::mgPerDl, 0.1, 0.39, 0.4, 2));
    VALUES.put(Ldh.class, mg(Ldh::unitsPerL, 150, 249, 250, 400));
    VALUES.put(Platelets.class, mg(Platelets::thousandPerUl, 50, 99, 100, 250));
    VALUES.put(Calcium.class, mg(Calcium::mgPerDl, 9, 10.29, 10.3, 12));
    VALUES.put(PtProlongation.class, mg(PtProlongation::seconds, 2, 3.99, 4, 6, 6.01, 8));
    VALUES.put(
        IntrahepaticTumour.class,
        List.of(
            tumour(1.5),
            tumour(2.0),
            tumour(2.1),
            tumour(3.0),
            tumour(5.0),
            tumour(5.1),
            tumour(6.5),
            tumour(6.6),
            tumour(9),
            tumour(2.5, 2.5),
            tumour(3.0, 3.0, 2.0),
            tumour(3.1, 1.0),
            tumour(4.5, 3.5),
            tumour(4.5, 3.6),
            tumour(4.6, 1.0),
            tumour(2, 2, 2, 2)));
  }

  private static <T> List<T> mg(java.util.function.DoubleFunction<T> f, double... values) {
    List<T> out = new ArrayList<>();
    for (double v : values) {
      out.add(f.apply(v));
    }
    return out;
  }

  private static IntrahepaticTumour tumour(double... cm) {
    return IntrahepaticTumour.of(
        java.util.Arrays.stream(cm).mapToObj(Diameter::cm).toArray(Diameter[]::new));
  }

  /**
   * For Katagiri, whose laboratory item reads six values, one value on each side of its own cut
   * (the other models' cuts do not matter to it), so that its completions stay few.
   */
  private static final Map<Class<?>, List<?>> KATAGIRI_VALUES =
      Map.of(
          Bilirubin.class, mg(Bilirubin::mgPerDl, 1.39, 1.4),
          Albumin.class, mg(Albumin::gPerDl, 3.69, 3.7),
          Crp.class, mg(Crp::mgPerDl, 0.39, 0.4),
          Ldh.class, mg(Ldh::unitsPerL, 249, 250),
          Platelets.class, mg(Platelets::thousandPerUl, 99, 100),
          Calcium.class, mg(Calcium::mgPerDl, 10.29, 10.3),
          PerformanceStatus.class,
              List.of(
                  PerformanceStatus.of(Ecog.of(0)),
                  PerformanceStatus.of(Ecog.of(2)),
                  PerformanceStatus.of(Ecog.of(3)),
                  PerformanceStatus.of(Karnofsky.of(80)),
                  PerformanceStatus.of(Karnofsky.of(60)),
                  PerformanceStatus.of(Karnofsky.of(40))));

  /** Integer inputs, by component name: every band of every model that reads them. */
  private static final Map<String, List<Integer>> INTEGERS =
      Map.of(
          "extraspinalFoci", List.of(0, 1, 2, 3, 4),
          "vertebralMetastases", List.of(1, 2, 3, 4),
          "boneLesions", List.of(1, 2, 3),
          "noduleCount", List.of(1, 2, 3, 4, 5));

  private static final Set<String> KATAGIRI_LABS =
      Set.of("crp", "ldh", "albumin", "platelets", "calcium", "bilirubin");

  /** One open component and the values it may take. */
  private record Open(int index, String name, List<?> values) {}

  private static List<?> valuesOf(Score<?> model, RecordComponent c) {
    Type t = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
    Class<?> type = (Class<?>) (t instanceof ParameterizedType p ? p.getRawType() : t);
    if (type == Integer.class) {
      return INTEGERS.get(c.getName());
    }
    if (type.isEnum()) {
      // a constant that is itself partly unknown ("present, pattern unknown") is no completion
      return java.util.Arrays.stream(type.getEnumConstants())
          .filter(e -> !((Enum<?>) e).name().endsWith("_UNKNOWN"))
          .toList();
    }
    if (model == Bclc.INSTANCE && type == PerformanceStatus.class) {
      // BCLC reads the ECOG grade (Karnofsky is converted to it)
      return ((List<?>) VALUES.get(type)).subList(0, 6);
    }
    if (model == Katagiri.INSTANCE && KATAGIRI_VALUES.containsKey(type)) {
      return KATAGIRI_VALUES.get(type);
    }
    return VALUES.get(type);
  }

  @Test
  void pointScoresAndRuleModels_boundsAreExact_byBruteForce() throws Exception {
    List<Score<?>> models =
        Models.all().stream().filter(m -> !FORMULA_MODELS.contains(m.info().id())).toList();
    assertThat(models).hasSize(Models.all().size() - FORMULA_MODELS.size());
    long[] counts =
        IntStream.range(0, CHUNKS)
            .parallel()
            .mapToObj(chunk -> chunk(models, 20261201L + chunk, PATIENTS / CHUNKS))
            .reduce(
                new long[4],
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
    System.out.printf(
        "exact bounds by brute force: %d patients × %d models; %d bounded, %d "
            + "complete despite unknowns, %d completions evaluated, %d inputs skipped (over %d "
            + "completions)%n",
        PATIENTS, models.size(), counts[0], counts[1], counts[2], counts[3], MAX_COMPLETIONS);
    assertThat(counts[0]).isGreaterThan(PATIENTS);
    assertThat(counts[3]).isLessThan(PATIENTS * models.size() / 100);
  }

  private static long[] chunk(List<Score<?>> models, long seed, int patients) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] counts = new long[4];
    for (int p = 0; p < patients; p++) {
      Patient patient = Generators.patient(r);
      for (Score<?> model : models) {
        try {
          check(model, patient, counts);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return counts;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void check(Score model, Patient patient, long[] counts)
      throws ReflectiveOperationException {
    Object input = model.inputFrom(patient);
    ModelResult result;
    try {
      result = model.evaluate(input);
    } catch (org.hccbm.core.InvalidClinicalInputException e) {
      return; // an input the model refuses (e.g. Tokuhashi with no vertebral metastasis)
    }
    if (result.isNotApplicable()) {
      return; // not applicable
    }
    RecordComponent[] parts = input.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    List<Open> open = new ArrayList<>();
    long size = 1;
    for (int i = 0; i < parts.length; i++) {
      values[i] = parts[i].getAccessor().invoke(input);
      if (values[i] instanceof Observed<?> o && !o.isKnown()) {
        List<?> candidates = valuesOf(model, parts[i]);
        assertThat(candidates).as("values for " + parts[i]).isNotNull();
        open.add(new Open(i, parts[i].getName(), candidates));
        size *= candidates.size();
      } else if (values[i] instanceof Observed<?> o
          && o.known().orElseThrow() instanceof Enum<?> e
          && e.name().startsWith("PRESENT_")
          && e.name().endsWith("_UNKNOWN")) {
        // known to be present, its kind unknown: every present constant
        List<?> present =
            java.util.Arrays.stream(e.getDeclaringClass().getEnumConstants())
                .filter(x -> !x.name().equals("NONE") && !x.name().endsWith("_UNKNOWN"))
                .toList();
        open.add(new Open(i, parts[i].getName(), present));
        size *= present.size();
      } else if (values[i] instanceof Observed<?> o
          && o.known().orElseThrow() instanceof PerformanceStatus ps
          && KPS_NATIVE.contains(model)
          && ps.karnofskyCandidates(org.hccbm.core.performance.PsConvention.STANDARD).size() > 1) {
        // KPS-native models: an ECOG grade is two Karnofsky values, each a completion
        List<?> kps =
            ps.karnofskyCandidates(org.hccbm.core.performance.PsConvention.STANDARD).stream()
                .map(PerformanceStatus::of)
                .toList();
        open.add(new Open(i, parts[i].getName(), kps));
        size *= kps.size();
      } else if (values[i] instanceof List<?> l
          && l.size() > 1
          && l.get(0) instanceof ChildPughClass) {
        open.add(new Open(i, parts[i].getName(), l.stream().map(List::of).toList()));
        size *= l.size();
      }
    }
    if (size > MAX_COMPLETIONS) {
      counts[3]++;
      return;
    }
    Constructor<?> make =
        input
            .getClass()
            .getDeclaredConstructor(
                java.util.Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new));
    // every completion: its category and total, keyed by the index of each open value
    List<int[]> keys = new ArrayList<>();
    List<Set<Category>> categories = new ArrayList<>();
    List<Double> totals = new ArrayList<>();
    int[] index = new int[open.size()];
    while (true) {
      Object[] args = values.clone();
      for (int k = 0; k < open.size(); k++) {
        Object v = open.get(k).values().get(index[k]);
        args[open.get(k).index()] = v instanceof List<?> ? v : Observed.of(v);
      }
      ModelResult done;
      try {
        done = model.evaluate(make.newInstance(args));
      } catch (java.lang.reflect.InvocationTargetException e) {
        // a combination the input refuses (e.g. a nodule count unlike the nodules) is no completion
        done = null;
      }
      if (done != null && !done.isNotApplicable()) {
        keys.add(index.clone());
        // a complete completion gives its one category and total (NaN for a model without one);
        // a bounded one (every input known, yet a conversion is ambiguous: ECOG 1 is KPS 70 or 80)
        // stands for the values the model reports for it
        boolean complete = done.isComplete();
        Set<Category> one = new LinkedHashSet<>(done.possibleCategories());
        if (complete) {
          assertThat(one).as("a complete completion's category: " + done.render()).hasSize(1);
        }
        categories.add(one);
        Optional<TotalRange> doneTotals = done.possibleTotals();
        if (doneTotals.isPresent()) {
          totals.addAll(doneTotals.get().reachable());
        } else if (complete) {
          totals.add(Double.NaN);
        }
      }
      counts[2]++;
      int k = 0;
      while (k < open.size() && ++index[k] == open.get(k).values().size()) {
        index[k++] = 0;
      }
      if (k == open.size()) {
        break;
      }
    }
    String where = model.info().id() + " for " + input + ":\n" + result.render();
    Set<Category> reachedCategories = new LinkedHashSet<>();
    categories.forEach(reachedCategories::addAll);
    TreeSet<Double> reachedTotals = new TreeSet<>(totals);
    if (result.isComplete()) {
      Complete c = HccbmAssertions.assertThat(result).asComplete();
      if (!open.isEmpty()) {
        counts[1]++;
      }
      assertThat(reachedCategories)
          .as("every completion agrees: " + where)
          .containsOnly(c.category().orElse(null));
      if (c.total().isPresent()) {
        assertThat(reachedTotals).as(where).containsOnly(c.total().get().value());
      }
      return;
    }
    counts[0]++;
    Bounded b = HccbmAssertions.assertThat(result).asBounded();
    assertThat(reachedCategories)
        .as("reachable categories: " + where)
        .containsExactlyInAnyOrderElementsOf(b.reachableCategories());
    if (b.totals().isPresent()) {
      assertThat(reachedTotals)
          .as("reachable totals: " + where)
          .containsExactlyElementsOf(b.totalRange().reachable());
    }
    // deciding: an open input whose value alone changes the category for some completion
    List<String> deciding = new ArrayList<>();
    for (int k = 0; k < open.size(); k++) {
      Map<String, Set<Category>> byRest = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        int[] rest = keys.get(i).clone();
        rest[k] = -1;
        // a completion whose own category is not determined is left out of this comparison
        if (categories.get(i).size() == 1) {
          byRest
              .computeIfAbsent(java.util.Arrays.toString(rest), x -> new LinkedHashSet<>())
              .addAll(categories.get(i));
        }
      }
      if (byRest.values().stream().anyMatch(s -> s.size() > 1)) {
        deciding.add(open.get(k).name());
      }
    }
    String as = "deciding inputs (by component: " + deciding + "): " + where;
    if (model == Katagiri.INSTANCE) {
      // six laboratory inputs make one item ("Laboratory data"): it decides iff one of them does
      long labs = deciding.stream().filter(KATAGIRI_LABS::contains).count();
      assertThat(b.decidingItems())
          .as(as)
          .hasSize(deciding.size() - (int) labs + (labs > 0 ? 1 : 0));
    } else {
      assertThat(b.decidingItems()).as(as).hasSameSizeAs(deciding);
    }
  }
}
