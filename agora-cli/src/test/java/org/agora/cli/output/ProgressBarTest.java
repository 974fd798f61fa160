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

  @Test
  void printsALineAtEachTenthWhenNotATerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "playing", 100, false, clock::get);
    advanceClock(1.5);
    bar.advance(5);
    bar.refresh();
    bar.refresh();
    bar.advance(10);
    bar.refresh();
    bar.advance(2);
    bar.refresh();
    bar.advance(83);
    bar.finish();

    assertThat(err.toString().lines()).containsExactly(
        "playing:   5% 5/100, 1.5 s, about 29 s left",
        "playing:  15% 15/100, 1.5 s, about 9 s left",
        "playing: 100% 100/100, 1.5 s");
    assertThat(err.toString()).doesNotContain("\r");
  }

  @Test
  void printsALineEveryFiveSecondsWithoutProgress() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err), "working", 1000, false, clock::get);
    advanceClock(1.0);
    bar.refresh();
    advanceClock(4.0);
    bar.refresh();
    advanceClock(1.0);
    bar.refresh();

    assertThat(err.toString().lines()).hasSize(2);
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
