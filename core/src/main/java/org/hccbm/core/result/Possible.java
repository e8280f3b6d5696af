package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * What an open item could still be, as data.
 *
 * @since 0.3.0
 */
public sealed interface Possible
    permits Possible.AnyBand, Possible.OneOf, Possible.ByTable, Possible.Described, Possible.Text {
  /** Any band of the item's table. */
  record AnyBand() implements Possible {}

  /**
   * One of the listed bands.
   *
   * @param bands the bands, in the table's order
   */
  record OneOf(List<Band> bands) implements Possible {
    /** Validates and copies the bands. */
    public OneOf {
      bands = List.copyOf(bands);
      if (bands.isEmpty()) {
        throw new InvalidClinicalInputException("possible bands", "none", "at least one");
      }
    }
  }

  /**
   * The band the known input matches in each table that could apply, with its points (e.g.
   * bilirubin on the standard or the cholestatic Child–Pugh table, cholestatic disease unknown).
   *
   * @param bands one qualified band per table
   * @param points the points of each band, in the same order
   */
  record ByTable(List<Band.Qualified> bands, List<Double> points) implements Possible {
    /** Validates and copies every component. */
    public ByTable {
      bands = List.copyOf(bands);
      points = List.copyOf(points);
      if (bands.isEmpty() || bands.size() != points.size()) {
        throw new InvalidClinicalInputException(
            "possible bands by table",
            bands.size() + " bands, " + points.size() + " points",
            "at least one band, one points value each");
      }
    }
  }

  /**
   * One of the listed bands, worded as the source summarises them (e.g. SINS pain: "mechanical,
   * occasional or pain-free"; bundle key {@code possible.<key>}).
   *
   * @param key the summary's key
   * @param bands the bands, in the table's order; the wording's placeholders {@code {0}}, {@code
   *     {1}}… show them in this order when it has any
   */
  record Described(String key, List<Band> bands) implements Possible {
    /** Validates and copies every component. */
    public Described {
      requireNonNull(key, "key");
      bands = List.copyOf(bands);
    }
  }

  /**
   * What the item could be, in words, for items a model has not yet typed.
   *
   * @param text the words
   */
  record Text(String text) implements Possible {
    /** Validates the text. */
    public Text {
      requireNonNull(text, "text");
    }
  }
}
