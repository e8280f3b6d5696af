/** Imaging accuracy and post-test probabilities for bone metastasis of HCC. */
module org.hccbm.imaging {
  requires transitive org.hccbm.core;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.hccbm.imaging;
  exports org.hccbm.imaging.evidence;
}
