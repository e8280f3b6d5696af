package org.hccbm.models.internal;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Map;

/**
 * A cut-point table: each band is a Guava {@link Range} whose ends state their openness, with the
 * label printed in the source and its points. Overlapping bands are refused when the table is
 * built; a value outside every band is a programming error.
 */
public final class BandTable {
  /** One band: the label as printed in the source and the points it scores. */
  public record Band(String label, int points) {}

  private final String name;
  private final ImmutableRangeMap<Double, Band> bands;

  private BandTable(String name, ImmutableRangeMap<Double, Band> bands) {
    this.name = name;
    this.bands = bands;
  }

  /**
   * Starts a table.
   *
   * @param name the item it scores
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns the band containing a value.
   *
   * @param value the value
   * @return the band
   */
  public Band match(double value) {
    Band band = bands.get(value);
    if (band == null) {
      throw new IllegalStateException(name + " table has no band for " + value);
    }
    return band;
  }

  /**
   * Returns every band's points, ascending and distinct.
   *
   * @return the points
   */
  public List<Integer> possiblePoints() {
    return bands.asMapOfRanges().values().stream().map(Band::points).distinct().sorted().toList();
  }

  /**
   * Returns the bands' labels in ascending order of value.
   *
   * @return the labels
   */
  public List<String> labels() {
    return bands.asMapOfRanges().values().stream().map(Band::label).toList();
  }

  /** Builds a {@link BandTable}. */
  public static final class Builder {
    private final String name;
    private final ImmutableRangeMap.Builder<Double, Band> bands = ImmutableRangeMap.builder();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a band.
     *
     * @param range the values it covers, with each end's openness as the source prints it
     * @param label the band as printed
     * @param points the points
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Builder band(Range<Double> range, String label, int points) {
      bands.put(range, new Band(label, points));
      return this;
    }

    /**
     * Builds the table; overlapping bands throw.
     *
     * @return the table
     */
    public BandTable build() {
      ImmutableRangeMap<Double, Band> map = bands.build();
      for (Map.Entry<Range<Double>, Band> e : map.asMapOfRanges().entrySet()) {
        if (e.getKey().isEmpty()) {
          throw new IllegalStateException(name + " table has an empty band " + e.getValue());
        }
      }
      return new BandTable(name, map);
    }
  }
}
