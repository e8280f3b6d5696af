package org.hccbm.core.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.evidence.ModelInfo;

/**
 * A model that does not apply to this patient or lesion, with the reason (e.g. "no spinal lesion",
 * "MELD 3.0 is not defined under 12 years").
 *
 * @param model the model
 * @param reason why it does not apply
 * @param caveats the caveats
 * @since 0.1.0
 */
public record NotApplicable(ModelInfo model, String reason, List<Caveat> caveats)
    implements ModelResult {
  /** Validates and copies every component. */
  public NotApplicable {
    requireNonNull(model, "model");
    requireNonNull(reason, "reason");
    caveats = List.copyOf(caveats);
  }
}
