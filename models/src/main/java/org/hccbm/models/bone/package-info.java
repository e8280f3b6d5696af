/**
 * Bone-metastasis prognostic, instability and fracture-risk scores: HCC-SM GPA, revised
 * Tokuhashi, Tomita, new Katagiri, van der Linden, Bollen, SINS, Mirels, and the Uka criteria.
 * All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.bone;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
