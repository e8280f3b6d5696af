package org.hccbm.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hccbm.core.lab.Bilirubin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Cost of building a validated lab value and converting it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UnitConversionBenchmark {
  double mgPerDl = 1.9;

  /**
   * Builds a bilirubin in mg/dL and reads it in umol/L.
   *
   * @return the converted value
   */
  @Benchmark
  public double bilirubinMgPerDlToUmolPerL() {
    return Bilirubin.mgPerDl(mgPerDl).inUmolPerL();
  }
}
