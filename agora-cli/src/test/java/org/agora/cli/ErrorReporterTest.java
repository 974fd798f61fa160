package org.agora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.agora.core.GameSpecException;
import org.agora.io.GambitParseException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {

  @Test
  void peopleReadyMessagesAreShownAsTheyAre() {
    assertThat(ErrorReporter.describe(new GameSpecException("unknown game 'x'"))).isEqualTo("unknown game 'x'");
    assertThat(ErrorReporter.describe(new GambitParseException("a.nfg", 3, 7, "expected '}'")))
        .isEqualTo("a.nfg:3:7: expected '}'");
    assertThat(ErrorReporter.describe(new IllegalArgumentException("bad\nvalue"))).isEqualTo("bad value");
    assertThat(ErrorReporter.describe(new CommandFailure("cannot write x"))).isEqualTo("cannot write x");
  }

  @Test
  void inputOutputErrorsNameTheFile() {
    assertThat(ErrorReporter.describe(new NoSuchFileException("/tmp/x.nfg"))).isEqualTo("no such file: /tmp/x.nfg");
    assertThat(ErrorReporter.describe(new UncheckedIOException(new IOException("disk full"))))
        .isEqualTo("i/o error: disk full");
  }

  @Test
  void otherExceptionsAreInternalErrors() {
    assertThat(ErrorReporter.describe(new IllegalStateException("oops")))
        .isEqualTo("internal error: java.lang.IllegalStateException: oops");
    assertThat(ErrorReporter.describe(new NullPointerException()))
        .isEqualTo("internal error: java.lang.NullPointerException");
  }

  @Test
  void debugModeAddsTheStackTrace() {
    StringWriter quiet = new StringWriter();
    StringWriter verbose = new StringWriter();
    CommandLine quietLine = new CommandLine(new AgoraCommand()).setErr(new PrintWriter(quiet));
    CommandLine verboseLine = new CommandLine(new AgoraCommand()).setErr(new PrintWriter(verbose));

    int quietCode = new ErrorReporter(false).handleExecutionException(new IllegalStateException("x"), quietLine, null);
    int verboseCode = new ErrorReporter(true).handleExecutionException(new IllegalStateException("x"), verboseLine, null);

    assertThat(quietCode).isEqualTo(1);
    assertThat(verboseCode).isEqualTo(1);
    assertThat(quiet.toString().lines()).containsExactly("agora: internal error: java.lang.IllegalStateException: x");
    assertThat(verbose.toString()).contains("\tat org.agora.cli.ErrorReporterTest");
  }
}
