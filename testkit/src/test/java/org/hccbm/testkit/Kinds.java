package org.hccbm.testkit;

import org.hccbm.core.result.ModelResult;

/** The kind of a result, told by {@link ModelResult#fold}: for tests that branch on it. */
final class Kinds {
  private Kinds() {}

  static boolean isComplete(ModelResult r) {
    return r.fold(c -> true, b -> false, n -> false);
  }

  static boolean isBounded(ModelResult r) {
    return r.fold(c -> false, b -> true, n -> false);
  }

  static boolean applies(ModelResult r) {
    return r.fold(c -> true, b -> true, n -> false);
  }
}
