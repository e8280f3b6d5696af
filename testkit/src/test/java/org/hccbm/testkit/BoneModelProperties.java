package org.hccbm.testkit;

import java.util.List;
import java.util.stream.Stream;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.junit.jupiter.api.Test;

/**
 * HCC facts that must hold for every generated HCC patient (bone §0.3), and facts every model of
 * the catalogue must keep.
 */
class BoneModelProperties {
  @Test
  void hccNeverReachesTokuhashi12to15() {
    PropertyCheck.forAll(
        41L,
        3_000,
        Generators::patient,
        p -> Tokuhashi.INSTANCE.evaluate(p).possibleTotals().map(t -> t.max() <= 11).orElse(true));
  }

  @Test
  void hccNeverGoesBelowTomita5() {
    PropertyCheck.forAll(
        42L,
        3_000,
        Generators::patient,
        p -> Tomita.INSTANCE.evaluate(p).possibleTotals().map(t -> t.min() >= 5).orElse(true));
  }

  @Test
  void hccIsAlwaysVanDerLindenGroupA() {
    PropertyCheck.forAll(
        43L,
        3_000,
        Generators::patient,
        p -> {
          ModelResult r = VanDerLinden.INSTANCE.evaluate(p);
          // complete or bounded: exactly group A; not applicable: no group
          return r.possibleCategories(VanDerLindenGroup.class)
              .equals(
                  r.<List<VanDerLindenGroup>>fold(
                      c -> List.of(VanDerLindenGroup.A),
                      b -> List.of(VanDerLindenGroup.A),
                      n -> List.of()));
        });
  }

  @Test
  void everyModel_totalIsTheSumOfItems_whenComplete() {
    PropertyCheck.forAll(
        44L,
        1_000,
        Generators::patient,
        p ->
            Models.evaluate(p).stream()
                .map(Models.Evaluation::result)
                .flatMap(
                    r -> r.<Stream<Complete>>fold(Stream::of, b -> Stream.of(), n -> Stream.of()))
                .filter(
                    c -> c.total().isPresent() && c.total().get().raw() == c.total().get().value())
                .allMatch(
                    c ->
                        Math.abs(
                                c.items().stream().mapToDouble(i -> i.pointsOrZero()).sum()
                                    - c.totalValue())
                            < 1e-9));
  }

  /**
   * Every category a model gives is of the type its metadata declares (the JSON reader and typed
   * queries rely on it), and a model that declares none gives none.
   */
  @Test
  void everyModel_categoriesAreOfTheDeclaredType() {
    PropertyCheck.forAll(
        45L,
        1_000,
        Generators::patient,
        p ->
            Models.evaluate(p).stream()
                .allMatch(
                    e ->
                        e.model()
                            .categoryType()
                            .map(
                                type ->
                                    e.result().possibleCategories().stream()
                                        .allMatch(type::isInstance))
                            .orElse(e.result().possibleCategories().isEmpty())));
  }
}
