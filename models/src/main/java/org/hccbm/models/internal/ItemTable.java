package org.hccbm.models.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hccbm.core.Observed;
import org.hccbm.core.result.Band;
import org.hccbm.core.result.Bound;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.ItemCode;
import org.hccbm.core.result.ItemScore;
import org.hccbm.core.result.OpenItem;
import org.hccbm.core.result.Possible;
import org.hccbm.core.result.Value;

/**
 * One item of a point score, declared as its table: numeric bands (a Guava {@link Range} per row,
 * each end's openness as the source prints it), rows of enum values, or a yes/no pair. The scored
 * item, the open item's possible points and the item's wording all derive from the one declaration,
 * so they cannot drift apart. Building fails on overlapping bands, on an enum constant without a
 * row, and on a constant in two rows.
 *
 * @param <K> the key: {@code Double} for bands, the enum for value rows, {@code Boolean} for yes/no
 */
public final class ItemTable<K> {
  /**
   * One row: the band as data and its points.
   *
   * @param band the band
   * @param points the points
   */
  public record Row(Band band, int points) {}

  /**
   * A value that leaves the item open although it is known: part of it is unknown (e.g. visceral
   * metastases present, treatability unknown).
   *
   * @param aspect the open aspect's code, e.g. {@code treatability}
   * @param rows the rows the item could still reach
   */
  public record Partial(ItemCode aspect, List<Row> rows) {
    /** Copies the rows. */
    public Partial {
      rows = List.copyOf(rows);
    }
  }

  private final ItemCode code;
  private final String field;
  private final Function<K, Row> lookup;
  private final Map<Object, Partial> partial;
  private final List<Row> rows;
  // Derived once from the rows: every open item of this table shares them.
  private final List<Integer> possiblePoints;
  private final Possible openPossible;
  private final List<String> closedBy;
  private final Map<Object, List<Integer>> partialPoints;
  private final Map<Object, Possible> partialPossible;
  // Built once: the scored part of every value with a row (enum and yes/no tables), and the open
  // part of an unknown input. Parts are immutable values, so every evaluation shares them.
  private final Map<Object, PointScore.Part> knownParts;
  private final PointScore.Part unknownPart;

  private ItemTable(
      ItemCode code,
      String field,
      Function<K, Row> lookup,
      Map<Object, Partial> partial,
      List<Row> rows,
      boolean listsRows,
      Optional<String> described,
      List<K> keys) {
    this.code = code;
    this.field = field;
    this.lookup = lookup;
    // Private lookup maps, never changed after construction: HashMap finds a key by a mask, where
    // Map.copyOf's table probes by a division (every evaluation looks up each item's value).
    this.partial = new java.util.HashMap<>(partial);
    this.rows = List.copyOf(rows);
    this.possiblePoints = pointsOf(this.rows);
    List<Band> bands = bandsOf(this.rows);
    this.openPossible =
        described
            .<Possible>map(key -> new Possible.Described(key, bands))
            .orElse(listsRows ? new Possible.OneOf(bands) : new Possible.AnyBand());
    this.closedBy = List.of(field);
    Map<Object, List<Integer>> points = new java.util.HashMap<>();
    Map<Object, Possible> possible = new java.util.HashMap<>();
    for (Map.Entry<Object, Partial> e : this.partial.entrySet()) {
      points.put(e.getKey(), pointsOf(e.getValue().rows()));
      possible.put(e.getKey(), new Possible.OneOf(bandsOf(e.getValue().rows())));
    }
    this.partialPoints = points;
    this.partialPossible = possible;
    Map<Object, PointScore.Part> known = new java.util.HashMap<>();
    for (K key : keys) {
      if (!this.partial.containsKey(key)) {
        known.put(key, PointScore.scored(score(key, InputUsed.of(field, valueOf(key)))));
      }
    }
    this.knownParts = known;
    this.unknownPart = openPart(Observed.unknown());
  }

  /** The rows' points, ascending and distinct. */
  private static List<Integer> pointsOf(List<Row> rows) {
    return rows.stream().map(Row::points).distinct().sorted().toList();
  }

  private static List<Band> bandsOf(List<Row> rows) {
    return rows.stream().map(Row::band).toList();
  }

  /**
   * Starts a banded table.
   *
   * @param code the item's code
   * @param field the patient field the input comes from
   * @param unit the unit the bands are printed in; "" for a pure number
   * @return the builder
   */
  public static Banded banded(ItemCode code, String field, String unit) {
    return new Banded(code, field, unit);
  }

  /**
   * Starts a table of enum values.
   *
   * @param code the item's code
   * @param field the patient field the input comes from
   * @param type the enum
   * @param <E> the enum
   * @return the builder
   */
  public static <E extends Enum<E>> ByValue<E> byValue(ItemCode code, String field, Class<E> type) {
    return new ByValue<>(code, field, type);
  }

  /**
   * Returns a yes/no table.
   *
   * @param code the item's code
   * @param field the patient field the input comes from
   * @param yes the points for yes
   * @param no the points for no
   * @return the table
   */
  public static ItemTable<Boolean> yesNo(ItemCode code, String field, int yes, int no) {
    Row y = new Row(new Band.Answer(true), yes);
    Row n = new Row(new Band.Answer(false), no);
    return new ItemTable<>(
        code,
        field,
        v -> v ? y : n,
        Map.of(),
        List.of(y, n),
        true,
        Optional.empty(),
        List.of(true, false));
  }

  /**
   * Returns a yes/no table whose rows the source names (e.g. van der Linden's visceral metastases
   * "present" 0 · "absent" 1), listed in the source's order when the item is open.
   *
   * @param code the item's code
   * @param field the patient field the input comes from
   * @param yesName the yes row's name code, or "yes" for a plain answer
   * @param yes the points for yes
   * @param noName the no row's name code, or "no" for a plain answer
   * @param no the points for no
   * @param yesFirst whether the source lists yes first
   * @return the table
   */
  public static ItemTable<Boolean> yesNo(
      ItemCode code,
      String field,
      String yesName,
      int yes,
      String noName,
      int no,
      boolean yesFirst) {
    Band yesBand =
        yesName.equals("yes")
            ? new Band.Answer(true)
            : new Band.Named(yesName, new Band.Answer(true));
    Band noBand =
        noName.equals("no")
            ? new Band.Answer(false)
            : new Band.Named(noName, new Band.Answer(false));
    Row y = new Row(yesBand, yes);
    Row n = new Row(noBand, no);
    return new ItemTable<>(
        code,
        field,
        v -> v ? y : n,
        Map.of(),
        yesFirst ? List.of(y, n) : List.of(n, y),
        true,
        Optional.empty(),
        List.of(true, false));
  }

  /**
   * Returns the item's code.
   *
   * @return the code
   */
  public ItemCode code() {
    return code;
  }

  /**
   * Returns the patient field the input comes from.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns the row of a key.
   *
   * @param key the key
   * @return the row
   */
  public Row row(K key) {
    return lookup.apply(key);
  }

  /**
   * Returns the rows in the table's order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns every row's points, ascending and distinct.
   *
   * @return the points
   */
  public List<Integer> possiblePoints() {
    return possiblePoints;
  }

  /**
   * Scores a known input.
   *
   * @param key the value looked up (in the table's unit for a banded table)
   * @param input the input as used
   * @return the item
   */
  public ItemScore score(K key, InputUsed input) {
    Row row = lookup.apply(key);
    return ItemScore.scored(code, input, row.band(), row.points());
  }

  /**
   * Returns the part of a known or open input whose value is the key itself (enum or yes/no).
   *
   * @param observed the observation
   * @return the part
   */
  public PointScore.Part part(Observed<? extends K> observed) {
    if (observed instanceof Observed.Known<? extends K> k) {
      K value = k.value();
      PointScore.Part known = knownParts.get(value);
      if (known != null) {
        return known;
      }
      Partial open = partial.get(value);
      if (open != null) {
        List<Integer> points = requireNonNull(partialPoints.get(value), "points");
        return new PointScore.Open(
            OpenItem.ofAspect(
                code,
                open.aspect(),
                Observed.unknown(),
                requireNonNull(partialPossible.get(value), "possible"),
                points.get(0),
                points.get(points.size() - 1),
                closedBy),
            points);
      }
      return PointScore.scored(score(value, InputUsed.of(field, valueOf(value))));
    }
    return open(observed);
  }

  private static Value valueOf(Object value) {
    if (value instanceof Boolean b) {
      return Value.of(b);
    }
    if (value instanceof Enum<?> e) {
      return Value.of(e);
    }
    throw new IllegalArgumentException("no value type for " + value.getClass());
  }

  /**
   * Returns the open part of an unknown or not-assessable input.
   *
   * @param observed the observation
   * @return the part
   */
  public PointScore.Part open(Observed<?> observed) {
    return observed instanceof Observed.Unknown<?> ? unknownPart : openPart(observed);
  }

  private PointScore.Part openPart(Observed<?> observed) {
    List<Integer> points = possiblePoints;
    return new PointScore.Open(
        OpenItem.of(
            code, observed, openPossible, points.get(0), points.get(points.size() - 1), closedBy),
        points);
  }

  /** Builds a banded {@link ItemTable}. */
  public static final class Banded {
    private final ItemCode code;
    private final String field;
    private final String unit;
    private final ImmutableRangeMap.Builder<Double, Row> bands = ImmutableRangeMap.builder();
    private final List<Row> rows = new ArrayList<>();
    private boolean listRows;
    private Optional<String> described = Optional.empty();

    private Banded(ItemCode code, String field, String unit) {
      this.code = requireNonNull(code, "code");
      this.field = requireNonNull(field, "field");
      this.unit = requireNonNull(unit, "unit");
    }

    /**
     * Adds a band, in the order the source prints them.
     *
     * @param range the values it covers
     * @param points the points
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Banded band(Range<Double> range, int points) {
      return add(range, Optional.empty(), points);
    }

    /**
     * Adds a band the source names (e.g. "solitary"), in the order the source prints them. An open
     * item of a table whose bands are all named lists them.
     *
     * @param range the values it covers
     * @param name the name's code; its wording is the bundle key {@code bandName.<name>}
     * @param points the points
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Banded band(Range<Double> range, String name, int points) {
      return add(range, Optional.of(name), points);
    }

    /**
     * Lists the bands, in the source's order, when the item is open (instead of "any band").
     *
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Banded listRows() {
      listRows = true;
      return this;
    }

    /**
     * Words the open item's possibilities with a summary from the bundle ({@code possible.<key>}).
     *
     * @param key the summary's key
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public Banded describedAs(String key) {
      described = Optional.of(key);
      return this;
    }

    private Banded add(Range<Double> range, Optional<String> name, int points) {
      if (range.isEmpty()) {
        throw new IllegalStateException(code + " table has an empty band " + range);
      }
      Band band = new Band.Range(bound(range, true), bound(range, false), unit);
      Row row = new Row(name.<Band>map(n -> new Band.Named(n, band)).orElse(band), points);
      bands.put(range, row);
      rows.add(row);
      return this;
    }

    private static Optional<Bound> bound(Range<Double> range, boolean lower) {
      if (lower) {
        return range.hasLowerBound()
            ? Optional.of(
                new Bound(range.lowerEndpoint(), range.lowerBoundType() == BoundType.CLOSED))
            : Optional.empty();
      }
      return range.hasUpperBound()
          ? Optional.of(
              new Bound(range.upperEndpoint(), range.upperBoundType() == BoundType.CLOSED))
          : Optional.empty();
    }

    /**
     * Builds the table; overlapping bands throw.
     *
     * @return the table
     */
    public ItemTable<Double> build() {
      ImmutableRangeMap<Double, Row> map = bands.build();
      return new ItemTable<>(
          code,
          field,
          v -> {
            Row row = map.get(v);
            if (row == null) {
              throw new IllegalStateException(code + " table has no band for " + v);
            }
            return row;
          },
          Map.of(),
          rows,
          listRows || rows.stream().allMatch(r -> r.band() instanceof Band.Named),
          described,
          List.of());
    }
  }

  /**
   * Builds an {@link ItemTable} of enum values.
   *
   * @param <E> the enum
   */
  public static final class ByValue<E extends Enum<E>> {
    private final ItemCode code;
    private final String field;
    private final Class<E> type;
    private final Map<E, Row> byValue;
    private final Map<Object, Partial> partial = new java.util.HashMap<>();
    private final java.util.Set<E> outside = new java.util.HashSet<>();
    private final List<Row> rows = new ArrayList<>();
    private Optional<String> described = Optional.empty();

    private ByValue(ItemCode code, String field, Class<E> type) {
      this.code = requireNonNull(code, "code");
      this.field = requireNonNull(field, "field");
      this.type = requireNonNull(type, "type");
      this.byValue = new EnumMap<>(type);
    }

    /**
     * Adds a row, in the order the source prints them.
     *
     * @param points the points
     * @param values the values the row covers, in the enum's order
     * @return this builder
     */
    @SafeVarargs
    @CanIgnoreReturnValue // returns this for chaining
    public final ByValue<E> row(int points, E... values) {
      List<String> codes = new ArrayList<>();
      for (E v : values) {
        codes.add(v.name());
      }
      Row row = new Row(new Band.Values(type.getSimpleName(), codes), points);
      for (E v : values) {
        if (byValue.put(v, row) != null) {
          throw new IllegalStateException(code + " table has " + v.name() + " in two rows");
        }
      }
      rows.add(row);
      return this;
    }

    /**
     * Declares a value that leaves the item open (part of it unknown), after the rows it could
     * reach.
     *
     * @param value the value
     * @param aspect the open aspect's code
     * @param couldBe the values whose rows it could reach
     * @return this builder
     */
    @SafeVarargs
    @CanIgnoreReturnValue // returns this for chaining
    public final ByValue<E> partly(E value, ItemCode aspect, E... couldBe) {
      List<Row> reach = new ArrayList<>();
      for (E v : couldBe) {
        reach.add(requireNonNull(byValue.get(v), "row of " + v.name()));
      }
      if (byValue.containsKey(value) || partial.put(value, new Partial(aspect, reach)) != null) {
        throw new IllegalStateException(code + " table has " + value.name() + " in two rows");
      }
      return this;
    }

    /**
     * Declares values the score does not define (e.g. the coccyx in SINS): looking one up is a
     * programming error, since the model answers "not applicable" first.
     *
     * @param values the values
     * @return this builder
     */
    @SafeVarargs
    @CanIgnoreReturnValue // returns this for chaining
    public final ByValue<E> outside(E... values) {
      for (E v : values) {
        outside.add(v);
      }
      return this;
    }

    /**
     * Words the open item's possibilities with a summary from the bundle ({@code possible.<key>})
     * instead of listing the rows.
     *
     * @param key the summary's key
     * @return this builder
     */
    @CanIgnoreReturnValue // returns this for chaining
    public ByValue<E> describedAs(String key) {
      described = Optional.of(key);
      return this;
    }

    /**
     * Builds the table; a constant without a row throws.
     *
     * @return the table
     */
    public ItemTable<E> build() {
      for (E v : type.getEnumConstants()) {
        if (!byValue.containsKey(v) && !partial.containsKey(v) && !outside.contains(v)) {
          throw new IllegalStateException(code + " table has no row for " + v.name());
        }
      }
      Map<E, Row> rowsByValue = new EnumMap<>(byValue);
      return new ItemTable<>(
          code,
          field,
          v -> {
            Row row = rowsByValue.get(v);
            if (row == null) {
              throw new IllegalArgumentException(code + " is not defined for " + v.name());
            }
            return row;
          },
          partial,
          rows,
          true,
          described,
          List.copyOf(rowsByValue.keySet()));
    }
  }
}
