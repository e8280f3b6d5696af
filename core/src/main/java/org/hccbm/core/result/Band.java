package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The band or rule an item matched, as data: a numeric range with the openness of each end, a set
 * of enumerated values, a yes/no answer, a band qualified by the table it comes from, or (for items
 * a model has not yet typed) text.
 *
 * @since 0.3.0
 */
public sealed interface Band
    permits Band.Range,
        Band.Values,
        Band.Answer,
        Band.Qualified,
        Band.SameInBoth,
        Band.Named,
        Band.Rule,
        Band.NoDifference,
        Band.Text {
  /**
   * A numeric band.
   *
   * @param lower the lower end; empty when unbounded below
   * @param upper the upper end; empty when unbounded above
   * @param unit the unit of both ends; "" for a pure number
   */
  record Range(Optional<Bound> lower, Optional<Bound> upper, String unit) implements Band {
    /** Validates every component. */
    public Range {
      requireNonNull(lower, "lower");
      requireNonNull(upper, "upper");
      requireNonNull(unit, "unit");
      if (lower.isEmpty() && upper.isEmpty()) {
        throw new InvalidClinicalInputException("band", "unbounded", "at least one bound");
      }
    }

    /**
     * Returns whether a value lies in the band.
     *
     * @param value the value in the band's unit
     * @return true when inside
     */
    public boolean contains(double value) {
      boolean aboveLower =
          lower.map(b -> b.inclusive() ? value >= b.value() : value > b.value()).orElse(true);
      boolean belowUpper =
          upper.map(b -> b.inclusive() ? value <= b.value() : value < b.value()).orElse(true);
      return aboveLower && belowUpper;
    }
  }

  /**
   * A band of enumerated values.
   *
   * @param type the value set, e.g. {@code Encephalopathy}
   * @param codes the codes the band covers, in the value set's order
   */
  record Values(String type, List<String> codes) implements Band {
    /** Validates and copies every component. */
    public Values {
      requireNonNull(type, "type");
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new InvalidClinicalInputException("band of " + type, "no values", "at least one");
      }
    }
  }

  /**
   * The yes or no row of a yes/no item.
   *
   * @param yes which row
   */
  record Answer(boolean yes) implements Band {}

  /**
   * A band read from one of several tables of the same item (e.g. Child–Pugh's cholestatic
   * bilirubin bands).
   *
   * @param table the table's code, e.g. {@code cholestatic}
   * @param band the band in that table
   */
  record Qualified(String table, Band band) implements Band {
    /** Validates every component. */
    public Qualified {
      requireNonNull(table, "table");
      requireNonNull(band, "band");
    }
  }

  /**
   * The bands an input matched in two tables of the same item that give the same points (e.g.
   * bilirubin on the standard and the cholestatic Child–Pugh tables).
   *
   * @param table the second table's code, e.g. {@code cholestatic}
   * @param band the band in the item's standard table
   * @param other the band in the second table
   */
  record SameInBoth(String table, Band band, Band other) implements Band {
    /** Validates every component. */
    public SameInBoth {
      requireNonNull(table, "table");
      requireNonNull(band, "band");
      requireNonNull(other, "other");
    }
  }

  /**
   * A band the source names (e.g. Tomita's "solitary", exactly one bone metastasis).
   *
   * @param name the name's code, e.g. {@code solitary}
   * @param band the band as data
   */
  record Named(String name, Band band) implements Band {
    /** Validates every component. */
    public Named {
      requireNonNull(name, "name");
      requireNonNull(band, "band");
    }
  }

  /**
   * A rule a rule-based model applied (e.g. BCLC rule 3), with the values its wording names; worded
   * by bundle key {@code rule.<code>}, whose placeholders show the values in order.
   *
   * @param code the rule's code, e.g. {@code bclc.rule3}; documented in docs/models.md
   * @param args the values the wording names
   * @since 0.3.0
   */
  record Rule(String code, List<Value> args) implements Band {
    /** Validates and copies every component. */
    public Rule {
      requireNonNull(code, "code");
      args = List.copyOf(args);
    }
  }

  /**
   * The band of an input that is not known and cannot change the result: every value it could still
   * take gives the same result (or, in a point score, the same points). Rendered "any of
   * (possibilities): same result" / "… same points".
   *
   * @param possible what the input could still be
   * @param samePoints true when the item's points are the same for every possibility, false when
   *     the model's result is
   * @since 0.3.0
   */
  record NoDifference(Possible possible, boolean samePoints) implements Band {
    /** Validates the possibilities. */
    public NoDifference {
      requireNonNull(possible, "possible");
    }
  }

  /**
   * A band described in words, for items a model has not yet typed.
   *
   * @param text the words
   */
  record Text(String text) implements Band {
    /** Validates the text. */
    public Text {
      requireNonNull(text, "text");
    }
  }
}
