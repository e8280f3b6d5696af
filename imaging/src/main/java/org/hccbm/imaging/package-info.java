/**
 * Diagnostic accuracy maths: likelihood ratios, post-test probability, test combinations and confidence intervals. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.imaging;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
