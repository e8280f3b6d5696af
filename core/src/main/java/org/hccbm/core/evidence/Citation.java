package org.hccbm.core.evidence;

import static java.util.Objects.requireNonNull;

import org.hccbm.core.InvalidClinicalInputException;

/**
 * A bibliographic source for a model, a rule or a figure.
 *
 * @param authors the authors as cited, e.g. "Pugh RN, et al."
 * @param title the title of the work
 * @param source the journal or publisher, e.g. "Br J Surg"
 * @param year the year of publication, 1900..2100
 * @param locator a DOI, PMID or other stable locator; empty when none exists
 * @since 0.1.0
 */
public record Citation(String authors, String title, String source, int year, String locator) {
  /** Validates every component. */
  public Citation {
    requireNonNull(authors, "authors");
    requireNonNull(title, "title");
    requireNonNull(source, "source");
    requireNonNull(locator, "locator");
    if (authors.isBlank()) {
      throw new InvalidClinicalInputException("citation authors", "\"\"", "non-blank");
    }
    if (year < 1900 || year > 2100) {
      throw new InvalidClinicalInputException("citation year", year, "1900..2100");
    }
  }

  /** Returns a one-line rendering, e.g. "Pugh RN, et al. Title. Br J Surg 1973. doi:…". */
  @Override
  public String toString() {
    return authors
        + " "
        + title
        + ". "
        + source
        + " "
        + year
        + (locator.isEmpty() ? "" : ". " + locator);
  }
}
