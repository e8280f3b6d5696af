package org.hccbm.testkit;

import org.hccbm.core.result.ModelResult;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of fluent assertions on model results, for test authors:
 *
 * <pre>{@code
 * HccbmAssertions.assertThat(ChildPugh.INSTANCE.evaluate(p))
 *     .isBounded().hasReachableCategories("B", "C").isDecidedBy("encephalopathy");
 * }</pre>
 *
 * <p>The assertions ask the result through its typed queries ({@link ModelResult#fold}, {@link
 * ModelResult#possibleCategories()}, {@link ModelResult#possibleTotals()}), so a test needs no
 * cast. A failed assertion throws {@link AssertionError} with what was expected and the rendered
 * result. Plain Java: no assertion library is required at run time.
 *
 * @since 0.3.0
 */
public final class HccbmAssertions {
  private HccbmAssertions() {}

  /**
   * Starts assertions on a result.
   *
   * @param actual the result
   * @return the assertions
   * @throws AssertionError if the result is null
   */
  public static ResultAssert assertThat(@Nullable ModelResult actual) {
    return new ResultAssert(actual);
  }
}
