package org.hccbm.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/**
 * A patient document that cannot be read: the message names the JSON path, the constraint and the
 * value, e.g. {@code $.labs.albumin: albumin must be > 0 g/dL, was -1.0 g/dL}.
 *
 * @since 0.1.0
 */
public final class HccbmJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param parser the parser, for the location, or null
   * @param jsonPath the path of the offending value, e.g. "$.labs.albumin"
   * @param problem what is wrong, e.g. "albumin must be > 0 g/dL, was -1.0 g/dL"
   */
  public HccbmJsonException(@Nullable JsonParser parser, String jsonPath, String problem) {
    super(parser, jsonPath + ": " + problem);
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * Creates the exception at a place in the text.
   *
   * @param parser the parser, or null
   * @param jsonPath the path of the offending value
   * @param problem what is wrong
   * @param location where in the text, or null when not known
   * @since 0.2.0
   */
  public HccbmJsonException(
      @Nullable JsonParser parser,
      String jsonPath,
      String problem,
      @Nullable JsonLocation location) {
    super(parser, jsonPath + ": " + problem, location);
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /**
   * Returns the 1-based line of the offending text, or -1 when not known.
   *
   * @return the line
   * @since 0.2.0
   */
  public int line() {
    return getLocation() == null ? -1 : getLocation().getLineNr();
  }

  /**
   * Returns the 1-based column of the offending text, or -1 when not known.
   *
   * @return the column
   * @since 0.2.0
   */
  public int column() {
    return getLocation() == null ? -1 : getLocation().getColumnNr();
  }

  /**
   * Returns the JSON path of the offending value.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns what is wrong, without the path.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
