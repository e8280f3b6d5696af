package org.hccbm.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the documents this module reads, shipped as resources of the
 * module so that an integration can validate a document before it is sent, or generate forms and
 * bindings from it. The schema states what the strict reader ({@link PatientReader#strict()})
 * accepts; docs/json.md lists the few rules a schema cannot state (dates against the assessment
 * date, unique lesion ids, duplicate keys, …), which only the reader checks.
 *
 * <pre>{@code
 * String schema = JsonSchemas.patientDocument(); // hand it to any draft 2020-12 validator
 * }</pre>
 *
 * @since 0.2.0
 */
public final class JsonSchemas {
  /**
   * The resource name of the patient document schema (schema versions 1.0 and 1.1, with the
   * optional {@code variants} of an assessment request).
   */
  public static final String PATIENT_DOCUMENT_RESOURCE =
      "/org/hccbm/jackson/schema/patient.schema.json";

  /**
   * The resource name of the model result schema: one result, or one evaluation (a result with its
   * {@code subject}), as {@link HccbmJson#writeResult} writes it.
   *
   * @since 0.3.0
   */
  public static final String MODEL_RESULT_RESOURCE = "/org/hccbm/jackson/schema/result.schema.json";

  /**
   * The resource name of the treatment plan schema, as {@link HccbmJson#writePlan} writes a plan.
   */
  public static final String TREATMENT_PLAN_RESOURCE = "/org/hccbm/jackson/schema/plan.schema.json";

  /**
   * The resource name of the imaging schema: one post-test probability as {@link
   * HccbmJson#writeImagingPostTest} writes it; its {@code $defs/accuracy} describes test accuracy
   * figures as {@link HccbmJson#writeImagingAccuracy} writes them.
   */
  public static final String IMAGING_POST_TEST_RESOURCE =
      "/org/hccbm/jackson/schema/imaging.schema.json";

  private JsonSchemas() {}

  /**
   * Returns the treatment plan schema as text.
   *
   * @return the schema, UTF-8 JSON
   */
  public static String treatmentPlan() {
    return resource(TREATMENT_PLAN_RESOURCE);
  }

  /**
   * Returns the imaging post-test schema as text.
   *
   * @return the schema, UTF-8 JSON
   */
  public static String imagingPostTest() {
    return resource(IMAGING_POST_TEST_RESOURCE);
  }

  /**
   * Returns the model result schema as text.
   *
   * @return the schema, UTF-8 JSON
   * @since 0.3.0
   */
  public static String modelResult() {
    return resource(MODEL_RESULT_RESOURCE);
  }

  /**
   * Returns the patient document schema as text.
   *
   * @return the schema, UTF-8 JSON
   */
  public static String patientDocument() {
    return resource(PATIENT_DOCUMENT_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
