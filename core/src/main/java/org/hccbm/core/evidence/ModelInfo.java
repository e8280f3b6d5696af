package org.hccbm.core.evidence;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.result.Category;

/**
 * The identity of a model: a stable id, its name, the variant implemented, a revision that
 * increases whenever any output could change, its verification status, its source and the type of
 * the categories it assigns.
 *
 * <p>The category type lets a consumer resolve a category code without naming each model (the JSON
 * reader does), and query a result by type ({@code result.possibleCategories(type)}). It is Java
 * metadata, not part of the JSON form of a model (docs/json.md).
 *
 * @param id stable forever, lower case with digits, dots and hyphens (e.g. "child-pugh")
 * @param name the literature's name (e.g. "Child–Pugh")
 * @param variant the deviation from the source or the named reading implemented; "" for none
 * @param revision 1 or more
 * @param status whether the model has been verified
 * @param statusNote why the model has this status
 * @param citation the primary source
 * @param categoryType the enum of the categories the model assigns (every variant the same), or
 *     empty for a model that gives a total only (the MELD family); since 0.2.0
 * @since 0.1.0
 */
public record ModelInfo(
    String id,
    String name,
    String variant,
    int revision,
    ModelStatus status,
    String statusNote,
    Citation citation,
    Optional<Class<? extends Category>> categoryType) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.]*(-[a-z0-9.]+)*");

  /** Validates every component. */
  public ModelInfo {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(variant, "variant");
    requireNonNull(status, "status");
    requireNonNull(statusNote, "statusNote");
    requireNonNull(citation, "citation");
    requireNonNull(categoryType, "categoryType");
    if (!ID.matcher(id).matches()) {
      throw new InvalidClinicalInputException(
          "model id",
          "\"" + id + "\"",
          "lower-case words of letters, digits and dots joined by hyphens");
    }
    if (revision < 1) {
      throw new InvalidClinicalInputException("model revision", revision, ">= 1");
    }
    categoryType.ifPresent(
        t -> {
          if (!t.isEnum() || t.getEnumConstants().length == 0) {
            throw new InvalidClinicalInputException(
                "model category type", t.getName(), "an enum with at least one constant");
          }
        });
  }

  /**
   * Creates the metadata of a model that assigns categories.
   *
   * @param id as the canonical constructor
   * @param name as the canonical constructor
   * @param variant as the canonical constructor
   * @param revision as the canonical constructor
   * @param status as the canonical constructor
   * @param statusNote as the canonical constructor
   * @param citation as the canonical constructor
   * @param categoryType the enum of the categories the model assigns
   * @since 0.2.0
   */
  public ModelInfo(
      String id,
      String name,
      String variant,
      int revision,
      ModelStatus status,
      String statusNote,
      Citation citation,
      Class<? extends Category> categoryType) {
    this(
        id,
        name,
        variant,
        revision,
        status,
        statusNote,
        citation,
        Optional.of(requireNonNull(categoryType, "categoryType")));
  }

  /**
   * Creates the metadata of a model that assigns no category (a total only).
   *
   * @param id as the canonical constructor
   * @param name as the canonical constructor
   * @param variant as the canonical constructor
   * @param revision as the canonical constructor
   * @param status as the canonical constructor
   * @param statusNote as the canonical constructor
   * @param citation as the canonical constructor
   */
  public ModelInfo(
      String id,
      String name,
      String variant,
      int revision,
      ModelStatus status,
      String statusNote,
      Citation citation) {
    this(id, name, variant, revision, status, statusNote, citation, Optional.empty());
  }

  /** Returns e.g. "child-pugh r1 (VERIFIED)". */
  @Override
  public String toString() {
    return id + " r" + revision + " (" + status + ")";
  }
}
