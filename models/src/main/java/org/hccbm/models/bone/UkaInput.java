package org.hccbm.models.bone;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.tumour.IntrahepaticTumour;
import org.hccbm.core.tumour.PortalVeinInvasion;
import org.hccbm.models.internal.Categories;
import org.hccbm.models.liver.BclcInput;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughClass;
import org.hccbm.models.liver.PatientFacts;

/**
 * What the Uka criteria read.
 *
 * @param childPughClasses the Child–Pugh classes still possible (one when known)
 * @param intrahepaticT the LCSGJ T factor
 * @param portalVeinInvasion the Vp grade
 * @since 0.1.0
 */
public record UkaInput(
    List<ChildPughClass> childPughClasses,
    Observed<LcsgjT> intrahepaticT,
    Observed<PortalVeinInvasion> portalVeinInvasion) {
  /** Validates and sorts every component. */
  public UkaInput {
    childPughClasses = Categories.sortedDistinct(childPughClasses);
    requireNonNull(intrahepaticT, "intrahepaticT");
    requireNonNull(portalVeinInvasion, "portalVeinInvasion");
    if (childPughClasses.isEmpty()) {
      throw new InvalidClinicalInputException(
          "Child–Pugh classes", "none", "at least one (all three when unknown)");
    }
  }

  /**
   * Returns the input a patient provides: Child–Pugh from the liver items; the T factor from the
   * nodules with vascular invasion read as macrovascular invasion; Vp as recorded only (r2,
   * planner-safety PS-24: an unrecorded Vp stays unknown and bounds the result, never "Vp0 as
   * recorded" inferred from absent macrovascular invasion).
   *
   * @param patient the patient
   * @return the input
   */
  public static UkaInput from(Patient patient) {
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
  public static UkaInput from(Patient patient, ChildPugh childPugh) {
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
  public static UkaInput from(Patient patient, ModelResult childPugh) {
    Observed<Boolean> vascular = PatientFacts.macrovascularInvasion(patient);
    Observed<IntrahepaticTumour> tumour = patient.primary().intrahepatic();
    Observed<LcsgjT> t = Observed.unknown();
    if (tumour instanceof Observed.Known<IntrahepaticTumour> known) {
      if (known.value().count() == 0) {
        t = Observed.of(LcsgjT.T0);
      } else if (vascular instanceof Observed.Known<Boolean> v) {
        t = Observed.of(LcsgjT.of(known.value(), v.value()));
      }
    }
    Observed<PortalVeinInvasion> vp = patient.primary().portalVeinInvasion();
    return new UkaInput(BclcInput.childPughClasses(childPugh), t, vp);
  }
}
