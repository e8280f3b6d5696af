package org.hccbm.models.internal;

import org.hccbm.core.evidence.Citation;

/** Citations shared by more than one model. */
public final class Sources {
  /** Pugh RN, et al. Br J Surg 1973;60:646–649. */
  public static final Citation PUGH_1973 =
      new Citation(
          "Pugh RN, Murray-Lyon IM, Dawson JL, " + "Pietroni MC, Williams R.",
          "Transection of the oesophagus for bleeding oesophageal varices",
          "Br J Surg 60:646–649",
          1973,
          "doi:10.1002/bjs.1800600817");

  /** Johnson PJ, et al. J Clin Oncol 2015;33:550–558. */
  public static final Citation JOHNSON_2015 =
      new Citation(
          "Johnson PJ, Berhane S, Kagebayashi C, " + "et al.",
          "Assessment of liver function in patients with hepatocellular carcinoma: a new "
              + "evidence-based approach — the ALBI grade",
          "J Clin Oncol 33(6):550–558",
          2015,
          "doi:10.1200/JCO.2014.57.9151");

  /** OPTN Policy 9.1.D and Kamath 2001. */
  public static final Citation KAMATH_2001 =
      new Citation(
          "Kamath PS, et al.; OPTN Policy 9.1.D",
          "A model to predict survival in patients with end-stage liver disease",
          "Hepatology 33:464–470",
          2001,
          "doi:10.1053/jhep.2001.22172");

  /** OPTN MELD-Na, January 2016. */
  public static final Citation OPTN_MELD_NA_2016 =
      new Citation(
          "OPTN/UNOS",
          "Policy 9.1.D: MELD score (serum sodium adjustment, January 2016)",
          "OPTN policy",
          2016,
          "");

  /** Kim WR, et al. Gastroenterology 2021;161:1887–1895. */
  public static final Citation KIM_2021 =
      new Citation(
          "Kim WR, Mannalithara A, Heimbach JK, et al.",
          "MELD 3.0: the Model for End-Stage Liver Disease updated for the modern era",
          "Gastroenterology 161:1887–1895",
          2021,
          "doi:10.1053/j.gastro.2021.08.050");

  /** Reig M, et al. J Hepatol 2022;76:681–693. */
  public static final Citation REIG_2022 =
      new Citation(
          "Reig M, Forner A, Rimola J, et al.",
          "BCLC strategy for prognosis prediction and treatment recommendation: the 2022 update",
          "J Hepatol 76(3):681–693",
          2022,
          "doi:10.1016/j.jhep.2021.11.018");

  /** Mazzaferro V, et al. N Engl J Med 1996;334:693–699. */
  public static final Citation MAZZAFERRO_1996 =
      new Citation(
          "Mazzaferro V, Regalia E, Doci R, " + "et al.",
          "Liver transplantation for the treatment of small hepatocellular carcinomas in "
              + "patients with cirrhosis",
          "N Engl J Med 334:693–699",
          1996,
          "doi:10.1056/NEJM199603143341104");

  /** Yao FY, et al. Hepatology 2001;33:1394–1403. */
  public static final Citation YAO_2001 =
      new Citation(
          "Yao FY, Ferrell L, Bass NM, et al.",
          "Liver transplantation for hepatocellular carcinoma: expansion of the tumor size limits does "
              + "not adversely impact survival",
          "Hepatology 33:1394–1403",
          2001,
          "doi:10.1053/jhep.2001.24563");

  private Sources() {}
}
