/**
 * Laboratory values that carry their unit, with every unit conversion in one place. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.lab;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
