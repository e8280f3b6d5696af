package org.hccbm.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hccbm.core.HccbmVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code hccbm} command line.
 *
 * <p>Exit codes: 0 success; 1 a record or input was invalid; 2 the command line itself was wrong.
 */
@Command(name = "hccbm", mixinStandardHelpOptions = true,
    versionProvider = HccbmCli.Version.class,
    description = "Clinical models for hepatocellular carcinoma with bone metastasis "
        + "(decision support, not a medical device).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:invalid input (rejected document or batch records)",
        "2:usage error", "3:a file could not be read or written"},
    subcommands = {AssessCommand.class, BatchCommand.class, ModelsCommand.class,
        ImagingCommand.class, DemoCommand.class, GenerateCommand.class,
        CommandLine.HelpCommand.class})
public final class HccbmCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Runs the command line and exits with its code. @param args the arguments */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new HccbmCli());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Supplies the library version to {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hccbm " + HccbmVersion.current()};
    }
  }
}
