package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.hccbm.core.Observed;

/**
 * Treatment with a bone-targeting agent.
 *
 * @param agent the agent
 * @param started the date it was started, when known
 * @param ongoing whether it is still being given; unknown when the record does not say (an absent
 *     answer is never read as "stopped")
 * @since 0.1.0
 */
public record BtaExposure(
    BoneTargetingAgent agent, Optional<LocalDate> started, Observed<Boolean> ongoing) {
  /** Validates every component. */
  public BtaExposure {
    requireNonNull(agent, "agent");
    requireNonNull(started, "started");
    requireNonNull(ongoing, "ongoing");
  }

  /**
   * Creates an exposure whose ongoing status is known.
   *
   * @param agent the agent
   * @param started the date it was started, when known
   * @param ongoing whether it is still being given
   */
  public BtaExposure(BoneTargetingAgent agent, Optional<LocalDate> started, boolean ongoing) {
    this(agent, started, Observed.of(ongoing));
  }
}
