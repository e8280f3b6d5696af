package org.hccbm.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.hccbm.core.patient.Patient;
import org.hccbm.jackson.HccbmJacksonModule;
import org.hccbm.jackson.HccbmJsonException;
import org.hccbm.jackson.PatientReader;
import org.hccbm.testkit.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One patient document (H-1) read and written: the strict reader and the patient writer of {@code
 * batch --parse-only}, beside the raw Jackson tree read and write they are measured against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingBenchmark {
  ObjectMapper plain;
  ObjectMapper hccbm;
  byte[] document;
  Patient patient;

  /**
   * Writes the document once.
   *
   * @throws JsonProcessingException never (the fixture is valid)
   */
  @Setup
  public void setUp() throws JsonProcessingException {
    plain = new ObjectMapper();
    hccbm = new ObjectMapper().registerModule(new HccbmJacksonModule());
    patient = Fixtures.h1();
    document = hccbm.writeValueAsBytes(patient);
  }

  /**
   * The floor: the document into a Jackson tree and back to text.
   *
   * @return the text
   * @throws IOException never
   */
  @Benchmark
  public String jacksonTreeReadWrite() throws IOException {
    JsonNode tree = plain.readTree(document);
    return plain.writeValueAsString(tree);
  }

  /**
   * The strict reader: validation and domain objects.
   *
   * @return the reading
   * @throws HccbmJsonException never (the document is valid)
   */
  @Benchmark
  public PatientReader.Reading strictRead() throws HccbmJsonException {
    return PatientReader.strict().read(document);
  }

  /**
   * The patient writer.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String patientWrite() throws JsonProcessingException {
    return hccbm.writeValueAsString(patient);
  }
}
