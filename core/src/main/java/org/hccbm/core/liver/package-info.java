/**
 * Bedside liver items: ascites, hepatic encephalopathy and cholestatic disease. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.liver;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
