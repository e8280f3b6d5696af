package org.hccbm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.report.BoardReport;
import org.hccbm.report.BoardSummary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hccbm report PATIENT.json --out report.html}: the one-page tumour-board report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the tumour-board report of one patient document: one self-contained HTML page "
            + "(inline CSS, no script, nothing loaded from the network, one printed page), or a "
            + "markdown summary without pictures.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:written",
      "1:the document was rejected (the message names the JSON path)",
      "2:usage error (including a --pretest outside 0..1)",
      "3:a file could not be read or written",
      "4:internal error"
    })
final class ReportCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    html,
    md
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATIENT.json",
      description = "The patient document (docs/json.md), UTF-8; - for standard input.")
  String file;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the report; - for standard output.")
  String out;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "html or md (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--pretest",
      paramLabel = "P",
      description =
          "The pre-test probability of bone metastasis the imaging picture starts from, 0..1 "
              + "(e.g. the clinician's own estimate; default: the median incidence of the review's "
              + "HCC cohorts).")
  @Nullable Double pretest;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Probability> imagingPretest = Optional.empty();
    if (pretest != null) {
      try {
        imagingPretest = Optional.of(Probability.of(pretest));
      } catch (InvalidClinicalInputException e) {
        err.println("hccbm report: --pretest: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    String name = file.equals("-") ? "standard input" : Terminal.safe(file);
    byte[] content;
    try {
      if (file.equals("-")) {
        content = Std.in.readNBytes(AssessCommand.MAX_DOCUMENT_BYTES + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          err.println("hccbm report: cannot read " + name + ": is a directory");
          return ExitCodes.IO;
        }
        try (var in = Files.newInputStream(path)) {
          content = in.readNBytes(AssessCommand.MAX_DOCUMENT_BYTES + 1);
        }
      }
    } catch (IOException e) {
      err.println(
          "hccbm report: "
              + FileErrors.describe("read", file.equals("-") ? "standard input" : file, e));
      return ExitCodes.IO;
    }
    if (content.length > AssessCommand.MAX_DOCUMENT_BYTES) {
      err.println(
          "hccbm report: "
              + name
              + ": the document is over "
              + AssessCommand.MAX_DOCUMENT_BYTES
              + " bytes");
      return ExitCodes.INVALID_INPUT;
    }
    Assessor assessor = new Assessor(true);
    PatientReader.Reading reading;
    try {
      reading = assessor.read(content);
    } catch (HccbmJsonException e) {
      String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
      err.println(
          "hccbm report: "
              + name
              + ": "
              + where
              + Terminal.safe(e.jsonPath() + ": " + e.problem()));
      return ExitCodes.INVALID_INPUT;
    }
    Assessor.Assessment a = assessor.assess(assessor.request(reading));
    TreatmentPlanner.Assessment assessment =
        new TreatmentPlanner.Assessment(a.evaluations(), a.plan());
    BoardSummary summary =
        imagingPretest.isPresent()
            ? BoardSummary.of(a.patient(), assessment, imagingPretest.get())
            : BoardSummary.of(a.patient(), assessment);
    String report = format == Format.md ? BoardReport.markdown(summary) : BoardReport.html(summary);
    if (out.equals("-")) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(report);
      stdout.flush();
      return ExitCodes.OK;
    }
    Path target = Path.of(out);
    try {
      // written beside the target and moved into place: a failed run leaves no half report
      Path parent = target.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(parent, ".hccbm-report", ".tmp");
      try {
        Files.writeString(temp, report, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      err.println("hccbm report: " + FileErrors.describe("write", out, e));
      return ExitCodes.IO;
    }
    return ExitCodes.OK;
  }
}
