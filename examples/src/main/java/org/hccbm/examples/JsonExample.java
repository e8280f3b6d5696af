package org.hccbm.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.Models;

/** Reading a patient document and writing its results with the Jackson module. */
public final class JsonExample {
  private JsonExample() {}

  /**
   * Prints the Child–Pugh result of a small document as JSON.
   *
   * @param args unused
   */
  public static void main(String[] args) throws Exception {
    System.out.println(run());
  }

  /**
   * Returns what {@link #main} prints.
   *
   * @return the JSON
   * @throws Exception if the document is invalid
   */
  public static String run() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    Patient patient =
        mapper.readValue(
            """
        {"schemaVersion": "1.0", "id": "json-example",
         "labs": {"totalBilirubin": {"value": 2.5, "unit": "mg/dL"},
                  "albumin": {"value": 30, "unit": "g/L"},
                  "inr": {"value": 1.8, "unit": "{INR}"}},
         "liver": {"ascites": "mild", "encephalopathy": 0, "cholestaticDisease": false}}
        """,
            Patient.class);
    return mapper.writeValueAsString(Models.evaluate(patient).get(0));
  }
}
