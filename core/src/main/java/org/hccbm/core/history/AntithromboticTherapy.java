package org.hccbm.core.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The antithrombotic therapy a patient takes: none, or antiplatelet or anticoagulant drugs with
 * their classes and the date of the last dose when known (planner-safety PS-2). A patient whose
 * therapy is not recorded has it unknown ({@code Observed.unknown()} on the patient), which is not
 * the same as {@link #none()}.
 *
 * @param kind none, antiplatelet or anticoagulant; with both, anticoagulant
 * @param drugClasses the classes taken; empty for none, or when the class is not recorded
 * @param lastDose the date of the last dose, when known; never with none
 * @since 0.2.0
 */
public record AntithromboticTherapy(
    AntithromboticKind kind,
    List<AntithromboticDrugClass> drugClasses,
    Optional<LocalDate> lastDose) {
  /** Validates and copies every component. */
  public AntithromboticTherapy {
    requireNonNull(kind, "kind");
    drugClasses = List.copyOf(requireNonNull(drugClasses, "drugClasses"));
    requireNonNull(lastDose, "lastDose");
    if (kind == AntithromboticKind.NONE && (!drugClasses.isEmpty() || lastDose.isPresent())) {
      throw new InvalidClinicalInputException(
          "antithrombotic therapy",
          "none with "
              + (drugClasses.isEmpty() ? "a last dose date" : "drug classes " + drugClasses),
          "without drug classes or last dose date");
    }
    boolean anticoagulant =
        drugClasses.stream().anyMatch(c -> c.kind() == AntithromboticKind.ANTICOAGULANT);
    if (kind == AntithromboticKind.ANTIPLATELET && anticoagulant) {
      throw new InvalidClinicalInputException(
          "antithrombotic kind",
          "antiplatelet with " + drugClasses,
          "anticoagulant when any drug class is an anticoagulant");
    }
  }

  /**
   * Returns "no antithrombotic therapy".
   *
   * @return the therapy
   */
  public static AntithromboticTherapy none() {
    return new AntithromboticTherapy(AntithromboticKind.NONE, List.of(), Optional.empty());
  }

  /**
   * Returns therapy with the given drug classes; the kind follows from them (anticoagulant when any
   * class is one).
   *
   * @param lastDose the date of the last dose, when known
   * @param classes at least one drug class
   * @return the therapy
   * @throws InvalidClinicalInputException if no class is given
   */
  public static AntithromboticTherapy of(
      Optional<LocalDate> lastDose, AntithromboticDrugClass... classes) {
    if (classes.length == 0) {
      throw new InvalidClinicalInputException(
          "antithrombotic drug classes", "none", "at least one class");
    }
    List<AntithromboticDrugClass> list = List.of(classes);
    AntithromboticKind kind =
        list.stream().anyMatch(c -> c.kind() == AntithromboticKind.ANTICOAGULANT)
            ? AntithromboticKind.ANTICOAGULANT
            : AntithromboticKind.ANTIPLATELET;
    return new AntithromboticTherapy(kind, list, lastDose);
  }

  /**
   * Returns whether any antithrombotic is taken.
   *
   * @return true unless none
   */
  public boolean any() {
    return kind != AntithromboticKind.NONE;
  }

  @Override
  public String toString() {
    if (!any()) {
      return "none";
    }
    String classes =
        drugClasses.isEmpty()
            ? kind.name().toLowerCase(java.util.Locale.ROOT) + " (class not recorded)"
            : String.join(" + ", drugClasses.stream().map(AntithromboticDrugClass::label).toList());
    return classes + lastDose.map(d -> ", last dose " + d).orElse("");
  }
}
