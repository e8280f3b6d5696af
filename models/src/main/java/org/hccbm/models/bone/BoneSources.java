package org.hccbm.models.bone;

import org.hccbm.core.evidence.Citation;

/** Citations of the bone-metastasis scores (bone §1–§7 in docs/sources.md). */
final class BoneSources {
  static final Citation RIM_2017 =
      new Citation(
          "Rim CH, Choi C, Choi J, Seong J.",
          "Establishment "
              + "of a disease-specific graded prognostic assessment for hepatocellular carcinoma patients "
              + "with spinal metastasis",
          "Gut Liver 11(4):535–542",
          2017,
          "doi:10.5009/gnl16486");
  static final Citation TOKUHASHI_2005 =
      new Citation(
          "Tokuhashi Y, Matsuzaki H, Oda H, Oshima M, " + "Ryu J.",
          "A revised scoring system for preoperative evaluation of metastatic spine tumor "
              + "prognosis",
          "Spine 30(19):2186–2191",
          2005,
          "doi:10.1097/01.brs.0000180401.06919.a5");
  static final Citation TOMITA_2001 =
      new Citation(
          "Tomita K, Kawahara N, Kobayashi T, Yoshida A, " + "Murakami H, Akamaru T.",
          "Surgical strategy for spinal metastases",
          "Spine 26(3):298–306",
          2001,
          "doi:10.1097/00007632-200102010-00016");
  static final Citation KATAGIRI_2014 =
      new Citation(
          "Katagiri H, Okada R, Takagi T, et al.",
          "New prognostic factors and scoring system for patients with skeletal metastasis",
          "Cancer Med 3(5):1359–1367",
          2014,
          "doi:10.1002/cam4.292");
  static final Citation VAN_DER_LINDEN_2005 =
      new Citation(
          "van der Linden YM, et al.; Dutch Bone " + "Metastasis Study Group",
          "Prediction of survival in patients with metastases in the spinal "
              + "column: results based on a randomized trial of radiotherapy",
          "Cancer 103(2):320–328",
          2005,
          "PMID 15593360");
  static final Citation BOLLEN_2014 =
      new Citation(
          "Bollen L, van der Linden YM, Pondaag W, et al.",
          "Prognostic factors associated with survival in patients with symptomatic spinal bone "
              + "metastases: a retrospective cohort study of 1 043 patients",
          "Neuro Oncol 16(7):991–998",
          2014,
          "doi:10.1093/neuonc/not318");
  static final Citation FISHER_2010 =
      new Citation(
          "Fisher CG, DiPaola CP, Ryken TC, et al.",
          "A novel classification system for spinal instability in neoplastic disease",
          "Spine 35(22):E1221–E1229",
          2010,
          "doi:10.1097/BRS.0b013e3181e16ae2");
  static final Citation MIRELS_1989 =
      new Citation(
          "Mirels H.",
          "Metastatic disease in long bones. "
              + "A proposed scoring system for diagnosing impending pathologic fractures",
          "Clin Orthop Relat Res (249):256–264",
          1989,
          "");
  static final Citation UKA_2007 =
      new Citation(
          "Uka K, Aikata H, Takaki S, et al.",
          "Clinical "
              + "features and prognosis of patients with extrahepatic metastases from hepatocellular "
              + "carcinoma",
          "World J Gastroenterol 13(3):414–420",
          2007,
          "doi:10.3748/wjg.v13.i3.414");

  private BoneSources() {}
}
