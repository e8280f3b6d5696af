/**
 * The report's pictures as SVG written by the library: the skeletal map, the survival chart and the
 * imaging post-test bars. No script is needed to see them; every picture has a title.
 */
@NullMarked
package org.hccbm.report.svg;

import org.jspecify.annotations.NullMarked;
