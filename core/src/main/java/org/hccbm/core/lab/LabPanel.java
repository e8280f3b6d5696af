package org.hccbm.core.lab;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.jspecify.annotations.Nullable;

/**
 * The laboratory values known for one patient, at most one per analyte. An analyte not in the panel
 * is unknown (never normal).
 *
 * @since 0.1.0
 */
public final class LabPanel {
  private static final Analyte[] ANALYTES = Analyte.values();

  private static final LabPanel EMPTY = new LabPanel(new EnumMap<>(Analyte.class));

  private final Map<Analyte, LabValue> values;

  /**
   * What {@link #get} returns, built on first use (a panel only read and written back never needs
   * it): the models read the same analytes several times per patient, and an accessor that
   * allocated would do so each time. A race builds it twice at worst; the holder's final field
   * publishes the array safely.
   */
  private @Nullable Reads reads;

  /** Per analyte, by position: the analyte's value as an {@code Observed}. */
  private static final class Reads {
    final Observed<?>[] byAnalyte;

    @SuppressWarnings("EnumOrdinal") // the array is indexed by the analyte's position
    Reads(Map<Analyte, LabValue> values) {
      byAnalyte = new Observed<?>[ANALYTES.length];
      for (Analyte a : ANALYTES) {
        LabValue value = values.get(a);
        byAnalyte[a.ordinal()] = value == null ? Observed.unknown() : Observed.of(value);
      }
    }
  }

  /**
   * {@link #values()}, built on first use: models read it several times per evaluation. An
   * immutable list is safely published by its final fields, so a race builds it twice at worst.
   */
  private @Nullable List<LabValue> list;

  private LabPanel(EnumMap<Analyte, LabValue> values) {
    this.values = values;
  }

  /**
   * Returns a panel with no values: every analyte unknown.
   *
   * @return the empty panel
   */
  public static LabPanel empty() {
    return EMPTY;
  }

  /**
   * Returns a panel of the given values.
   *
   * @param values the values, at most one per analyte
   * @return the panel
   * @throws InvalidClinicalInputException if two values share an analyte
   */
  public static LabPanel of(LabValue... values) {
    return of(List.of(values));
  }

  /**
   * Returns a panel of the given values.
   *
   * @param values the values, at most one per analyte
   * @return the panel
   * @throws InvalidClinicalInputException if two values share an analyte
   */
  public static LabPanel of(Collection<? extends LabValue> values) {
    EnumMap<Analyte, LabValue> map = new EnumMap<>(Analyte.class);
    for (LabValue value : values) {
      requireNonNull(value, "lab value");
      LabValue previous = map.put(value.analyte(), value);
      if (previous != null) {
        throw new InvalidClinicalInputException(
            "lab panel " + value.analyte().displayName(),
            previous + " and " + value,
            "one value per analyte");
      }
    }
    return new LabPanel(map);
  }

  /**
   * Returns the value of an analyte.
   *
   * @param analyte the analyte
   * @return the value, or unknown
   */
  @SuppressWarnings({"unchecked", "EnumOrdinal"}) // every element is an Observed<LabValue>
  public Observed<LabValue> get(Analyte analyte) {
    requireNonNull(analyte, "analyte");
    Reads r = reads;
    if (r == null) {
      r = new Reads(values);
      reads = r;
    }
    return (Observed<LabValue>) r.byAnalyte[analyte.ordinal()];
  }

  /**
   * Returns a copy of this panel with a value added, or replacing the value of the same analyte:
   * {@code panel.with(Bilirubin.mgPerDl(3.2))}.
   *
   * @param value the value
   * @return the panel
   * @since 0.2.0
   */
  public LabPanel with(LabValue value) {
    requireNonNull(value, "lab value");
    EnumMap<Analyte, LabValue> copy = new EnumMap<>(Analyte.class);
    copy.putAll(values);
    copy.put(value.analyte(), value);
    return new LabPanel(copy);
  }

  /**
   * Returns a copy of this panel with an analyte removed (unknown).
   *
   * @param analyte the analyte
   * @return the panel
   * @since 0.2.0
   */
  public LabPanel without(Analyte analyte) {
    requireNonNull(analyte, "analyte");
    EnumMap<Analyte, LabValue> copy = new EnumMap<>(Analyte.class);
    copy.putAll(values);
    copy.remove(analyte);
    return copy.isEmpty() ? EMPTY : new LabPanel(copy);
  }

  /**
   * Returns every known value, in analyte order.
   *
   * @return the values
   */
  public List<LabValue> values() {
    List<LabValue> l = list;
    if (l == null) {
      l = List.copyOf(values.values());
      list = l;
    }
    return l;
  }

  @SuppressWarnings("unchecked") // checked: a known value is an instance of the type
  private <T extends LabValue> Observed<T> typed(Analyte analyte, Class<T> type) {
    Observed<LabValue> o = get(analyte);
    if (o instanceof Observed.Known<LabValue> known && !type.isInstance(known.value())) {
      // Each value class has one analyte, so this cannot happen; as a cast would, it throws.
      throw new ClassCastException(known.value().getClass() + " is not " + type);
    }
    return (Observed<T>) (Observed<?>) o;
  }

  /**
   * Returns the total bilirubin.
   *
   * @return the value, or unknown
   */
  public Observed<Bilirubin> bilirubin() {
    return typed(Analyte.TOTAL_BILIRUBIN, Bilirubin.class);
  }

  /**
   * Returns the albumin.
   *
   * @return the value, or unknown
   */
  public Observed<Albumin> albumin() {
    return typed(Analyte.ALBUMIN, Albumin.class);
  }

  /**
   * Returns the INR.
   *
   * @return the value, or unknown
   */
  public Observed<Inr> inr() {
    return typed(Analyte.INR, Inr.class);
  }

  /**
   * Returns the prothrombin-time prolongation.
   *
   * @return the value, or unknown
   */
  public Observed<PtProlongation> ptProlongation() {
    return typed(Analyte.PT_PROLONGATION, PtProlongation.class);
  }

  /**
   * Returns the creatinine.
   *
   * @return the value, or unknown
   */
  public Observed<Creatinine> creatinine() {
    return typed(Analyte.CREATININE, Creatinine.class);
  }

  /**
   * Returns the sodium.
   *
   * @return the value, or unknown
   */
  public Observed<Sodium> sodium() {
    return typed(Analyte.SODIUM, Sodium.class);
  }

  /**
   * Returns the platelet count.
   *
   * @return the value, or unknown
   */
  public Observed<Platelets> platelets() {
    return typed(Analyte.PLATELETS, Platelets.class);
  }

  /**
   * Returns the total calcium.
   *
   * @return the value, or unknown
   */
  public Observed<Calcium> calcium() {
    return typed(Analyte.CALCIUM, Calcium.class);
  }

  /**
   * Returns the LDH.
   *
   * @return the value, or unknown
   */
  public Observed<Ldh> ldh() {
    return typed(Analyte.LDH, Ldh.class);
  }

  /**
   * Returns the CRP.
   *
   * @return the value, or unknown
   */
  public Observed<Crp> crp() {
    return typed(Analyte.CRP, Crp.class);
  }

  /**
   * Returns the AFP.
   *
   * @return the value, or unknown
   */
  public Observed<Afp> afp() {
    return typed(Analyte.AFP, Afp.class);
  }

  /**
   * Returns the alkaline phosphatase.
   *
   * @return the value, or unknown
   */
  public Observed<AlkalinePhosphatase> alkalinePhosphatase() {
    return typed(Analyte.ALKALINE_PHOSPHATASE, AlkalinePhosphatase.class);
  }

  /**
   * Returns the haemoglobin.
   *
   * @return the value, or unknown
   */
  public Observed<Haemoglobin> haemoglobin() {
    return typed(Analyte.HAEMOGLOBIN, Haemoglobin.class);
  }

  /**
   * Returns the white cell count.
   *
   * @return the value, or unknown
   */
  public Observed<WhiteCellCount> whiteCellCount() {
    return typed(Analyte.WHITE_CELL_COUNT, WhiteCellCount.class);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LabPanel other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.values().toString();
  }
}
