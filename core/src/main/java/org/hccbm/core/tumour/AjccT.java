package org.hccbm.core.tumour;

/**
 * AJCC 8th-edition T category for hepatocellular carcinoma (liver §4.2). TX is not a value: record
 * it as unknown.
 *
 * @since 0.1.0
 */
public enum AjccT {
  /** No evidence of primary tumour. */
  T0,
  /** Solitary tumour ≤ 2 cm, with or without vascular invasion. */
  T1A,
  /** Solitary tumour &gt; 2 cm without vascular invasion. */
  T1B,
  /** Solitary &gt; 2 cm with vascular invasion, or multiple tumours none &gt; 5 cm. */
  T2,
  /** Multiple tumours, at least one &gt; 5 cm. */
  T3,
  /** Major branch of the portal or hepatic vein, adjacent organs, or visceral peritoneum. */
  T4
}
