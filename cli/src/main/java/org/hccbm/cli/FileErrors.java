package org.hccbm.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns an I/O failure into one line naming the file and the reason. */
final class FileErrors {
  private FileErrors() {}

  /**
   * Returns "cannot VERB FILE: REASON".
   *
   * @param verb "read" or "write"
   * @param file the file as the user named it ("standard input" for -)
   * @param e the failure
   * @return the message, safe for a terminal
   */
  static String describe(String verb, String file, IOException e) {
    return "cannot " + verb + " " + Terminal.safe(file) + ": " + reason(e);
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "file already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    String reason =
        e instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : e.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    // FileOutputStream's messages repeat the path: "/x/y (Is a directory)"
    int open = reason.lastIndexOf(" (");
    if (open >= 0 && reason.endsWith(")")) {
      reason = reason.substring(open + 2, reason.length() - 1);
    }
    return Terminal.safe(reason.toLowerCase(Locale.ROOT));
  }
}
