/**
 * Published per-modality accuracy for bone metastasis, with provenance, and pre-test probabilities from the review's cohorts. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.imaging.evidence;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
