/**
 * The primary hepatocellular carcinoma and extraskeletal metastases. All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.core.tumour;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
