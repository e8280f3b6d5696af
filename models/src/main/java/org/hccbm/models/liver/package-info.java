/**
 * Liver function and HCC staging: Child–Pugh, ALBI, the MELD family, BCLC 2022, Milan and UCSF. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.liver;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
