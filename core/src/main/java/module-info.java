/**
 * Domain types for patients with hepatocellular carcinoma and bone metastasis, and the
 * explainable-result vocabulary every hccbm module shares.
 */
module org.hccbm.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports org.hccbm.core;
  exports org.hccbm.core.evidence;
  exports org.hccbm.core.result;
  exports org.hccbm.core.lab;
  exports org.hccbm.core.performance;
  exports org.hccbm.core.liver;
  exports org.hccbm.core.tumour;
  exports org.hccbm.core.lesion;
  exports org.hccbm.core.neuro;
  exports org.hccbm.core.history;
  exports org.hccbm.core.patient;
  exports org.hccbm.core.audit;
}
