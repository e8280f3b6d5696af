package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hccbm.core.Observed;

/**
 * What has been done so far: systemic therapy, radiotherapy, bone-targeting agents, surgery, and
 * the skeletal-related events that occurred. A known empty list means none; unknown means nobody
 * recorded it.
 *
 * @param priorSystemicTherapy whether the patient has had systemic therapy for HCC
 * @param radiotherapy courses of radiotherapy to bone
 * @param boneTargetingAgents bone-targeting agents given
 * @param surgery operations and interventions on bone
 * @param skeletalRelatedEvents skeletal-related events
 * @since 0.1.0
 */
public record TreatmentHistory(
    Observed<Boolean> priorSystemicTherapy,
    Observed<List<RadiotherapyCourse>> radiotherapy,
    Observed<List<BtaExposure>> boneTargetingAgents,
    Observed<List<SurgeryRecord>> surgery,
    Observed<List<SkeletalRelatedEvent>> skeletalRelatedEvents) {
  /** Validates and copies every component. */
  public TreatmentHistory {
    requireNonNull(priorSystemicTherapy, "priorSystemicTherapy");
    radiotherapy = requireNonNull(radiotherapy, "radiotherapy").map(List::copyOf);
    boneTargetingAgents =
        requireNonNull(boneTargetingAgents, "boneTargetingAgents").map(List::copyOf);
    surgery = requireNonNull(surgery, "surgery").map(List::copyOf);
    skeletalRelatedEvents =
        requireNonNull(skeletalRelatedEvents, "skeletalRelatedEvents").map(List::copyOf);
  }

  /**
   * Returns a history with every part unknown.
   *
   * @return the history
   */
  public static TreatmentHistory unknown() {
    return new TreatmentHistory(
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown(),
        Observed.unknown());
  }

  /**
   * Returns a copy with the prior systemic therapy known.
   *
   * @param value whether the patient had systemic therapy
   * @return the history
   */
  public TreatmentHistory withPriorSystemicTherapy(boolean value) {
    return new TreatmentHistory(
        Observed.of(value), radiotherapy, boneTargetingAgents, surgery, skeletalRelatedEvents);
  }

  /**
   * Returns a copy with the radiotherapy courses known.
   *
   * @param courses the courses; empty for none
   * @return the history
   */
  public TreatmentHistory withRadiotherapy(List<RadiotherapyCourse> courses) {
    return new TreatmentHistory(
        priorSystemicTherapy,
        Observed.of(courses),
        boneTargetingAgents,
        surgery,
        skeletalRelatedEvents);
  }

  /**
   * Returns a copy with the bone-targeting agents known.
   *
   * @param agents the agents; empty for none
   * @return the history
   */
  public TreatmentHistory withBoneTargetingAgents(List<BtaExposure> agents) {
    return new TreatmentHistory(
        priorSystemicTherapy, radiotherapy, Observed.of(agents), surgery, skeletalRelatedEvents);
  }

  /**
   * Returns a copy with the surgery known.
   *
   * @param operations the operations; empty for none
   * @return the history
   */
  public TreatmentHistory withSurgery(List<SurgeryRecord> operations) {
    return new TreatmentHistory(
        priorSystemicTherapy,
        radiotherapy,
        boneTargetingAgents,
        Observed.of(operations),
        skeletalRelatedEvents);
  }

  /**
   * Returns a copy with the skeletal-related events known.
   *
   * @param events the events; empty for none
   * @return the history
   */
  public TreatmentHistory withSkeletalRelatedEvents(List<SkeletalRelatedEvent> events) {
    return new TreatmentHistory(
        priorSystemicTherapy, radiotherapy, boneTargetingAgents, surgery, Observed.of(events));
  }
}
