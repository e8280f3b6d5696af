package org.hccbm.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.liver.Meld;
import org.hccbm.models.liver.Meld3;
import org.hccbm.models.liver.MeldInput;
import org.hccbm.models.liver.MeldNa;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the MELD family (MELD, MELD-Na, MELD 3.0) for one patient: complete (H-1), incomplete
 * (the incomplete fixture: bounded results), and a mix of generated inputs with each item unknown
 * at random (docs/performance.md, "MELD family, second pass").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MeldBenchmark {
  private static final int MIX = 1024;

  MeldInput complete;
  MeldInput incomplete;
  MeldInput[] mix;

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    complete = MeldInput.from(Fixtures.h1());
    incomplete = MeldInput.from(Fixtures.incomplete());
    SplittableRandom random = new SplittableRandom(1);
    mix = new MeldInput[MIX];
    for (int i = 0; i < MIX; i++) {
      mix[i] = Generators.meldInput(random);
    }
  }

  private static void family(MeldInput in, Blackhole bh) {
    bh.consume(Meld.INSTANCE.evaluate(in));
    bh.consume(MeldNa.INSTANCE.evaluate(in));
    bh.consume(Meld3.INSTANCE.evaluate(in));
  }

  /**
   * MELD, MELD-Na and MELD 3.0 of a complete patient (H-1).
   *
   * @param bh the sink
   */
  @Benchmark
  public void meldFamilyComplete(Blackhole bh) {
    family(complete, bh);
  }

  /**
   * MELD, MELD-Na and MELD 3.0 of the incomplete patient (bounded results).
   *
   * @param bh the sink
   */
  @Benchmark
  public void meldFamilyIncomplete(Blackhole bh) {
    family(incomplete, bh);
  }

  /**
   * MELD, MELD-Na and MELD 3.0 of each of 1,024 generated inputs (seed 1), each item unknown with
   * probability 0.25; the time is per input.
   *
   * @param bh the sink
   */
  @Benchmark
  @OperationsPerInvocation(MIX)
  public void meldFamilyGenerated(Blackhole bh) {
    for (MeldInput in : mix) {
      family(in, bh);
    }
  }

  /**
   * MELD-Na alone of the incomplete patient.
   *
   * @return the result
   */
  @Benchmark
  public ModelResult meldNaIncomplete() {
    return MeldNa.INSTANCE.evaluate(incomplete);
  }
}
