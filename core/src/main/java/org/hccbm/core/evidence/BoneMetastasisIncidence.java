package org.hccbm.core.evidence;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.InvalidClinicalInputException;
import org.jspecify.annotations.Nullable;

/**
 * Table 1 of the seed review: reported incidences of bone metastasis in HCC cohorts, as printed
 * (Huang Z, et al. Front Med 2022;16(4):551–573). Bracketed numbers are the review's reference
 * numbers. The review summarises the range as 1.97 %–23.59 % of patients and 8.33 %–37.09 % of
 * extrahepatic metastases. Percentages are kept as printed; one disagrees with its counts in the
 * second decimal (1962–1981: 14/87 is 16.09 %, printed 16.10 %).
 *
 * @since 0.1.0
 */
public final class BoneMetastasisIncidence {
  /** The review that prints the table. */
  public static final Citation REVIEW =
      new Citation(
          "Huang Z, Wen J, Wang Y, Han S, Li Z, Hu X, "
              + "Zhu D, Wang Z, Liang J, Liang H, Chen X-P, Zhang B.",
          "Bone metastasis of hepatocellular "
              + "carcinoma: facts and hopes from clinical and translational perspectives",
          "Front Med 16(4):551–573",
          2022,
          "doi:10.1007/s11684-022-0928-z");

  /** Whether a cohort came from one centre or several. */
  public enum Centres {
    /** One centre. */
    SINGLE,
    /** Several centres or a database. */
    MULTIPLE
  }

  /**
   * A proportion as printed: the percentage and, where printed, its counts.
   *
   * @param percent the percentage as printed
   * @param events the numerator, when printed
   * @param total the denominator, when printed
   */
  public record Reported(double percent, Optional<Integer> events, Optional<Integer> total) {
    /** Validates every component. */
    public Reported {
      requireNonNull(events, "events");
      requireNonNull(total, "total");
      if (!(percent >= 0 && percent <= 100)) {
        throw new InvalidClinicalInputException("reported percentage", percent, "0..100");
      }
    }

    static Reported of(double percent, int events, int total) {
      return new Reported(percent, Optional.of(events), Optional.of(total));
    }

    static Reported percentOnly(double percent) {
      return new Reported(percent, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
      return percent
          + " %"
          + events.map(e -> " (" + e + "/" + total.orElseThrow() + ")").orElse("");
    }
  }

  /**
   * One row of Table 1.
   *
   * @param period the study period as printed, e.g. "1990–2005"
   * @param reference the review's reference number, e.g. "[17]"
   * @param centres single or multiple centres
   * @param diagnosticApproach how bone metastasis was diagnosed, as printed
   * @param incidence the incidence of bone metastasis among all patients ("N.A." → empty)
   * @param shareOfExtrahepaticMetastases bone metastases among patients with extrahepatic
   *     metastases ("N.A." → empty)
   */
  public record Cohort(
      String period,
      String reference,
      Centres centres,
      String diagnosticApproach,
      Optional<Reported> incidence,
      Optional<Reported> shareOfExtrahepaticMetastases) {
    /** Validates every component. */
    public Cohort {
      requireNonNull(period, "period");
      requireNonNull(reference, "reference");
      requireNonNull(centres, "centres");
      requireNonNull(diagnosticApproach, "diagnosticApproach");
      requireNonNull(incidence, "incidence");
      requireNonNull(shareOfExtrahepaticMetastases, "shareOfExtrahepaticMetastases");
    }
  }

  private static final List<Cohort> COHORTS =
      List.of(
          row("1962–1981", "[16]", Centres.SINGLE, "Autopsy", Reported.of(16.10, 14, 87), null),
          row(
              "1969–1978",
              "[9]",
              Centres.SINGLE,
              "Autopsy",
              Reported.of(5.33, 12, 225),
              Reported.of(8.33, 12, 144)),
          row("1969–1983", "[4]", Centres.SINGLE, "Autopsy", null, Reported.percentOnly(20)),
          row(
              "1978–1987",
              "[11]",
              Centres.SINGLE,
              "BS, radiography, CT, and/or MRI",
              Reported.of(4.46, 12, 269),
              null),
          row(
              "1983–1987",
              "[10]",
              Centres.SINGLE,
              "Plain films, bone scans, or CT",
              Reported.of(5.06, 20, 395),
              null),
          row(
              "1988–1997",
              "[11]",
              Centres.SINGLE,
              "BS, radiography, CT, and/or MRI",
              Reported.of(12.87, 52, 404),
              null),
          row("1988–2012", "[4]", Centres.SINGLE, "Autopsy", null, Reported.percentOnly(32.1)),
          row(
              "1990–2005",
              "[17]",
              Centres.SINGLE,
              "CT, MRI, BS, and/or PET with FDG",
              Reported.of(5.63, 56, 995),
              Reported.of(37.09, 56, 151)),
          row(
              "1990–2006",
              "[18]",
              Centres.SINGLE,
              "Bone X-ray, BS, and CT or MRI",
              Reported.of(3.65, 87, 2386),
              Reported.of(25.44, 87, 342)),
          row(
              "1992–1997",
              "[19]",
              Centres.SINGLE,
              "CT",
              Reported.of(10.17, 41, 403),
              Reported.of(27.70, 41, 148)),
          row(
              "2002–2014",
              "[15]",
              Centres.SINGLE,
              "At least one imaging modality",
              Reported.of(23.59, 151, 640),
              Reported.of(32.90, 151, 459)),
          row(
              "2005–2015",
              "[20]",
              Centres.SINGLE,
              "Symptoms, and CT or MRI",
              Reported.of(1.97, 20, 1017),
              null),
          row("2006–2009", "[21]", Centres.SINGLE, "PET/CT", null, Reported.of(19.07, 49, 257)),
          row(
              "2009–2016",
              "[5]",
              Centres.SINGLE,
              "Radiological images or pathological findings",
              Reported.of(9.71, 76, 783),
              null),
          row(
              "2010–2013",
              "[12]",
              Centres.MULTIPLE,
              "Unknown",
              null,
              Reported.of(22.93, 1008, 4396)),
          row(
              "2010–2014",
              "[22]",
              Centres.MULTIPLE,
              "Unknown",
              Reported.of(4.29, 1567, 36507),
              null),
          row(
              "2010–2015",
              "[13]",
              Centres.MULTIPLE,
              "Unknown",
              null,
              Reported.of(32.47, 1015, 3126)));

  private BoneMetastasisIncidence() {}

  private static Cohort row(
      String period,
      String ref,
      Centres centres,
      String approach,
      @Nullable Reported incidence,
      @Nullable Reported share) {
    return new Cohort(
        period, ref, centres, approach, Optional.ofNullable(incidence), Optional.ofNullable(share));
  }

  /**
   * Returns every row of Table 1, in the review's order.
   *
   * @return the cohorts
   */
  public static List<Cohort> cohorts() {
    return COHORTS;
  }
}
