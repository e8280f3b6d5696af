/** Optional Jackson 2 module that reads patients and writes hccbm results. */
module org.hccbm.jackson {
  requires transitive org.hccbm.core;
  requires org.hccbm.models;
  requires org.hccbm.imaging;
  requires com.fasterxml.jackson.databind;
}
