/**
 * Validation errors, the three-state observation type and the library version. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
