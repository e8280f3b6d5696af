package org.hccbm.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hccbm.core.InvalidClinicalInputException;
import org.hccbm.core.result.ModelResult;
import org.hccbm.jackson.internal.DocumentError;
import org.hccbm.jackson.internal.ResultCodec;
import org.hccbm.jackson.internal.ResultReader;

/**
 * Writes results as the JSON of docs/json.md and reads that JSON back into equal results: {@code
 * HccbmJson.readResult(HccbmJson.writeResult(r)).equals(r)} for every result the models produce.
 * The display fields (labels, renderings) are derived from the structured ones and are not read;
 * categories are resolved by the model id and the category code.
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

  private static JsonNode tree(String json) throws HccbmJsonException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new HccbmJsonException(null, "$", "not JSON: " + e.getOriginalMessage());
    }
  }
}
