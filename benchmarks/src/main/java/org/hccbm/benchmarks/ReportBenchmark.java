package org.hccbm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.LabFreshness;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.report.BoardReport;
import org.hccbm.report.BoardSummary;
import org.hccbm.testkit.Generators;

/**
 * Renders the tumour-board report of generated patients (issue 17: under 1 ms a report on average)
 * and prints the mean time per report, in parts: the assessment (every model and the plan), the
 * summary from that assessment, the HTML page and the markdown; as this thread's CPU time (the
 * machines are shared) with the wall time beside it. A benchmark, not a timed test: the figures go
 * to docs/performance.md with the machine and date.
 *
 * <pre>
 * {@code java -cp benchmarks/target/benchmarks.jar org.hccbm.benchmarks.ReportBenchmark [COUNT] [SEED]}
 * </pre>
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the number of patients (default 1000) and the generator seed (default 1)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    SplittableRandom random = new SplittableRandom(seed);
    List<Patient> patients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      patients.add(Generators.planningPatient(random));
    }
    List<TreatmentPlanner.Assessment> assessments = new ArrayList<>(count);
    List<BoardSummary> summaries = new ArrayList<>(count);
    long chars = 0;
    // five warm-up rounds, then three measured rounds of which the least time is kept; the time is
    // this thread's CPU time (the machines are shared), and the wall time is shown beside it
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] bestWall = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 8; round++) {
      assessments.clear();
      summaries.clear();
      chars = 0;
      long t0 = cpu.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (Patient p : patients) {
        assessments.add(
            TreatmentPlanner.DEFAULT.assess(
                p, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS));
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      for (int i = 0; i < count; i++) {
        summaries.add(BoardSummary.of(patients.get(i), assessments.get(i)));
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      long w2 = System.nanoTime();
      for (BoardSummary summary : summaries) {
        chars += BoardReport.html(summary).length();
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      long w3 = System.nanoTime();
      for (BoardSummary summary : summaries) {
        chars += BoardReport.markdown(summary).length();
      }
      long t4 = cpu.getCurrentThreadCpuTime();
      long w4 = System.nanoTime();
      if (round >= 5) {
        long[] times = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
        long[] walls = {w1 - w0, w2 - w1, w3 - w2, w4 - w3};
        for (int k = 0; k < times.length; k++) {
          best[k] = Math.min(best[k], times[k] / 1e6 / count);
          bestWall[k] = Math.min(bestWall[k], walls[k] / 1e6 / count);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ReportBenchmark: %d generated patients (seed %d), least of 3 rounds after 5 warm-up"
            + " rounds, ms per patient, CPU (wall)%n"
            + "  assessment (every model and the plan): %.3f (%.3f)%n"
            + "  summary from the assessment:           %.3f (%.3f)%n"
            + "  HTML page:                             %.3f (%.3f)%n"
            + "  markdown:                              %.3f (%.3f)%n"
            + "  report = summary + HTML page:          %.3f (%.3f); %.1f kB of HTML and markdown%n",
        count,
        seed,
        best[0],
        bestWall[0],
        best[1],
        bestWall[1],
        best[2],
        bestWall[2],
        best[3],
        bestWall[3],
        best[1] + best[2],
        bestWall[1] + bestWall[2],
        chars / 1024.0 / count);
  }
}
