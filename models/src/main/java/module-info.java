/** Prognostic scores, staging and treatment-selection rules for HCC with bone metastasis. */
module org.hccbm.models {
  requires transitive org.hccbm.core;
  requires com.google.common;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.models;
  exports org.hccbm.models.liver;
  exports org.hccbm.models.bone;
  exports org.hccbm.models.reference;
  exports org.hccbm.models.treatment;
}
