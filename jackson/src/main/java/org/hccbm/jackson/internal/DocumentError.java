package org.hccbm.jackson.internal;

/** A patient document's error at a JSON path; turned into an HccbmJsonException by the reader. */
public final class DocumentError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final int line;
  private final int column;

  /**
   * Creates the error.
   *
   * @param path the JSON path
   * @param problem what is wrong
   */
  public DocumentError(String path, String problem) {
    this(path, problem, -1, -1);
  }

  /**
   * Creates the error with the place in the text it was found.
   *
   * @param path the JSON path
   * @param problem what is wrong
   * @param line the 1-based line, or -1 when not known
   * @param column the 1-based column, or -1 when not known
   */
  public DocumentError(String path, String problem, int line, int column) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the JSON path.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the 1-based line in the text, or -1 when not known.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column in the text, or -1 when not known.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
