package org.hccbm.testkit;

import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.bone.Tokuhashi;
import org.hccbm.models.bone.Tomita;
import org.hccbm.models.bone.VanDerLinden;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.junit.jupiter.api.Test;

/** HCC facts that must hold for every generated HCC patient (bone §0.3). */
class BoneModelProperties {
  private static double max(ModelResult r) {
    return r instanceof Complete c
        ? c.totalValue()
        : r instanceof Bounded b ? b.totalRange().max() : Double.NaN;
  }

  private static double min(ModelResult r) {
    return r instanceof Complete c
        ? c.totalValue()
        : r instanceof Bounded b ? b.totalRange().min() : Double.NaN;
  }

  @Test
  void hccNeverReachesTokuhashi12to15() {
    PropertyCheck.forAll(
        41L,
        3_000,
        Generators::patient,
        p -> {
          double m = max(Tokuhashi.INSTANCE.evaluate(p));
          return Double.isNaN(m) || m <= 11;
        });
  }

  @Test
  void hccNeverGoesBelowTomita5() {
    PropertyCheck.forAll(
        42L,
        3_000,
        Generators::patient,
        p -> {
          double m = min(Tomita.INSTANCE.evaluate(p));
          return Double.isNaN(m) || m >= 5;
        });
  }

  @Test
  void hccIsAlwaysVanDerLindenGroupA() {
    PropertyCheck.forAll(
        43L,
        3_000,
        Generators::patient,
        p -> {
          ModelResult r = VanDerLinden.INSTANCE.evaluate(p);
          return r instanceof Complete c
              ? c.category().orElseThrow() == VanDerLindenGroup.A
              : !(r instanceof Bounded b)
                  || b.determinedCategory().orElseThrow() == VanDerLindenGroup.A;
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
                .filter(r -> r instanceof Complete)
                .map(r -> (Complete) r)
                .filter(
                    c -> c.total().isPresent() && c.total().get().raw() == c.total().get().value())
                .allMatch(
                    c ->
                        Math.abs(
                                c.items().stream().mapToDouble(i -> i.pointsOrZero()).sum()
                                    - c.totalValue())
                            < 1e-9));
  }
}
