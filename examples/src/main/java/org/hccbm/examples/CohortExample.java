package org.hccbm.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Category;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.models.bone.HccSmGpa;

/**
 * Scoring a cohort file (one patient document per line): HCC-SM GPA groups, rejected lines kept.
 */
public final class CohortExample {
  private CohortExample() {}

  /**
   * Prints the count of each HCC-SM GPA group in a JSON-lines file.
   *
   * @param args the file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.println(run(Path.of(args[0])));
  }

  /**
   * Returns the counts.
   *
   * @param file the JSON-lines file
   * @return group → count; "bounded", "not applicable" and "rejected" are counted too
   * @throws IOException if the file cannot be read
   */
  public static Map<String, Integer> run(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new HccbmJacksonModule());
    Map<String, Integer> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines) {
      String key;
      try {
        Patient p = mapper.readValue(line, Patient.class);
        var result = HccSmGpa.INSTANCE.evaluate(p);
        key =
            result.fold(
                c -> c.category().map(Category::code).orElse("?"),
                b -> "bounded",
                n -> "not applicable");
      } catch (JsonProcessingException e) {
        key = "rejected";
      }
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }
}
