package org.landscape.loader;

import java.io.PrintStream;

/**
 * One upload's progress on one terminal line, redrawn in place as bytes go out and finished with a
 * line break; drawn once, whatever the size.
 */
public final class ProgressBar {

  private static final int WIDTH = 40;
  private final PrintStream out;
  private final String label;
  private final long total;
  private int drawn = -1;

  /** {@code out} null: a bar that draws nothing. */
  public ProgressBar(PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = total;
  }

  public synchronized void advancedTo(long sent) {
    if (out == null) {
      return;
    }
    int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, sent * WIDTH / total);
    if (filled == drawn) {
      return;
    }
    drawn = filled;
    out.printf(
        "\r  %-34s [%s%s] %3d%%",
        label, "#".repeat(filled), " ".repeat(WIDTH - filled), filled * 100 / WIDTH);
    out.flush();
  }

  /** Clears the bar, so that the answer's line takes its place. */
  public synchronized void finish() {
    if (drawn >= 0) {
      out.print("\r" + " ".repeat(WIDTH + 45) + "\r");
      out.flush();
    }
  }
}
