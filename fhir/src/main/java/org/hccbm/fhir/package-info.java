/**
 * Reads FHIR R4 Bundles into hccbm patients, with a mapping report that names every resource and
 * element that was used, converted, superseded, ignored or not mapped; writes results as
 * RiskAssessments and the treatment plan as a CarePlan ({@link
 * org.hccbm.fhir.FhirAssessmentWriter}). All types are immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package org.hccbm.fhir;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
