/**
 * Readers and writers behind the Jackson module (not exported). All types are immutable and
 * thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.jackson.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
