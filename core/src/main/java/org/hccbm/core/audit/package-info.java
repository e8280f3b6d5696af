/**
 * Audit records: which library version, models and inputs produced an assessment. All types are
 * immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.audit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
