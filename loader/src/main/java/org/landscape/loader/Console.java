package org.landscape.loader;

import java.io.PrintStream;

/** What the loader prints: bold headings, aligned lines, a line redrawn in place. */
public final class Console {

  private final PrintStream out;
  private final boolean ansi;

  public Console(PrintStream out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  public PrintStream stream() {
    return out;
  }

  public void heading(String text) {
    out.println(ansi ? "\033[1m" + text + "\033[0m" : text);
  }

  /** {@code label} in a column of its own, then what happened to it. */
  public void line(String label, String outcome) {
    out.printf("  %-34s %s%n", label, outcome);
  }

  public void text(String text) {
    out.println(text);
  }

  /** Redraws the current line (a progress count), without a line break. */
  public void redraw(String text) {
    out.print("\r  " + text + " ");
    out.flush();
  }

  public void endLine() {
    out.println();
  }
}
