package org.hccbm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.hccbm.core.HccbmVersion;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.ModelResult;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.imaging.PostTest;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.jackson.internal.DocumentError;
import org.hccbm.jackson.internal.PatientCodec;
import org.hccbm.jackson.internal.PatientWriter;
import org.hccbm.jackson.internal.ResultCodec;
import org.hccbm.jackson.internal.StrictTree;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.TreatmentPlan;

/**
 * The Jackson 2 module for hccbm: reads {@link Patient} documents through the domain factories
 * (every validation runs; errors name the JSON path, the constraint and the value) and writes
 * patients, model results, catalogue evaluations, treatment plans and imaging results as the stable
 * JSON of docs/json.md. No annotations are put on domain types.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@code ServiceLoader}, which
 * uses the no-argument constructor (strict: unknown fields are an error). Duplicate fields and
 * strings holding unpaired surrogates are always refused, with their path. Configuration is an
 * immutable constructor argument, never a setter:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new HccbmJacksonModule());
 * Patient p = mapper.readValue(json, Patient.class);
 * String out = mapper.writeValueAsString(Models.evaluate(p));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HccbmJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The schema version every document carries. */
  public static final String SCHEMA_VERSION = PatientCodec.SCHEMA_VERSION;

  /**
   * Creates the strict module: a field the schema does not know is an error (a typo must not drop a
   * lab).
   */
  public HccbmJacksonModule() {
    this(true);
  }

  /**
   * Creates the module.
   *
   * @param failOnUnknownFields whether a field the schema does not know is an error
   */
  public HccbmJacksonModule(boolean failOnUnknownFields) {
    super("HccbmJacksonModule", libraryVersion());
    PatientCodec codec = new PatientCodec(failOnUnknownFields);
    addDeserializer(
        Patient.class,
        new JsonDeserializer<>() {
          @Override
          public Patient deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
              // Not p.readValueAsTree(): that keeps the last of two duplicate fields and accepts
              // unpaired surrogates; StrictTree refuses both, with the path.
              JsonNode tree = StrictTree.read(p);
              if (tree == null) {
                throw new HccbmJsonException(
                    p, "$", "the document is empty (a patient object is " + "required)");
              }
              return codec.read(tree);
            } catch (DocumentError e) {
              throw PatientReader.exception(p, e);
            } catch (org.hccbm.core.InvalidClinicalInputException e) {
              // Every factory call is guarded with its path; this is a safety net, never a silent
              // pass.
              throw new HccbmJsonException(p, "$", e.getMessage());
            }
          }
        });
    addDeserializer(
        AssessmentRequest.class,
        new JsonDeserializer<>() {
          @Override
          public AssessmentRequest deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            JsonNode tree = p.readValueAsTree();
            try {
              return codec.readRequest(tree);
            } catch (DocumentError e) {
              throw new HccbmJsonException(p, e.path(), e.problem());
            } catch (org.hccbm.core.InvalidClinicalInputException e) {
              throw new HccbmJsonException(p, "$", e.getMessage());
            }
          }
        });
    // Streamed, not built as a tree: the same text (PatientWriterTest), written per batch line.
    addSerializer(
        Patient.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Patient value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            PatientWriter.write(value, gen);
          }
        });
    addSerializer(AssessmentRequest.class, tree(PatientCodec::write));
    addSerializer(ModelInfo.class, tree(ResultCodec::model));
    addSerializer(ModelResult.class, tree(ResultCodec::result));
    addSerializer(Complete.class, tree(ResultCodec::result));
    addSerializer(Bounded.class, tree(ResultCodec::result));
    addSerializer(NotApplicable.class, tree(ResultCodec::result));
    addSerializer(Models.Evaluation.class, tree(ResultCodec::evaluation));
    addSerializer(TreatmentPlan.class, tree(ResultCodec::plan));
    addSerializer(TestAccuracy.class, tree(ResultCodec::accuracy));
    addSerializer(PostTest.class, tree(ResultCodec::postTest));
  }

  private static Version libraryVersion() {
    String[] parts = HccbmVersion.current().split("[.-]", -1);
    return new Version(
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]),
        HccbmVersion.current().contains("SNAPSHOT") ? "SNAPSHOT" : null,
        "org.hccbm",
        "hccbm-jackson");
  }

  private static <T> JsonSerializer<T> tree(Function<T, JsonNode> write) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeTree(write.apply(value));
      }
    };
  }
}
