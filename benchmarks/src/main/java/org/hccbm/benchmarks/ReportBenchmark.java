package org.hccbm.benchmarks;

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
 * and prints the mean time per report, in two parts: the assessment (every model and the plan) and
 * the report itself (the summary from that assessment, then the HTML page and the markdown). A
 * benchmark, not a timed test: the figures go to docs/performance.md with the machine and date.
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
    long chars = 0;
    // warm-up rounds, then one measured round; the best of three measured rounds is kept
    double bestAssess = Double.MAX_VALUE;
    double bestReport = Double.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      assessments.clear();
      long t0 = System.nanoTime();
      for (Patient p : patients) {
        assessments.add(
            TreatmentPlanner.DEFAULT.assess(
                p, VariantSelection.defaults(), LabFreshness.DEFAULT_WINDOW_DAYS));
      }
      long t1 = System.nanoTime();
      chars = 0;
      for (int i = 0; i < count; i++) {
        BoardSummary summary = BoardSummary.of(patients.get(i), assessments.get(i));
        chars += BoardReport.html(summary).length() + BoardReport.markdown(summary).length();
      }
      long t2 = System.nanoTime();
      if (round >= 5) {
        bestAssess = Math.min(bestAssess, (t1 - t0) / 1e6 / count);
        bestReport = Math.min(bestReport, (t2 - t1) / 1e6 / count);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ReportBenchmark: %d generated patients (seed %d), best of 3 rounds after 5 warm-up rounds%n"
            + "  assessment (models and plan): %.3f ms/patient%n"
            + "  report (summary, HTML page and markdown): %.3f ms/report%n"
            + "  together: %.3f ms/report; %.1f kB of HTML and markdown per report%n",
        count,
        seed,
        bestAssess,
        bestReport,
        bestAssess + bestReport,
        chars / 1024.0 / count);
  }
}
