package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Category;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.PrognosticCategory;
import org.hccbm.models.SurvivalBand;
import org.junit.jupiter.api.Test;

/**
 * {@link SurvivalPolicies#estimate} keeps the estimates of the library's categories in a shared
 * cache (DESIGN.md §9: many threads, same results). Eight threads ask for every estimate of the
 * constructed patients' results at once, each in its own order, and every answer must be the one
 * the categories state: the model asked about, the union of the categories' survival bands, and a
 * basis naming each category.
 */
class SurvivalEstimateConcurrencyTest {
  private record Asked(String modelId, ModelResult result) {}

  private static List<Asked> asked() {
    List<Patient> patients = ConstructedPatients.all();
    List<Asked> out = new ArrayList<>();
    for (Patient p : patients) {
      for (Models.Evaluation e : Models.evaluate(p)) {
        out.add(new Asked(e.model().id(), e.result()));
      }
    }
    return out;
  }

  /** What an estimate must say, worked out from the categories without the cache. */
  private static void assertStatesItsCategories(Asked a, Optional<SurvivalEstimate> estimate) {
    List<Category> categories = a.result().possibleCategories();
    if (categories.isEmpty()) {
      assertThat(estimate).as("%s has no category to estimate from", a.modelId()).isEmpty();
      return;
    }
    EnumSet<SurvivalBand> bands = EnumSet.noneOf(SurvivalBand.class);
    for (Category c : categories) {
      bands.addAll(
          c instanceof PrognosticCategory p
              ? p.survivalBands()
              : EnumSet.allOf(SurvivalBand.class));
    }
    assertThat(estimate).isPresent();
    SurvivalEstimate got = estimate.orElseThrow();
    assertThat(got.modelId()).isEqualTo(a.modelId());
    assertThat(got.bands()).containsExactlyElementsOf(bands);
    for (Category c : categories) {
      assertThat(got.basisText()).contains(c.label());
    }
  }

  @Test
  void eightThreadsGetTheEstimateTheirCategoriesState() throws Exception {
    List<Asked> asked = asked();
    assertThat(asked).hasSizeGreaterThan(100);
    assertThat(asked)
        .as("the constructed patients include results with more than one possible category")
        .anyMatch(a -> a.result().possibleCategories().size() > 1);
    int threads = 8;
    int rounds = 20;
    Map<Asked, SurvivalEstimate> firstSeen = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        done.add(
            pool.submit(
                () -> {
                  List<Asked> mine = new ArrayList<>(asked);
                  Random random = new Random(seed);
                  start.await();
                  int checked = 0;
                  for (int r = 0; r < rounds; r++) {
                    Collections.shuffle(mine, random);
                    for (Asked a : mine) {
                      Optional<SurvivalEstimate> e =
                          SurvivalPolicies.estimate(a.modelId(), a.result());
                      assertStatesItsCategories(a, e);
                      e.ifPresent(
                          got -> assertThat(firstSeen.computeIfAbsent(a, k -> got)).isEqualTo(got));
                      checked++;
                    }
                  }
                  return checked;
                }));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(rounds * asked.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
