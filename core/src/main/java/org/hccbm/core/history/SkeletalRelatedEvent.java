package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A skeletal-related event.
 *
 * @param type the event
 * @param date the date, when known
 * @since 0.1.0
 */
public record SkeletalRelatedEvent(SreType type, Optional<LocalDate> date) {
  /** Validates every component. */
  public SkeletalRelatedEvent {
    requireNonNull(type, "type");
    requireNonNull(date, "date");
  }
}
