package org.hccbm.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.liver.ChildPugh;
import org.hccbm.models.liver.ChildPughInput;
import org.hccbm.models.treatment.TreatmentPlan;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one score, of every model for one patient, and of a treatment plan (targets:
 * docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmark {
  Patient h1;
  Patient incomplete;
  ChildPughInput childPugh;

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    h1 = Fixtures.h1();
    incomplete = Fixtures.incomplete();
    childPugh = ChildPughInput.from(h1);
  }

  /**
   * One complete Child–Pugh score.
   *
   * @return the result
   */
  @Benchmark
  public ModelResult childPughComplete() {
    return ChildPugh.INSTANCE.evaluate(childPugh);
  }

  /**
   * Every model for a complete patient (H-1).
   *
   * @return the results
   */
  @Benchmark
  public List<Models.Evaluation> allModelsCompletePatient() {
    return Models.evaluate(h1);
  }

  /**
   * Every model for an incomplete patient (bounded results).
   *
   * @return the results
   */
  @Benchmark
  public List<Models.Evaluation> allModelsIncompletePatient() {
    return Models.evaluate(incomplete);
  }

  /**
   * A treatment plan, models included (H-1).
   *
   * @return the plan
   */
  @Benchmark
  public TreatmentPlan planCompletePatient() {
    return TreatmentPlanner.DEFAULT.plan(h1);
  }
}
