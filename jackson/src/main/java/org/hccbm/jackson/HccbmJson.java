package org.hccbm.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.result.ModelResult;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.jackson.internal.DocumentError;
import org.hccbm.jackson.internal.ImagingReader;
import org.hccbm.jackson.internal.PlanReader;
import org.hccbm.jackson.internal.ResultCodec;
import org.hccbm.jackson.internal.ResultReader;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * Writes results as the JSON of docs/json.md and reads that JSON back into equal results: {@code
 * HccbmJson.readResult(HccbmJson.writeResult(r)).equals(r)} for every result the models produce.
 * The display fields (labels, renderings) are derived from the structured ones and are not read;
 * categories are resolved by the model id and the category code. Treatment plans ({@link
 * #readPlan}) and imaging post-tests and test accuracy figures ({@link #readImagingPostTest},
 * {@link #readImagingAccuracy}) read back the same way into equal records.
 *
 * @since 0.3.0
 */
public final class HccbmJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HccbmJson() {}

  /**
   * Writes a result.
   *
   * @param result the result
   * @return the JSON text (compact)
   */
  public static String writeResult(ModelResult result) {
    return ResultCodec.result(result).toString();
  }

  /**
   * Reads a result, or one evaluation of the catalogue (its {@code subject} is ignored).
   *
   * @param json the JSON text
   * @return the result
   * @throws HccbmJsonException naming the JSON path and the problem
   */
  public static ModelResult readResult(String json) throws HccbmJsonException {
    return readResult(tree(json));
  }

  /**
   * Reads a result from a parsed tree.
   *
   * @param tree the tree
   * @return the result
   * @throws HccbmJsonException naming the JSON path and the problem
   */
  public static ModelResult readResult(JsonNode tree) throws HccbmJsonException {
    try {
      return ResultReader.result(tree);
    } catch (DocumentError e) {
      throw new HccbmJsonException(null, e.path(), e.problem());
    } catch (InvalidClinicalInputException e) {
      throw new HccbmJsonException(null, "$", e.getMessage());
    }
  }

  /**
   * Reads an array of results or evaluations (as the CLI's and AssessmentDocument's {@code
   * evaluations}).
   *
   * @param json the JSON text
   * @return the results, in order
   * @throws HccbmJsonException naming the JSON path (e.g. {@code $[3].model.id}) and the problem
   */
  public static List<ModelResult> readResults(String json) throws HccbmJsonException {
    JsonNode tree = tree(json);
    if (!tree.isArray()) {
      throw new HccbmJsonException(
          null, "$", "must be an array of results, was " + tree.getNodeType());
    }
    List<ModelResult> out = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      try {
        out.add(readResult(tree.get(i)));
      } catch (HccbmJsonException e) {
        throw new HccbmJsonException(null, "$[" + i + "]" + e.jsonPath().substring(1), e.problem());
      }
    }
    return out;
  }

  /**
   * Writes a treatment plan, as {@link HccbmJacksonModule} does.
   *
   * @param plan the plan
   * @return the JSON text (compact)
   */
  public static String writePlan(TreatmentPlan plan) {
    return ResultCodec.plan(plan).toString();
  }

  /**
   * Reads a treatment plan back into an equal plan.
   *
   * @param json the JSON text
   * @return the plan
   * @throws HccbmJsonException naming the JSON path (e.g. {@code $.items[4].rule.id}) and the
   *     problem
   */
  public static TreatmentPlan readPlan(String json) throws HccbmJsonException {
    return read(tree(json), PlanReader::plan);
  }

  /**
   * Writes a post-test probability, as {@link HccbmJacksonModule} does.
   *
   * @param postTest the result
   * @return the JSON text (compact)
   */
  public static String writeImagingPostTest(PostTest postTest) {
    return ResultCodec.postTest(postTest).toString();
  }

  /**
   * Reads a post-test probability back into an equal result.
   *
   * @param json the JSON text
   * @return the result
   * @throws HccbmJsonException naming the JSON path (e.g. {@code $.accuracy.sensitivity.ci}) and
   *     the problem
   */
  public static PostTest readImagingPostTest(String json) throws HccbmJsonException {
    return read(tree(json), ImagingReader::postTest);
  }

  /**
   * Writes test accuracy figures with their provenance, as {@link HccbmJacksonModule} does.
   *
   * @param accuracy the figures
   * @return the JSON text (compact)
   */
  public static String writeImagingAccuracy(TestAccuracy accuracy) {
    return ResultCodec.accuracy(accuracy).toString();
  }

  /**
   * Reads test accuracy figures back into equal figures.
   *
   * @param json the JSON text
   * @return the figures
   * @throws HccbmJsonException naming the JSON path and the problem
   */
  public static TestAccuracy readImagingAccuracy(String json) throws HccbmJsonException {
    return read(tree(json), n -> ImagingReader.accuracy(n, "$"));
  }

  private static <T> T read(JsonNode tree, Function<JsonNode, T> reader) throws HccbmJsonException {
    try {
      return reader.apply(tree);
    } catch (DocumentError e) {
      throw new HccbmJsonException(null, e.path(), e.problem());
    } catch (InvalidClinicalInputException e) {
      throw new HccbmJsonException(null, "$", e.getMessage());
    }
  }

  private static JsonNode tree(String json) throws HccbmJsonException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new HccbmJsonException(null, "$", "not JSON: " + e.getOriginalMessage());
    }
  }
}
