/**
 * Reference data from the seed review (Huang 2022): prognosis studies (Table 2), biomarkers (Table
 * 3), the skeletal-related-event outlook and the risk factors for bone metastasis. Table 1
 * (incidence) is in {@code org.hccbm.core.evidence}. All types are immutable and thread-safe.
 *
 * <p>Section and id references in this package's documentation and results ({@code liver §1.4},
 * {@code bone §6.1}, {@code imaging §3.7}, {@code U-2}, worked examples such as {@code CP-6},
 * sources such as {@code [R9]}) are explained in {@code docs/sources.md} of the hccbm repository.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.reference;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
