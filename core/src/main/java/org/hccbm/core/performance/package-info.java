/**
 * ECOG and Karnofsky performance status, each on its native scale, and their conversion. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.performance;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
