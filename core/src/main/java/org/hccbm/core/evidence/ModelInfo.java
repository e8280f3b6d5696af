package org.hccbm.core.evidence;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.hccbm.core.InvalidClinicalInputException;

/**
 * The identity of a model: a stable id, its name, the variant implemented, a revision that
 * increases whenever any output could change, its verification status and its source.
 *
 * @param id stable forever, lower case with digits, dots and hyphens (e.g. "child-pugh")
 * @param name the literature's name (e.g. "Child–Pugh")
 * @param variant the deviation from the source or the named reading implemented; "" for none
 * @param revision 1 or more
 * @param status whether the model has been verified
 * @param statusNote why the model has this status
 * @param citation the primary source
 * @since 0.1.0
 */
public record ModelInfo(
    String id,
    String name,
    String variant,
    int revision,
    ModelStatus status,
    String statusNote,
    Citation citation) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.]*(-[a-z0-9.]+)*");

  /** Validates every component. */
  public ModelInfo {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(variant, "variant");
    requireNonNull(status, "status");
    requireNonNull(statusNote, "statusNote");
    requireNonNull(citation, "citation");
    if (!ID.matcher(id).matches()) {
      throw new InvalidClinicalInputException(
          "model id",
          "\"" + id + "\"",
          "lower-case words of letters, digits and dots joined by hyphens");
    }
    if (revision < 1) {
      throw new InvalidClinicalInputException("model revision", revision, ">= 1");
    }
  }

  /** Returns e.g. "child-pugh r1 (VERIFIED)". */
  @Override
  public String toString() {
    return id + " r" + revision + " (" + status + ")";
  }
}
