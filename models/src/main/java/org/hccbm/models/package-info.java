/**
 * The model interface and the catalogue that evaluates every applicable model for a patient. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
