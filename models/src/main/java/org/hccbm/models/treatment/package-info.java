/**
 * The treatment-selection planner: small named rules, each with its source and evidence level, that
 * turn a patient and its scores into the options a multidisciplinary team would discuss — never a
 * single directive. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.treatment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
