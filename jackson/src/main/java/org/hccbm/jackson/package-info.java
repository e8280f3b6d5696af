/**
 * The Jackson 2 module for hccbm: patients in, every result out, through the domain factories. All
 * types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
