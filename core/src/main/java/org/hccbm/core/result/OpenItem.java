package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;

/**
 * A component whose input is unknown or not assessable: why it is open, what it could still be, the
 * points it could still add, and the patient fields whose value would close it.
 *
 * @param code the item's code, e.g. {@code encephalopathy}
 * @param status why it is open
 * @param reason the reason an input is not assessable, the input whose conversion is ambiguous, or
 *     what is known of a partly known input; empty for the other statuses
 * @param aspect the aspect of the item that is open when the item's own input is known (e.g. {@code
 *     cholestaticDisease} for Child–Pugh bilirubin, {@code treatability} for Tomita visceral
 *     metastases); empty when the item's input itself is open
 * @param possible what the item could still be
 * @param minPoints the fewest points the item can add
 * @param maxPoints the most points the item can add; at least {@code minPoints}
 * @param closedBy the patient fields (JSON paths of docs/json.md) whose value would close the item
 * @since 0.1.0
 */
public record OpenItem(
    ItemCode code,
    OpenStatus status,
    Optional<String> reason,
    Optional<ItemCode> aspect,
    Possible possible,
    double minPoints,
    double maxPoints,
    List<String> closedBy) {
  /** Validates and copies every component. */
  public OpenItem {
    requireNonNull(code, "code");
    requireNonNull(status, "status");
    requireNonNull(reason, "reason");
    requireNonNull(aspect, "aspect");
    requireNonNull(possible, "possible");
    closedBy = List.copyOf(closedBy);
    if (!Double.isFinite(minPoints) || !Double.isFinite(maxPoints) || minPoints > maxPoints) {
      throw new InvalidClinicalInputException(
          "open item points of " + code,
          minPoints + ".." + maxPoints,
          "a finite range with min <= max");
    }
    boolean needsReason =
        status == OpenStatus.NOT_ASSESSABLE
            || status == OpenStatus.AMBIGUOUS
            || status == OpenStatus.PARTLY_KNOWN;
    if (needsReason != reason.isPresent()) {
      throw new InvalidClinicalInputException(
          "reason of open item " + code,
          reason,
          "present exactly when the status is NOT_ASSESSABLE or AMBIGUOUS");
    }
  }

  /**
   * Returns an item that is open because its input is.
   *
   * @param code the item's code
   * @param input the open input (unknown or not assessable)
   * @param possible what it could still be
   * @param minPoints the fewest points it can add
   * @param maxPoints the most points it can add
   * @param closedBy the patient fields that would close it
   * @return the item
   */
  public static OpenItem of(
      ItemCode code,
      Observed<?> input,
      Possible possible,
      double minPoints,
      double maxPoints,
      List<String> closedBy) {
    return new OpenItem(
        code,
        statusOf(input),
        reasonOf(input),
        Optional.empty(),
        possible,
        minPoints,
        maxPoints,
        closedBy);
  }

  /**
   * Returns an item that is open because one aspect of it is (e.g. bilirubin is known but whether
   * the disease is cholestatic is not).
   *
   * @param code the item's code
   * @param aspect the open aspect's code
   * @param input the open aspect's observation
   * @param possible what it could still be
   * @param minPoints the fewest points it can add
   * @param maxPoints the most points it can add
   * @param closedBy the patient fields that would close it
   * @return the item
   */
  public static OpenItem ofAspect(
      ItemCode code,
      ItemCode aspect,
      Observed<?> input,
      Possible possible,
      double minPoints,
      double maxPoints,
      List<String> closedBy) {
    return new OpenItem(
        code,
        statusOf(input),
        reasonOf(input),
        Optional.of(aspect),
        possible,
        minPoints,
        maxPoints,
        closedBy);
  }

  /**
   * Returns this item with the patient fields that would close it.
   *
   * @param fields the fields (JSON paths of docs/json.md)
   * @return the item
   * @since 0.3.0
   */
  public OpenItem withClosedBy(String... fields) {
    return new OpenItem(
        code, status, reason, aspect, possible, minPoints, maxPoints, List.of(fields));
  }

  private static OpenStatus statusOf(Observed<?> input) {
    if (input instanceof Observed.NotAssessable<?>) {
      return OpenStatus.NOT_ASSESSABLE;
    }
    if (input instanceof Observed.Known<?>) {
      throw new InvalidClinicalInputException(
          "open item input", input, "unknown or not assessable");
    }
    return OpenStatus.UNKNOWN;
  }

  private static Optional<String> reasonOf(Observed<?> input) {
    return input instanceof Observed.NotAssessable<?> n
        ? Optional.of(n.reason())
        : Optional.empty();
  }

  /**
   * Returns the item's label in English.
   *
   * @return the label
   */
  public String item() {
    return Renderer.english().label(code);
  }

  /**
   * Returns why the item is open, in English, e.g. "unknown" or "not assessable (amputated)".
   *
   * @return the status
   */
  public String statusText() {
    return Renderer.english().status(this);
  }

  /** Returns e.g. "Ascites: unknown (none, mild or moderate–severe) = 1..3". */
  @Override
  public String toString() {
    return Renderer.english().openItem(this);
  }
}
