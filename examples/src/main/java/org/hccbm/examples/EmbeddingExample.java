package org.hccbm.examples;

import org.hccbm.core.Observed;
import org.hccbm.core.lab.Albumin;
import org.hccbm.core.lab.Bilirubin;
import org.hccbm.core.lab.Inr;
import org.hccbm.core.lab.LabPanel;
import org.hccbm.core.liver.Ascites;
import org.hccbm.core.liver.LiverBedside;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.Models;
import org.hccbm.models.liver.ChildPugh;

/** The README's example: embedding the library in plain Java. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Builds a patient with one unknown item and prints Child–Pugh, then every model.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Returns what {@link #main} prints.
   *
   * @return the text
   */
  public static String run() {
    Patient patient =
        Patient.builder("p1")
            .labs(LabPanel.of(Bilirubin.umolPerL(20.52), Albumin.gPerL(35), Inr.ratio(1.2)))
            .liver(
                new LiverBedside(Observed.of(Ascites.NONE), Observed.unknown(), Observed.of(false)))
            .build();
    ModelResult cp = ChildPugh.INSTANCE.evaluate(patient);
    StringBuilder out = new StringBuilder(cp.render());
    for (Models.Evaluation e : Models.evaluate(patient)) {
      out.append(e.result().render());
    }
    return out.toString();
  }
}
