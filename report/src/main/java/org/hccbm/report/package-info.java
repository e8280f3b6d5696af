/**
 * The tumour-board report: {@code BoardSummary} (the summary as data), its HTML page and its
 * markdown rendering. Depends on core, models and imaging only.
 */
@NullMarked
package org.hccbm.report;

import org.jspecify.annotations.NullMarked;
