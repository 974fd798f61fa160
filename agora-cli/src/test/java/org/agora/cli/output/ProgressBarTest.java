package org.agora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final AtomicLong clock = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private void advanceClock(double seconds) {
    clock.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
  }

  @Test
  void showsNothingForWorkShorterThanASecond() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "playing", 100, false, clock::get);
    bar.advance(50);
    advanceClock(0.5);
    bar.refresh();
    bar.advance(50);
    bar.finish();

    assertThat(err.toString()).isEmpty();
  }

  /** A log gets a line at most every ten seconds however fast the work advances, and the summary. */
  @Test
  void printsALineAtMostEveryTenSecondsWhenNotATerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "playing", 1000, false, clock::get);
    for (int step = 0; step < 50; step++) { // 25 s of work, refreshed twice a second
      advanceClock(0.5);
      bar.advance(20);
      bar.refresh();
    }
    bar.finish();

    assertThat(err.toString().lines()).containsExactly(
        "playing:  40% 400/1,000, 10.0 s, about 15 s left",
        "playing:  80% 800/1,000, 20.0 s, about 5 s left",
        "playing: 100% 1,000/1,000, 25.0 s");
    assertThat(err.toString()).doesNotContain("\r");
  }

  @Test
  void printsOnlyTheSummaryForShortWorkWhenNotATerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "playing", 100, false, clock::get);
    for (int step = 0; step < 10; step++) {
      advanceClock(0.5);
      bar.advance(10);
      bar.refresh();
    }
    bar.finish();
    bar.finish();

    assertThat(err.toString().lines()).containsExactly("playing: 100% 100/100, 5.0 s");
  }

  @Test
  void printsALineEveryTenSecondsWithoutProgress() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "working", 1000, false, clock::get);
    advanceClock(9.0);
    bar.refresh();
    advanceClock(1.0);
    bar.refresh();
    advanceClock(9.0);
    bar.refresh();
    advanceClock(1.0);
    bar.refresh();

    assertThat(err.toString().lines()).containsExactly("working:   0% 0/1,000, 10.0 s", "working:   0% 0/1,000, 20.0 s");
  }

  /** The launcher's word decides; a console object without it is asked whether it is a terminal. */
  @Test
  void theErrorStreamIsATerminalWhenTheLauncherSaysSo() {
    assertThat(ProgressBar.errorStreamIsTerminal("false", new Object())).isFalse();
    assertThat(ProgressBar.errorStreamIsTerminal("true", null)).isTrue();
    assertThat(ProgressBar.errorStreamIsTerminal(null, null)).isFalse();
    assertThat(ProgressBar.errorStreamIsTerminal(null, new NotATerminal())).isFalse();
  }

  /** Stands for Java 22's Console when nothing is a terminal. */
  public static final class NotATerminal {
    public boolean isTerminal() {
      return false;
    }
  }

  @Test
  void redrawsInPlaceOnATerminalAndEndsTheLine() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "playing", 10, true, clock::get);
    advanceClock(2);
    bar.advance(5);
    bar.refresh();
    bar.advance(5);
    bar.finish();
    bar.finish();

    String text = err.toString();
    assertThat(text).startsWith("\rplaying [###############...............]  50%").endsWith("\n");
    assertThat(text.split("\r")).hasSize(3);
    assertThat(text).contains("[##############################] 100% 10/10");
  }
}
