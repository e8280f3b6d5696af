package org.hccbm.models.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.hccbm.core.evidence.BoneMetastasisIncidence;
import org.hccbm.core.evidence.Citation;

/**
 * Table 2 of the seed review: prognosis and independent risk factors in cohorts of patients with
 * HCC and bone metastasis. Prognosis is kept as published (medians, ranges, rates, their reference
 * points); where a row states one median overall survival in months, it is also given as a number.
 * The review summarises the medians as 3.0–11.7 months.
 *
 * @since 0.1.0
 */
public final class PrognosisStudies {
  /** The review. */
  public static final Citation SOURCE = BoneMetastasisIncidence.REVIEW;

  /**
   * One row of Table 2.
   *
   * @param period the study period
   * @param reference the review's reference number
   * @param treatments the treatments as printed
   * @param prognosis the prognosis as published
   * @param medianOsMonths the single median overall survival in months, when the row states one
   * @param riskFactors the independent risk factors; empty where the table prints "–"
   */
  public record Study(
      String period,
      String reference,
      String treatments,
      String prognosis,
      Optional<Double> medianOsMonths,
      List<String> riskFactors) {
    /** Validates and copies every component. */
    public Study {
      requireNonNull(period, "period");
      requireNonNull(reference, "reference");
      requireNonNull(treatments, "treatments");
      requireNonNull(prognosis, "prognosis");
      requireNonNull(medianOsMonths, "medianOsMonths");
      riskFactors = List.copyOf(riskFactors);
    }
  }

  private static final List<Study> STUDIES =
      List.of(
          row(
              "1978–1987",
              "[11]",
              "RT, surgery, ethanol injection, and supportive care",
              "Median OS: 170 days",
              null),
          row(
              "1981–1997",
              "[48]",
              "Palliative RT",
              "Median OS from the diagnosis of spinal " + "metastasis: 3 months",
              3.0,
              "Responsive RT (complete or partial response)",
              "Good performance status (score < 2)"),
          row(
              "1988–1997",
              "[11]",
              "RT, surgery, ethanol injection, and supportive care",
              "Median OS: 227 days",
              null),
          row(
              "1991–2000",
              "[25]",
              "RT",
              "From HCC diagnosis: 1- and 2-year OS 50 % and 20 %, median "
                  + "12 months; from bone metastasis: 1- and 2-year OS 15 % and 4 %, median 5 months",
              5.0,
              "Tumour stage within the liver",
              "Metastases to organs"),
          row(
              "1992–2012",
              "[49]",
              "RT",
              "Median OS from diagnosis of spinal metastases: 4.5 months; "
                  + "1- and 2-year OS 18.1 % and 6.3 %",
              4.5,
              "Performance status (ECOG)",
              "Uncontrolled primary HCC",
              "Extrahepatic metastases"),
          row(
              "1993–2013",
              "[14]",
              "Sorafenib, RT, bisphosphonate and surgery",
              "Median OS from the " + "diagnosis of bone metastasis: 7 months",
              7.0,
              "HCC aetiology",
              "Performance status (ECOG)",
              "Bone metastasis localised to the spine",
              "No bisphosphonate treatment"),
          row(
              "1997–2007",
              "[44]",
              "RT",
              "Median OS after the diagnosis of bone metastasis: 7.4 "
                  + "months; 1- and 2-year OS 32.4 % and 13.2 %",
              7.4,
              "Low KPS",
              "High AFP levels",
              "Uncontrolled intrahepatic tumour",
              "Treatment within the past 5 years"),
          row(
              "2000–2011",
              "[50]",
              "RT",
              "Median OS: 7.0 months; 1- and 2-year OS 13.8 % and 6.9 %",
              7.0),
          row(
              "2000–2018",
              "[45]",
              "Surgery, RT, chemotherapy, and bone-modifying agents",
              "Median OS from the initiation of treatment: 7.4 ± 8.2 months (range 0.3–36) for all; "
                  + "10.46 ± 8.05 months surgical; 5.19 ± 7.72 months conservative",
              7.4,
              "General condition",
              "Serum albumin level",
              "Bone-modifying agent treatment"),
          row(
              "2002–2009",
              "[51]",
              "Irradiation/zoledronic acid",
              "Median OS from the start of "
                  + "therapy: 6.0 months (95 % CI 0.0–12.7) with zoledronic acid, 4.2 months (95 % CI "
                  + "1.2–7.2) without; cumulative OS at 3 months 74 % and 44 %, at 6 months 79 % and 37 %",
              null),
          row(
              "2002–2011",
              "[52]",
              "SRS, conventional RT",
              "Median OS: 3 months with conventional RT, " + "7 months with SRS",
              null,
              "Child–Pugh class",
              "KPS"),
          row(
              "2002–2014",
              "[15]",
              "Radiation, surgical resection, bisphosphonates, and sorafenib",
              "Median OS after the diagnosis of any metastasis: 5.6 months (95 % CI 4.6–6.9)",
              5.6,
              "AFP levels",
              "Child–Pugh score",
              "SREs"),
          row("2005–2011", "[53]", "EBRT", "Median OS after the first EBRT: 3.8 months", 3.8),
          row(
              "2006–2013",
              "[54]",
              "Surgery, EBRT",
              "Median OS: 261 days (range 22–1359) after the "
                  + "diagnosis of metastasis; 180 days (range 19–1351) after the first operation",
              null,
              "Tomita score"),
          row(
              "2009–2014",
              "[55]",
              "EBRT",
              "Median OS: 8.0 months; 1- and 2-year survival 35.1 % and "
                  + "10.8 % with conventional fractionation, 38.7 % and 15.1 % with hypofractionation",
              8.0,
              "KPS",
              "Total bilirubin",
              "Intrahepatic tumour control"),
          row(
              "2009–2016",
              "[5]",
              "Sorafenib, sunitinib or lenvatinib; RT, zoledronic acid and " + "denosumab",
              "Median OS after the diagnosis of bone metastasis: 11.7 months (range " + "0.2–94.5)",
              11.7,
              "Age over 75 years",
              "HCV",
              "Child–Pugh class B/C"),
          row(
              "2010–2014",
              "[22]",
              "Surgery and other (not available)",
              "Median OS from the diagnosis " + "of HCC: 3.00 months (95 % CI 2.77–3.24)",
              3.0,
              "Unmarried",
              "Uninsured",
              "High primary tumour stage",
              "Regional lymph node metastasis (N1)",
              "Lung metastases",
              "Poorly differentiated tumour grade",
              "Elevated AFP",
              "No surgery"),
          row(
              "2010–2014",
              "[56]",
              "Zoledronic acid, palliative RT, curettage, and wide resection",
              "Median OS after bone metastasis: 11 months (range 4–52); 1- and 2-year survival "
                  + "44.2 % and 11.6 %",
              11.0,
              "Progression beyond the UCSF criteria",
              "Treatment of the primary tumour"),
          row(
              "2011–2016",
              "[57]",
              "RT",
              "Median OS after RT: 13.6, 4.8 and 2.6 months for the low-, "
                  + "intermediate- and high-risk groups",
              null,
              "ECOG performance status",
              "Controlled primary HCC",
              "Extrahepatic metastases other than bone"),
          row(
              "2014–2017",
              "[58]",
              "RT and other (not available)",
              "Median OS from the start of RT for "
                  + "bone metastasis: 6.5 months; 1- and 2-year survival after diagnosis 35.5 % and "
                  + "13.5 %",
              6.5,
              "Child–Pugh class A group (as printed; probably class B, U-14)",
              "AFP above 30 ng/mL",
              "HCC larger than 5 cm"));

  private PrognosisStudies() {}

  private static Study row(
      String period,
      String ref,
      String treatments,
      String prognosis,
      @org.jspecify.annotations.Nullable Double median,
      String... factors) {
    return new Study(
        period, ref, treatments, prognosis, Optional.ofNullable(median), List.of(factors));
  }

  /**
   * Returns every row of Table 2, in the review's order.
   *
   * @return the studies
   */
  public static List<Study> all() {
    return STUDIES;
  }
}
