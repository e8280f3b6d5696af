/**
 * Reference data from the seed review (Huang 2022): prognosis studies (Table 2), biomarkers
 * (Table 3), the skeletal-related-event outlook and the risk factors for bone metastasis. Table 1
 * (incidence) is in {@code org.hccbm.core.evidence}. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.reference;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
