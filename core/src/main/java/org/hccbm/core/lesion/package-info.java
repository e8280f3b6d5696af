/**
 * Bone lesions: skeletal site, morphology, pain, size and spinal findings. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.lesion;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
