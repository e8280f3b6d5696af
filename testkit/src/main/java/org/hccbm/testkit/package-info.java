/**
 * Fixture patients, seeded generators of valid and invalid inputs, and a small property-check
 * helper, for test authors. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
