package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.hccbm.core.lesion.SkeletalSite;

/**
 * An operation or intervention on bone.
 *
 * @param site the site
 * @param kind the kind
 * @param date the date, when known
 * @since 0.1.0
 */
public record SurgeryRecord(SkeletalSite site, SurgeryKind kind, Optional<LocalDate> date) {
  /** Validates every component. */
  public SurgeryRecord {
    requireNonNull(site, "site");
    requireNonNull(kind, "kind");
    requireNonNull(date, "date");
  }
}
