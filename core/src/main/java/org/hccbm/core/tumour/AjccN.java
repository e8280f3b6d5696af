package org.hccbm.core.tumour;

/**
 * AJCC regional lymph-node category for hepatocellular carcinoma. NX is not a value: record it as
 * unknown.
 *
 * @since 0.1.0
 */
public enum AjccN {
  /** No regional lymph-node metastasis. */
  N0,
  /** Regional lymph-node metastasis (hilar, hepatoduodenal ligament, inferior phrenic, caval). */
  N1
}
