package org.hccbm.models.internal;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.ItemScore;

/**
 * Scores a performance-status item on the scale the model was published with. A status recorded on
 * the other scale is converted by the standard convention; when the conversion is ambiguous (ECOG 1
 * is KPS 70 or 80) and the candidates score differently, the item is open over both — the library
 * never picks one silently.
 */
public final class PerformanceItems {
  /** A band of the model's table: its label and points. */
  public record Band(String label, int points) {}

  private PerformanceItems() {}

  /**
   * Scores a Karnofsky-banded item.
   *
   * @param item the item's name
   * @param ps the recorded status
   * @param band the model's table on the Karnofsky scale
   * @param all every points value the item can take (for an unknown status)
   * @param caveats receives conversion caveats
   * @return the part
   */
  public static PointScore.Part karnofsky(
      String item,
      Observed<PerformanceStatus> ps,
      Function<Karnofsky, Band> band,
      List<Integer> all,
      List<Caveat> caveats) {
    return score(
        item,
        ps,
        p -> p.karnofskyCandidates(PsConvention.STANDARD),
        band,
        PerformanceStatus::nativeKarnofsky,
        all,
        caveats,
        "KPS");
  }

  /**
   * Scores an ECOG-banded item.
   *
   * @param item the item's name
   * @param ps the recorded status
   * @param band the model's table on the ECOG scale
   * @param all every points value the item can take
   * @param caveats receives conversion caveats
   * @return the part
   */
  public static PointScore.Part ecog(
      String item,
      Observed<PerformanceStatus> ps,
      Function<Ecog, Band> band,
      List<Integer> all,
      List<Caveat> caveats) {
    return score(
        item,
        ps,
        p -> p.ecogCandidates(PsConvention.STANDARD),
        band,
        PerformanceStatus::nativeEcog,
        all,
        caveats,
        "ECOG");
  }

  private static <S> PointScore.Part score(
      String item,
      Observed<PerformanceStatus> ps,
      Function<PerformanceStatus, List<S>> candidates,
      Function<S, Band> band,
      Function<PerformanceStatus, Optional<S>> nativeValue,
      List<Integer> all,
      List<Caveat> caveats,
      String scale) {
    if (ps.known().isEmpty()) {
      return PointScore.open(item, ps.toString(), "any band", all);
    }
    PerformanceStatus status = ps.known().get();
    Optional<S> direct = nativeValue.apply(status);
    if (direct.isPresent()) {
      Band b = band.apply(direct.get());
      return PointScore.scored(ItemScore.of(item, direct.get(), b.label(), b.points()));
    }
    List<S> converted = candidates.apply(status);
    TreeSet<Integer> points =
        converted.stream()
            .map(s -> band.apply(s).points())
            .collect(Collectors.toCollection(TreeSet::new));
    String shown = converted.stream().map(String::valueOf).collect(Collectors.joining(" or "));
    caveats.add(
        Caveat.of(
            CaveatKind.CONVERSION,
            status
                + " converted to "
                + shown
                + " (standard ECOG–KPS convention; the model was published on the "
                + scale
                + " scale)"));
    if (points.size() == 1) {
      Band b = band.apply(converted.get(0));
      return PointScore.scored(ItemScore.of(item, status + " → " + shown, b.label(), b.points()));
    }
    return PointScore.open(
        item,
        "ambiguous conversion of " + status,
        status + " is " + shown + ", which score differently",
        List.copyOf(points));
  }
}
