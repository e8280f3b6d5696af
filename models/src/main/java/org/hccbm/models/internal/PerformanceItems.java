package org.hccbm.models.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.performance.Ecog;
import org.hccbm.core.performance.Karnofsky;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.performance.PsConvention;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.Caveat;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Value;

/**
 * Scores a performance-status item on the scale the model was published with. A status recorded on
 * the other scale is converted by the standard convention, with a caveat ({@code
 * performance.convertedToKps} / {@code performance.convertedToEcog}); when the conversion is
 * ambiguous (ECOG 1 is KPS 70 or 80) and the candidates score differently, the item is open ({@code
 * AMBIGUOUS}) over both — the library never picks one silently. Items are data: the input is the
 * status as recorded ({@code performanceStatus}) and, when converted, the status scored; the band
 * is the model's band on its scale.
 */
public final class PerformanceItems {
  /** The patient field every performance-status item reads. */
  public static final String FIELD = "performanceStatus";

  /**
   * A band of the model's table: the band as data (e.g. KPS 80–100) and its points.
   *
   * @param band the band
   * @param points the points
   */
  public record Band(org.hccbm.core.result.Band band, int points) {}

  private PerformanceItems() {}

  /**
   * Returns the band "KPS lower–upper %" of a Karnofsky table.
   *
   * @param lower the lowest percentage, inclusive
   * @param upper the highest percentage, inclusive
   * @return the band
   */
  public static org.hccbm.core.result.Band kps(int lower, int upper) {
    return new org.hccbm.core.result.Band.Qualified("kps", range(lower, upper, "%"));
  }

  /**
   * Returns the band "ECOG lower–upper" of an ECOG table.
   *
   * @param lower the lowest grade, inclusive
   * @param upper the highest grade, inclusive
   * @return the band
   */
  public static org.hccbm.core.result.Band ecog(int lower, int upper) {
    return new org.hccbm.core.result.Band.Qualified("ecog", range(lower, upper, ""));
  }

  /**
   * Returns the closed range lower–upper.
   *
   * @param lower the lower bound, inclusive
   * @param upper the upper bound, inclusive
   * @param unit the unit, "" for none
   * @return the band
   */
  public static org.hccbm.core.result.Band.Range range(int lower, int upper, String unit) {
    return new org.hccbm.core.result.Band.Range(
        Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, true)), unit);
  }

  /** Returns the band of one enumerated value. */
  private static org.hccbm.core.result.Band.Values bandOf(Enum<?> value) {
    return new org.hccbm.core.result.Band.Values(
        value.getDeclaringClass().getSimpleName(), List.of(value.name()));
  }

  /**
   * Scores a Karnofsky-banded item.
   *
   * @param code the item's code
   * @param ps the recorded status
   * @param band the model's table on the Karnofsky scale
   * @param all every points value the item can take (for an unknown status)
   * @param caveats receives conversion caveats
   * @return the part
   */
  public static PointScore.Part karnofsky(
      ItemCode code,
      Observed<PerformanceStatus> ps,
      Function<Karnofsky, Band> band,
      List<Integer> all,
      List<Caveat> caveats) {
    return score(
        code,
        ps,
        p -> p.karnofskyCandidates(PsConvention.STANDARD),
        band,
        PerformanceStatus::nativeKarnofsky,
        all,
        caveats,
        "performance.convertedToKps");
  }

  /**
   * Scores an ECOG-banded item.
   *
   * @param code the item's code
   * @param ps the recorded status
   * @param band the model's table on the ECOG scale
   * @param all every points value the item can take
   * @param caveats receives conversion caveats
   * @return the part
   */
  public static PointScore.Part ecog(
      ItemCode code,
      Observed<PerformanceStatus> ps,
      Function<Ecog, Band> band,
      List<Integer> all,
      List<Caveat> caveats) {
    return score(
        code,
        ps,
        p -> p.ecogCandidates(PsConvention.STANDARD),
        band,
        PerformanceStatus::nativeEcog,
        all,
        caveats,
        "performance.convertedToEcog");
  }

  /**
   * Returns a recorded status as a value on its own scale, e.g. {@code Karnofsky.KPS_60}.
   *
   * @param status the status
   * @return the value
   */
  public static Value valueOf(PerformanceStatus status) {
    return Value.of(recorded(status));
  }

  /** Returns one candidate as its value, several as a band of values ("KPS 70 or KPS 80"). */
  private static <S extends Enum<S>> Value candidates(List<S> converted) {
    return converted.size() == 1 ? Value.of(converted.get(0)) : Value.of(candidatesBand(converted));
  }

  private static <S extends Enum<S>> org.hccbm.core.result.Band.Values candidatesBand(
      List<S> converted) {
    String[] names = new String[converted.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = converted.get(i).name();
    }
    return new org.hccbm.core.result.Band.Values(
        converted.get(0).getDeclaringClass().getSimpleName(), List.of(names));
  }

  /** Returns the recorded status as its enumerated value on its own scale. */
  private static Enum<?> recorded(PerformanceStatus status) {
    return status
        .nativeEcog()
        .<Enum<?>>map(e -> e)
        .orElseGet(() -> status.nativeKarnofsky().orElseThrow());
  }

  private static <S extends Enum<S>> PointScore.Part score(
      ItemCode code,
      Observed<PerformanceStatus> ps,
      Function<PerformanceStatus, List<S>> candidates,
      Function<S, Band> band,
      Function<PerformanceStatus, Optional<S>> nativeValue,
      List<Integer> all,
      List<Caveat> caveats,
      String conversionCaveat) {
    if (!(ps instanceof Observed.Known<PerformanceStatus> k)) {
      List<Integer> sorted = List.copyOf(new TreeSet<>(all));
      return new PointScore.Open(
          OpenItem.of(
              code,
              ps,
              new Possible.AnyBand(),
              sorted.get(0),
              sorted.get(sorted.size() - 1),
              List.of(FIELD)),
          sorted);
    }
    PerformanceStatus status = k.value();
    Optional<S> direct = nativeValue.apply(status);
    if (direct.isPresent()) {
      Band b = band.apply(direct.get());
      return PointScore.scored(
          ItemScore.scored(
              code, InputUsed.of(FIELD, Value.of(direct.get())), b.band(), b.points()));
    }
    List<S> converted = candidates.apply(status);
    // the distinct points of the candidates, ascending
    int[] each = new int[converted.size()];
    for (int i = 0; i < each.length; i++) {
      each[i] = band.apply(converted.get(i)).points();
    }
    Arrays.sort(each);
    List<Integer> points = new ArrayList<>(each.length);
    for (int i = 0; i < each.length; i++) {
      if (i == 0 || each[i] != each[i - 1]) {
        points.add(each[i]);
      }
    }
    Enum<?> recorded = recorded(status);
    Value given = Value.of(recorded);
    Value scored = candidates(converted);
    caveats.add(Caveat.coded(CaveatKind.CONVERSION, conversionCaveat, given, scored));
    if (points.size() == 1) {
      Band b = band.apply(converted.get(0));
      return PointScore.scored(
          ItemScore.scored(
              code, new InputUsed(FIELD, given, scored, Optional.empty()), b.band(), b.points()));
    }
    return new PointScore.Open(
        new OpenItem(
            code,
            OpenStatus.AMBIGUOUS,
            Optional.of(status.toString()),
            Optional.empty(),
            new Possible.Described(
                "performance.ambiguous", List.of(bandOf(recorded), candidatesBand(converted))),
            points.get(0),
            points.get(points.size() - 1),
            List.of(FIELD)),
        List.copyOf(points));
  }
}
