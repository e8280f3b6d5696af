package org.hccbm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.evidence.ImagingEvidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hccbm imaging}: the post-test probability after one imaging result. */
@Command(
    name = "imaging",
    mixinStandardHelpOptions = true,
    description =
        "Post-test probability of bone metastasis after one imaging result, with its "
            + "interval where the source allows one.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:computed",
      "1:no Se/Sp pair for that modality and basis, or an invalid " + "probability",
      "2:usage error"
    })
final class ImagingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--modality",
      required = true,
      description = "MRI, CT, FDG_PET, BONE_SCINTIGRAPHY, WHOLE_BODY_MRI, NAF_PET_CT, SPECT_CT, …")
  String modality;

  @Option(
      names = "--basis",
      defaultValue = "patient",
      description = "patient or lesion " + "(default: ${DEFAULT-VALUE}).")
  String basis;

  @Option(names = "--pretest", required = true, description = "Pre-test probability, 0..1.")
  double pretest;

  @Option(names = "--result", required = true, description = "positive or negative.")
  String result;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  AssessCommand.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Modality m =
          Arrays.stream(Modality.values())
              .filter(
                  x -> x.name().equalsIgnoreCase(modality) || x.label().equalsIgnoreCase(modality))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidClinicalInputException(
                          "modality",
                          "\"" + modality + "\"",
                          "one of " + Arrays.toString(Modality.values())));
      Basis b =
          Arrays.stream(Basis.values())
              .filter(x -> x.name().equalsIgnoreCase(basis))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidClinicalInputException(
                          "basis", "\"" + basis + "\"", "patient or lesion"));
      TestResult r =
          Arrays.stream(TestResult.values())
              .filter(x -> x.name().equalsIgnoreCase(result))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidClinicalInputException(
                          "result", "\"" + result + "\"", "positive or negative"));
      TestAccuracy accuracy = ImagingEvidence.defaultFor(m, b);
      PostTest post = PostTestCalculator.postTest(accuracy, r, Probability.of(pretest));
      if (format == AssessCommand.Format.json) {
        out.println(
            new Assessor(true)
                .mapper()
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(post));
      } else {
        out.print(post.render());
      }
      out.flush();
      return ExitCodes.OK;
    } catch (InvalidClinicalInputException e) {
      err.println("hccbm imaging: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
