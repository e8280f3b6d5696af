/** Tumour-board report: board summary as data, SVG pictures, HTML and markdown renderings. */
module org.hccbm.report {
  requires transitive org.hccbm.core;
  requires transitive org.hccbm.models;
  requires transitive org.hccbm.imaging;
  requires com.google.common;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.report;
  exports org.hccbm.report.svg;
}
