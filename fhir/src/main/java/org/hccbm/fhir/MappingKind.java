package org.hccbm.fhir;

/**
 * What happened to one resource or element of a Bundle when it was read.
 *
 * @since 0.1.0
 */
public enum MappingKind {
  /** Used as given. */
  USED,
  /** Used after reading its unit through an alias or an equivalent unit; the detail says how. */
  CONVERTED,
  /** A usable value of the same input, older than the one used. */
  SUPERSEDED,
  /** Not used because of its status (entered-in-error, cancelled, preliminary, refuted ...). */
  IGNORED_STATUS,
  /** Its code is in no table this library reads. */
  UNMAPPED_CODE,
  /** Its code is read, but its value or unit was refused; the detail holds the error. */
  REFUSED_VALUE,
  /** A recognised resource or element this library does not map (the detail says why). */
  NOT_MAPPED,
  /** A resource type this library does not read. */
  UNSUPPORTED_RESOURCE,
  /** An input the Bundle did not give, which therefore stays as the caller's patient had it. */
  ABSENT
}
