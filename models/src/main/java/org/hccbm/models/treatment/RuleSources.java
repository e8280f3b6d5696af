package org.hccbm.models.treatment;

/** The sources the treatment rules cite (liver Part C). */
final class RuleSources {
  static final String ESMO_2020 = "ESMO 2020 (Coleman R, et al. Ann Oncol 2020;31:1650–1663)";
  static final String ZA_LABEL = "zoledronic acid label; Aapro 2008 table (PMC3459591)";
  static final String DENOSUMAB_LABEL = "denosumab 120 mg label";
  static final String BROWN_2021 = "Brown JE, et al. J Bone Oncol 2021;29:100375";
  static final String PAYNE_1973 = "Payne RB, et al. BMJ 1973;4:643–646";
  static final String NHS_HIGHLAND =
      "NHS Highland guideline, prevention of skeletal-related events";
  static final String ASTRO_2017 = "ASTRO 2017 (Lutz S, et al. Pract Radiat Oncol 2017;7:4–12)";
  static final String ASTRO_2024 = "ASTRO 2024 (Alcorn S, et al. Pract Radiat Oncol 2024)";
  static final String NICE_NG234 = "NICE NG234 (2023)";
  static final String PATCHELL_2005 = "Patchell RA, et al. Lancet 2005;366:643–648";
  static final String CIRSE_2017 =
      "CIRSE vertebral augmentation guidelines (Tsoumakidou G, et al. "
          + "Cardiovasc Intervent Radiol 2017;40:331–342)";
  static final String DEA_2020 = "Dea N, et al. Neurosurgery 2020;87:303";
  static final String REVIEW = "Huang Z, et al. Front Med 2022;16:551–573 (seed review)";
  static final String NOMS = "NOMS framework (Laufer I, et al. Oncologist 2013;18:744–751)";
  static final String UKA_2007 = "Uka K, et al. World J Gastroenterol 2007;13:414–420";
  static final String WHO_1986 = "WHO Cancer pain relief (1986)";
  static final String LONGO_2014 = "Longo V, et al. Cancer Metastasis Rev 2014;33:333–342";
  static final String MDT =
      "JSMO–JOA–JUA–JASTRO guideline (Shibata H, et al. ESMO Open 2016); "
          + "Kimura T. Cancers 2018;10:156";
  static final String FISHER_2010 = "Fisher CG, et al. Spine 2010;35:E1221";
  static final String MIRELS_1989 = "Mirels H. Clin Orthop Relat Res 1989;(249):256–264";

  static final String SIR_2019 = "SIR 2019 (Patel IJ, et al. J Vasc Interv Radiol 2019;30:1168)";
  static final String HICKMAN_2019 = "Hickman L, et al. J Gastrointest Surg 2019";
  static final String ENDOCRINE_2023 =
      "Endocrine Society 2023 (El-Hajj Fuleihan G, et al. J Clin " + "Endocrinol Metab 2023)";
  static final String ZA_HCM_LABEL = "zoledronic acid label (hypercalcaemia of malignancy)";
  static final String XGEVA_LABEL =
      "denosumab 120 mg (Xgeva) label, Warnings and Precautions; "
          + "FDA safety labelling changes 2013–2014";
  static final String STATPEARLS = "StatPearls (hypercalcaemia)";
  static final String CG_CIRRHOSIS =
      "Scappaticci GB, Regal RE. World J Hepatol 2017; Orlando R, " + "et al. Clin Nephrol 1999";
  static final String AASLD_2023 =
      "AASLD 2023 HCC practice guidance (Singal AG, et al. " + "Hepatology 2023)";
  static final String AASLD_2022_PALLIATIVE =
      "AASLD 2022 palliative care guidance (Rogal SS, " + "et al. Hepatology 2022)";
  static final String TACE_CI = "World J Hepatol 2015, Table 1 (TACE contraindications)";
  static final String AAOMS_2022 = "AAOMS MRONJ position paper 2022";
  static final String SAHGAL_2013 =
      "Sahgal A, et al. J Clin Oncol 2013; Cunha MV, et al. Int J " + "Radiat Oncol Biol Phys 2012";
  static final String BILSKY_2006 = "Bilsky MH, Smith M. 2006 (NOMS)";
  static final String ESTRO_2023 = "ESTRO-ACROP 2023 bone-metastasis guideline";
  static final String MASCC_2023 = "MASCC/ESMO antiemetic guideline 2023";
  static final String NRS = "NIH Clinical Center numeric rating scale; Serlin RC, et al. Pain 1995";
  static final String CIRRHOSIS_ANALGESIA =
      "Chandok N, Watt KD. Mayo Clin Proc 2010; Dwyer JP, " + "et al. J Gastroenterol Hepatol 2014";
  static final String STEROID_BUNDLE =
      "NHS Lothian Steroid Safety Bundle (NHS Scotland acute " + "oncology guidance)";
  static final String NICE_NG234_BMJ = "NICE NG234 (2023); BMJ 2023;383:p1973";
  static final String PLANNER_SAFETY =
      "planner-safety review (tumour-board reading; docs/sources.md)";

  private RuleSources() {}
}
