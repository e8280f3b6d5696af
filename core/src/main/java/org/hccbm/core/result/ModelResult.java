package org.hccbm.core.result;

import java.util.List;
import org.hccbm.core.evidence.ModelInfo;

/**
 * The result of evaluating one model: complete, bounded by unknown inputs, or not applicable.
 *
 * @since 0.1.0
 */
public sealed interface ModelResult permits Complete, Bounded, NotApplicable {
  /**
   * Returns the model that produced this result.
   *
   * @return the model
   */
  ModelInfo model();

  /**
   * Returns the caveats, in the order they arose.
   *
   * @return the caveats
   */
  List<Caveat> caveats();

  /**
   * Returns a plain-text rendering for logs and command lines: the model, one line per item,
   * the total or its bounds, the category and the caveats, in English ({@link Renderer}).
   *
   * @return the rendering, lines separated by '\n'
   */
  default String render() {
    return Renderer.english().render(this);
  }
}
