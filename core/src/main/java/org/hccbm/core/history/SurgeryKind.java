package org.hccbm.core.history;

/**
 * Kinds of surgery or intervention on bone.
 *
 * @since 0.1.0
 */
public enum SurgeryKind {
  /** Decompression of the spinal cord or nerve roots. */
  DECOMPRESSION,
  /** Stabilisation (instrumentation) of the spine. */
  STABILISATION,
  /** Excision (en bloc or intralesional). */
  EXCISION,
  /** Fixation of a long bone (prophylactic or after fracture). */
  FIXATION,
  /** Vertebroplasty or kyphoplasty. */
  VERTEBRAL_AUGMENTATION,
  /** Embolisation of the lesion. */
  EMBOLISATION,
  /** Other. */
  OTHER
}
