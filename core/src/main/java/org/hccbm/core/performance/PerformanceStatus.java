package org.hccbm.core.performance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A performance status as recorded, on its native scale (ECOG or Karnofsky). Conversion to the
 * other scale is explicit, names its convention and reports ambiguity: ECOG 1 is KPS 70 or 80.
 *
 * @since 0.1.0
 */
public final class PerformanceStatus {
  /** The scale a performance status was recorded on. */
  public enum Scale {
    /** ECOG / WHO / Zubrod, 0–5. */
    ECOG,
    /** Karnofsky, 0–100. */
    KARNOFSKY
  }

  private final @Nullable Ecog ecog;
  private final @Nullable Karnofsky karnofsky;

  private PerformanceStatus(@Nullable Ecog ecog, @Nullable Karnofsky karnofsky) {
    this.ecog = ecog;
    this.karnofsky = karnofsky;
  }

  /**
   * Returns a status recorded as ECOG.
   *
   * @param ecog the grade
   * @return the status
   */
  public static PerformanceStatus of(Ecog ecog) {
    return new PerformanceStatus(requireNonNull(ecog, "ecog"), null);
  }

  /**
   * Returns a status recorded as Karnofsky.
   *
   * @param karnofsky the status
   * @return the status
   */
  public static PerformanceStatus of(Karnofsky karnofsky) {
    return new PerformanceStatus(null, requireNonNull(karnofsky, "karnofsky"));
  }

  /**
   * Returns the scale it was recorded on.
   *
   * @return the native scale
   */
  public Scale nativeScale() {
    return ecog != null ? Scale.ECOG : Scale.KARNOFSKY;
  }

  /**
   * Returns the ECOG grade when recorded as ECOG.
   *
   * @return the grade, or empty
   */
  public Optional<Ecog> nativeEcog() {
    return Optional.ofNullable(ecog);
  }

  /**
   * Returns the Karnofsky status when recorded as Karnofsky.
   *
   * @return the status, or empty
   */
  public Optional<Karnofsky> nativeKarnofsky() {
    return Optional.ofNullable(karnofsky);
  }

  /**
   * Returns the ECOG grades this status may be: the recorded grade, or the converted one.
   *
   * @param convention the conversion convention, used only when recorded as Karnofsky
   * @return one grade or more, ascending
   */
  public List<Ecog> ecogCandidates(PsConvention convention) {
    requireNonNull(convention, "convention");
    return ecog != null ? List.of(ecog) : List.of(convention.toEcog(requireNonNull(karnofsky)));
  }

  /**
   * Returns the Karnofsky statuses this status may be: the recorded one, or every conversion.
   *
   * @param convention the conversion convention, used only when recorded as ECOG
   * @return one status or more, ascending; more than one means the conversion is ambiguous
   */
  public List<Karnofsky> karnofskyCandidates(PsConvention convention) {
    requireNonNull(convention, "convention");
    return karnofsky != null ? List.of(karnofsky) : convention.toKarnofsky(requireNonNull(ecog));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PerformanceStatus other
        && ecog == other.ecog
        && karnofsky == other.karnofsky;
  }

  @Override
  public int hashCode() {
    return ecog != null ? ecog.hashCode() : requireNonNull(karnofsky).hashCode() * 31;
  }

  @Override
  public String toString() {
    return ecog != null ? ecog.toString() : String.valueOf(karnofsky);
  }
}
