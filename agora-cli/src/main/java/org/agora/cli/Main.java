package org.agora.cli;

/** Entry point of the {@code agora} command line (see {@link AgoraCommand}). */
public final class Main {

  private Main() {}

  /** Runs {@code agora} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = AgoraCommand.newCommandLine(args).execute(args);
    } catch (Throwable unexpected) {
      // Errors (out of memory, stack overflow) escape picocli's handlers; still one line.
      System.err.println("agora: " + ErrorReporter.describe(unexpected));
      if ("1".equals(System.getenv("AGORA_DEBUG"))) {
        unexpected.printStackTrace();
      }
      exitCode = ErrorReporter.FAILURE;
    }
    System.out.flush();
    System.exit(exitCode);
  }
}
