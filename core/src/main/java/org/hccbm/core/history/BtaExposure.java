package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Treatment with a bone-targeting agent.
 *
 * @param agent the agent
 * @param started the date it was started, when known
 * @param ongoing whether it is still being given
 * @since 0.1.0
 */
public record BtaExposure(BoneTargetingAgent agent, Optional<LocalDate> started, boolean ongoing) {
  /** Validates every component. */
  public BtaExposure {
    requireNonNull(agent, "agent");
    requireNonNull(started, "started");
  }
}
