package org.hccbm.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import org.hccbm.core.HccbmVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code hccbm} command line.
 *
 * <p>Exit codes (docs/cli.md): 0 success; 1 a record or input was invalid; 2 the command line
 * itself was wrong; 3 a file could not be read or written; 4 internal error. No stack trace reaches
 * the user unless {@code --debug} asks for it.
 */
@Command(
    name = "hccbm",
    mixinStandardHelpOptions = true,
    versionProvider = HccbmCli.Version.class,
    description =
        "Clinical models for hepatocellular carcinoma with bone metastasis "
            + "(decision support, not a medical device).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (rejected document or batch records)",
      "2:usage error",
      "3:a file could not be read or written",
      "4:internal error (--debug prints the stack trace)"
    },
    subcommands = {
      AssessCommand.class,
      BatchCommand.class,
      ModelsCommand.class,
      ImagingCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HccbmCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  boolean debug;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Std.out = new FileOutputStream(FileDescriptor.out);
    // The platform's charset, as System.out and System.err use, stated rather than implied.
    Charset charset = Charset.defaultCharset();
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, charset), true),
            new PrintWriter(new OutputStreamWriter(System.err, charset), true)));
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
    HccbmCli root = new HccbmCli();
    try {
      CommandLine cli = new CommandLine(root);
      cli.setOut(out);
      cli.setErr(err);
      // "hccbm @file" would otherwise read the file's lines as arguments (and echo them in
      // errors).
      cli.setExpandAtFiles(false);
      cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internal(e, root, err));
      cli.setParameterExceptionHandler(
          (e, arguments) -> {
            // picocli's own handler echoes the offending argument raw; escape it.
            CommandLine c = e.getCommandLine();
            err.println(
                c.getCommandName().equals("hccbm")
                    ? "hccbm: " + Terminal.safe(e.getMessage())
                    : "hccbm " + c.getCommandName() + ": " + Terminal.safe(e.getMessage()));
            err.println(
                "Try '"
                    + c.getCommandSpec().qualifiedName()
                    + " --help' for more "
                    + "information.");
            err.flush();
            return ExitCodes.USAGE;
          });
      return cli.execute(args);
    } catch (Throwable e) {
      return internal(e, root, err);
    }
  }

  private static int internal(Throwable e, HccbmCli root, PrintWriter err) {
    if (root.debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.println(
        "hccbm: internal error ("
            + e.getClass().getSimpleName()
            + ": "
            + Terminal.safe(String.valueOf(e.getMessage()))
            + ")"
            + (root.debug ? "" : "; run again with --debug for the stack trace"));
    err.flush();
    return ExitCodes.INTERNAL;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("hccbm: a command is required");
    spec.commandLine().usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Supplies the library version to {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hccbm " + HccbmVersion.current()};
    }
  }
}
