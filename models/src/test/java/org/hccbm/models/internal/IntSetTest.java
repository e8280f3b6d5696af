package org.hccbm.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hccbm.models.internal.FormulaBounds.IntSet;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSet}, the MELD family's set of reachable reported values: a 64-bit word for 0..63, a
 * bit set above and a tree below zero. Every operation is compared with a {@link TreeSet} doing the
 * same, across the word's edges (−1, 0, 63, 64).
 */
class IntSetTest {
  private static void assertSame(IntSet set, SortedSet<Integer> oracle) {
    assertThat(set.size()).isEqualTo(oracle.size());
    assertThat(set.toSortedSet()).containsExactlyElementsOf(oracle);
    List<Double> doubles = set.toDoubles();
    assertThat(doubles).hasSize(oracle.size());
    int k = 0;
    for (int v : oracle) {
      assertThat(doubles.get(k++)).isEqualTo((double) v);
    }
  }

  @Test
  void empty_hasNoIntegers() {
    assertSame(new IntSet(), new TreeSet<>());
  }

  @Test
  void add_eachSideOfTheWordsEdges() {
    for (int v : new int[] {-2, -1, 0, 1, 62, 63, 64, 65, 200}) {
      IntSet set = new IntSet();
      set.add(v);
      assertSame(set, new TreeSet<>(List.of(v)));
    }
    IntSet all = new IntSet();
    TreeSet<Integer> oracle = new TreeSet<>();
    for (int v : new int[] {65, -1, 63, 0, 64, -2, 1, 62, 63, -1}) {
      all.add(v);
      oracle.add(v);
    }
    assertSame(all, oracle);
  }

  @Test
  void addRange_insideTheWord_acrossIt_andEmpty() {
    int[][] ranges = {
      {0, 0}, {0, 63}, {63, 63}, {5, 9}, {9, 5}, {62, 64}, {60, 70}, {-3, 2}, {64, 66}, {-5, -5}
    };
    for (int[] r : ranges) {
      IntSet set = new IntSet();
      set.addRange(r[0], r[1]);
      TreeSet<Integer> oracle = new TreeSet<>();
      for (int v = r[0]; v <= r[1]; v++) {
        oracle.add(v);
      }
      assertSame(set, oracle);
    }
  }

  @Test
  void toSortedSet_gappedWordIsNotContiguous() {
    IntSet set = new IntSet();
    set.add(3);
    set.add(5);
    assertThat(set.toSortedSet()).containsExactly(3, 5);
    set.add(4);
    assertThat(set.toSortedSet()).containsExactly(3, 4, 5);
  }

  @Test
  void addAll_contiguousAndGappedSets() {
    IntSet set = new IntSet();
    set.addAll(FormulaBounds.between(10, 14));
    set.addAll(new TreeSet<>(List.of(20, 22, 70, -4)));
    set.addAll(FormulaBounds.between(3, 2));
    TreeSet<Integer> oracle = new TreeSet<>(List.of(10, 11, 12, 13, 14, 20, 22, 70, -4));
    assertSame(set, oracle);
  }

  @Test
  void randomOperations_sameAsATreeSet() {
    Random random = new Random(20261201L);
    for (int round = 0; round < 2_000; round++) {
      IntSet set = new IntSet();
      TreeSet<Integer> oracle = new TreeSet<>();
      int ops = 1 + random.nextInt(6);
      for (int i = 0; i < ops; i++) {
        int from = random.nextInt(90) - 10;
        switch (random.nextInt(3)) {
          case 0 -> {
            set.add(from);
            oracle.add(from);
          }
          case 1 -> {
            int to = from + random.nextInt(12) - 2;
            set.addRange(from, to);
            for (int v = from; v <= to; v++) {
              oracle.add(v);
            }
          }
          default -> {
            int to = from + random.nextInt(8);
            SortedSet<Integer> values =
                random.nextBoolean()
                    ? FormulaBounds.between(from, to)
                    : new TreeSet<>(List.of(from, to));
            set.addAll(values);
            oracle.addAll(values);
          }
        }
      }
      assertSame(set, oracle);
    }
  }
}
