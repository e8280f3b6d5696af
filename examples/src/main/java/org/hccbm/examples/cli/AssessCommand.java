package org.hccbm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hccbm.jackson.AssessmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hccbm assess PATIENT.json}: every model, the options and the imaging summary. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess one patient document: every applicable model, the treatment options and "
        + "the imaging summary.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:assessed", "1:the document was rejected (the message names the JSON path)",
        "2:usage error", "3:the file could not be read"})
final class AssessCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATIENT.json", description = "The patient document (docs/json.md).")
  Path file;

  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--relaxed", description = "Ignore fields the schema does not know.")
  boolean relaxed;

  @Option(names = "--variant", paramLabel = "MODEL=NAME", description = "Use a named model "
      + "variant (repeatable; overrides the document's \"variants\"; `hccbm models` lists them), "
      + "e.g. --variant child-pugh=albumin-3.0.")
  List<String> variants = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String content;
    try {
      content = Files.readString(file);
    } catch (IOException e) {
      err.println("hccbm assess: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.IO;
    }
    Assessor assessor;
    try {
      assessor = new Assessor(!relaxed, Assessor.variants(variants));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    AssessmentRequest request;
    try {
      JsonNode tree = assessor.mapper().readTree(content);
      request = assessor.request(tree);
    } catch (JsonProcessingException e) {
      err.println("hccbm assess: " + file + ": " + e.getOriginalMessage());
      return ExitCodes.INVALID_INPUT;
    }
    Assessor.Assessment a = Assessor.assess(request);
    if (format == Format.json) {
      try {
        out.println(assessor.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(Assessor.json(a)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out.print(Assessor.text(a));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
