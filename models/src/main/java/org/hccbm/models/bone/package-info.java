/**
 * Bone-metastasis prognostic, instability and fracture-risk scores, and the Uka criteria for
 * treating extrahepatic metastases; {@link org.hccbm.models.Models#catalogue()} lists them. All
 * types are immutable and thread-safe.
 *
 * <p>Section and id references in this package's documentation and results ({@code liver §1.4},
 * {@code bone §6.1}, {@code imaging §3.7}, {@code U-2}, worked examples such as {@code CP-6},
 * sources such as {@code [R9]}) are explained in {@code docs/sources.md} of the hccbm repository.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.models.bone;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
