package org.hccbm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in a separate JVM (own heap limit, real standard streams, killable). */
final class Forked {
  private Forked() {}

  /** A finished run. */
  record Result(int exit, String out, String err) {}

  static ProcessBuilder builder(String heap, Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HccbmCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  static Result run(String heap, Path dir, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "fork", ".out");
    Path err = Files.createTempFile(dir, "fork", ".err");
    Process p =
        builder(heap, dir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("forked hccbm did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static Result runTo(File stdout, String heap, Path dir, String... args)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile(dir, "fork", ".err");
    Process p = builder(heap, dir, args).redirectOutput(stdout).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("forked hccbm did not finish");
    }
    return new Result(p.exitValue(), "", Files.readString(err));
  }
}
