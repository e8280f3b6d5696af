/**
 * Special functions (normal and beta distributions) behind the intervals; not exported. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.imaging.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
