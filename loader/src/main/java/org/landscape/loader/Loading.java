package org.landscape.loader;

/** What one loading run met, for its summary and its exit status. */
public final class Loading {

  private long orphans;
  private boolean refused;

  public void orphans(long count) {
    orphans += count;
  }

  public long orphans() {
    return orphans;
  }

  public void refused() {
    refused = true;
  }

  public boolean anyRefused() {
    return refused;
  }
}
