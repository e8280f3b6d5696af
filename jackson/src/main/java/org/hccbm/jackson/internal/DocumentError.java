package org.hccbm.jackson.internal;

/** A patient document's error at a JSON path; turned into an HccbmJsonException by the reader. */
public final class DocumentError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /**
   * Creates the error.
   *
   * @param path the JSON path
   * @param problem what is wrong
   */
  public DocumentError(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Returns the JSON path. @return the path */
  public String path() {
    return path;
  }

  /** Returns what is wrong. @return the problem */
  public String problem() {
    return problem;
  }
}
