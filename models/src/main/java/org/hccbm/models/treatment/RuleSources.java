package org.hccbm.models.treatment;

/** The sources the treatment rules cite (liver spec Part C). */
final class RuleSources {
  static final String ESMO_2020 = "ESMO 2020 (Coleman R, et al. Ann Oncol 2020;31:1650–1663)";
  static final String ZA_LABEL = "zoledronic acid label; Aapro 2008 table (PMC3459591)";
  static final String DENOSUMAB_LABEL = "denosumab 120 mg label";
  static final String BROWN_2021 = "Brown JE, et al. J Bone Oncol 2021;29:100375";
  static final String PAYNE_1973 = "Payne RB, et al. BMJ 1973;4:643–646";
  static final String NHS_HIGHLAND = "NHS Highland guideline, prevention of skeletal-related events";
  static final String ASTRO_2017 = "ASTRO 2017 (Lutz S, et al. Pract Radiat Oncol 2017;7:4–12)";
  static final String ASTRO_2024 = "ASTRO 2024 (Alcorn S, et al. Pract Radiat Oncol 2024)";
  static final String NICE_NG234 = "NICE NG234 (2023)";
  static final String PATCHELL_2005 = "Patchell RA, et al. Lancet 2005;366:643–648";
  static final String CIRSE_2017 = "CIRSE vertebral augmentation guidelines (Tsoumakidou G, et al. "
      + "Cardiovasc Intervent Radiol 2017;40:331–342)";
  static final String DEA_2020 = "Dea N, et al. Neurosurgery 2020;87:303";
  static final String REVIEW = "Huang Z, et al. Front Med 2022;16:551–573 (seed review)";
  static final String NOMS = "NOMS framework (Laufer I, et al. Oncologist 2013;18:744–751)";
  static final String UKA_2007 = "Uka K, et al. World J Gastroenterol 2007;13:414–420";
  static final String WHO_1986 = "WHO Cancer pain relief (1986)";
  static final String LONGO_2014 = "Longo V, et al. Cancer Metastasis Rev 2014;33:333–342";
  static final String MDT = "JSMO–JOA–JUA–JASTRO guideline (Shibata H, et al. ESMO Open 2016); "
      + "Kimura T. Cancers 2018;10:156";
  static final String FISHER_2010 = "Fisher CG, et al. Spine 2010;35:E1221";
  static final String MIRELS_1989 = "Mirels H. Clin Orthop Relat Res 1989;(249):256–264";

  private RuleSources() {}
}
