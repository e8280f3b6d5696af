package org.hccbm.models.liver;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.performance.PerformanceStatus;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.models.internal.Categories;

/**
 * What BCLC 2022 reads.
 *
 * @param performanceStatus the performance status
 * @param performanceStatusCancerRelated whether the impairment is due to the cancer
 * @param childPughClasses the Child–Pugh classes still possible (one when known; all three when
 *     nothing is known), the library's reading of "preserved" and "end-stage" liver function
 * @param tumour the viable intrahepatic nodules
 * @param macrovascularInvasion macrovascular (portal) invasion
 * @param extrahepaticSpread any extrahepatic spread, bone metastasis and N1 included
 * @param noduleCount the number of nodules when their sizes are unknown (read only while {@code
 *     tumour} is unknown; since 0.2.0)
 * @since 0.1.0
 */
public record BclcInput(
    Observed<PerformanceStatus> performanceStatus,
    Observed<Boolean> performanceStatusCancerRelated,
    List<ChildPughClass> childPughClasses,
    Observed<IntrahepaticTumour> tumour,
    Observed<Boolean> macrovascularInvasion,
    Observed<Boolean> extrahepaticSpread,
    Observed<Integer> noduleCount) {
  /** Validates and sorts every component. */
  public BclcInput {
    requireNonNull(performanceStatus, "performanceStatus");
    requireNonNull(performanceStatusCancerRelated, "performanceStatusCancerRelated");
    childPughClasses = Categories.sortedDistinct(childPughClasses);
    requireNonNull(tumour, "tumour");
    requireNonNull(macrovascularInvasion, "macrovascularInvasion");
    requireNonNull(extrahepaticSpread, "extrahepaticSpread");
    requireNonNull(noduleCount, "noduleCount");
    if (childPughClasses.isEmpty()) {
      throw new InvalidClinicalInputException(
          "Child–Pugh classes", "none", "at least one (all three when unknown)");
    }
  }

  /**
   * Creates the input without a separate nodule count (the 0.1.0 constructor).
   *
   * @param performanceStatus the performance status
   * @param performanceStatusCancerRelated whether the impairment is due to the cancer
   * @param childPughClasses the Child–Pugh classes still possible
   * @param tumour the viable intrahepatic nodules
   * @param macrovascularInvasion macrovascular invasion
   * @param extrahepaticSpread any extrahepatic spread
   */
  public BclcInput(
      Observed<PerformanceStatus> performanceStatus,
      Observed<Boolean> performanceStatusCancerRelated,
      List<ChildPughClass> childPughClasses,
      Observed<IntrahepaticTumour> tumour,
      Observed<Boolean> macrovascularInvasion,
      Observed<Boolean> extrahepaticSpread) {
    this(
        performanceStatus,
        performanceStatusCancerRelated,
        childPughClasses,
        tumour,
        macrovascularInvasion,
        extrahepaticSpread,
        Observed.unknown());
  }

  /**
   * Returns the input a patient provides: Child–Pugh is evaluated from the patient's liver items
   * and PatientFacts derives the spread and the vascular invasion.
   *
   * @param patient the patient
   * @return the input
   */
  public static BclcInput from(Patient patient) {
    return from(patient, ChildPugh.INSTANCE);
  }

  /**
   * Returns the input a patient provides, with the Child–Pugh class read under a chosen variant.
   *
   * @param patient the patient
   * @param childPugh the Child–Pugh variant that gives the class
   * @return the input
   * @since 0.2.0
   */
  public static BclcInput from(Patient patient, ChildPugh childPugh) {
    return from(patient, childPugh.evaluate(patient));
  }

  /**
   * Returns the input a patient provides, with the Child–Pugh class read from a Child–Pugh result
   * already evaluated for that patient (so that one assessment evaluates Child–Pugh once).
   *
   * @param patient the patient
   * @param childPugh the patient's Child–Pugh result
   * @return the input
   * @since 0.2.0
   */
  public static BclcInput from(Patient patient, ModelResult childPugh) {
    return new BclcInput(
        patient.performanceStatus(),
        patient.performanceStatusCancerRelated(),
        childPughClasses(childPugh),
        patient.primary().intrahepatic(),
        PatientFacts.macrovascularInvasion(patient),
        PatientFacts.extrahepaticSpread(patient),
        patient.primary().noduleCount());
  }

  /**
   * Returns the Child–Pugh classes a result allows.
   *
   * @param result a Child–Pugh result
   * @return one class when complete, the reachable ones when bounded
   */
  public static List<ChildPughClass> childPughClasses(ModelResult result) {
    List<ChildPughClass> classes = result.possibleCategories(ChildPughClass.class);
    return classes.isEmpty() ? List.of(ChildPughClass.values()) : classes;
  }
}
