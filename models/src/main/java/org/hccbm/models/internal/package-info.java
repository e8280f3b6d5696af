/**
 * The scoring engine shared by the models (not exported): cut-point tables and bounded results. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
