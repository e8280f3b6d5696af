package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hccbm.jackson.AssessmentRequest;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.models.LabFreshness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hccbm assess PATIENT.json}: every model, the options and the imaging summary. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description =
        "Assess one patient document: every applicable model, the treatment options and "
            + "the imaging summary.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:assessed",
      "1:the document was rejected (the message names the JSON path)",
      "2:usage error",
      "3:the file could not be read",
      "4:internal error"
    })
final class AssessCommand implements Callable<Integer> {
  /** The largest document read (a patient document is a few kilobytes). */
  static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATIENT.json",
      description = "The patient document (docs/json.md), " + "UTF-8; - for standard input.")
  String file;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--relaxed",
      description =
          "Ignore fields the schema does not know (each one is " + "reported on standard error).")
  boolean relaxed;

  @Option(
      names = "--variant",
      paramLabel = "MODEL=NAME",
      description =
          "Use a named model "
              + "variant (repeatable; overrides the document's \"variants\"; `hccbm models` lists them), "
              + "e.g. --variant child-pugh=albumin-3.0.")
  List<String> variants = new ArrayList<>();

  @Option(
      names = "--lab-window",
      defaultValue = "" + LabFreshness.DEFAULT_WINDOW_DAYS,
      paramLabel = "DAYS",
      description =
          "A lab sampled more than DAYS before the assessment date "
              + "gives a DATA_QUALITY caveat on the results using it (default: ${DEFAULT-VALUE}).")
  int labWindowDays;

  @Option(
      names = "--audit",
      paramLabel = "AUDIT.json",
      description =
          "Also write the audit "
              + "record of the assessment (time, library version, model ids and revisions, SHA-256 of the "
              + "canonical input, the inputs with their dates and sources) to this file, one JSON line.")
  Path audit;

  @Override
  public Integer call() {
    if (labWindowDays < 0) {
      throw new ParameterException(
          spec.commandLine(), "--lab-window must be 0 days or more, was " + labWindowDays);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = file.equals("-") ? "standard input" : Terminal.safe(file);
    byte[] content;
    try {
      if (file.equals("-")) {
        content = Std.in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          err.println("hccbm assess: cannot read " + name + ": is a directory");
          return ExitCodes.IO;
        }
        try (var in = Files.newInputStream(path)) {
          content = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        }
      }
    } catch (IOException e) {
      err.println(
          "hccbm assess: "
              + FileErrors.describe("read", file.equals("-") ? "standard input" : file, e));
      return ExitCodes.IO;
    }
    if (content.length > MAX_DOCUMENT_BYTES) {
      err.println(
          "hccbm assess: " + name + ": the document is over " + MAX_DOCUMENT_BYTES + " bytes");
      return ExitCodes.INVALID_INPUT;
    }
    Assessor assessor;
    try {
      assessor = new Assessor(!relaxed, Assessor.variants(variants), labWindowDays);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PatientReader.Reading reading;
    try {
      reading = assessor.read(content);
    } catch (HccbmJsonException e) {
      String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
      err.println(
          "hccbm assess: "
              + name
              + ": "
              + where
              + Terminal.safe(e.jsonPath() + ": " + e.problem()));
      return ExitCodes.INVALID_INPUT;
    }
    for (String ignored : reading.ignoredFields()) {
      err.println("hccbm assess: " + name + ": ignored unknown field " + Terminal.safe(ignored));
    }
    boolean defangFailed = false;
    if (format == Format.text) {
      // Text goes to a terminal: strings that would decode to control characters keep their
      // escapes visible instead (Terminal.defang); JSON output escapes them itself.
      try {
        reading = assessor.read(Terminal.defang(content));
      } catch (HccbmJsonException e) {
        // Only when two ids differ by an escape alone (defanged, they collide): keep the
        // document as read; every line printed is still escaped by Terminal.safe below.
        defangFailed = true;
      }
    }
    AssessmentRequest request = assessor.request(reading);
    Assessor.Assessment a = assessor.assess(request);
    if (audit != null) {
      try {
        Files.writeString(audit, Assessor.auditLine(request, a) + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("hccbm assess: " + FileErrors.describe("write", audit.toString(), e));
        return ExitCodes.IO;
      }
    }
    if (format == Format.json) {
      try {
        out.println(
            assessor
                .mapper()
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Assessor.json(a)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      String text = Assessor.text(a);
      out.print(
          defangFailed
              ? text.lines()
                  .map(Terminal::safe)
                  .collect(java.util.stream.Collectors.joining("\n", "", "\n"))
              : text);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
