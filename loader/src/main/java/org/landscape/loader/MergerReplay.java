package org.landscape.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the replayed mergers' sagas: commissioning-service executes each approved
 * reconfiguration across the four services; this shows how many completed and failed.
 */
public final class MergerReplay {

  private static final Duration AT_MOST = Duration.ofMinutes(10);
  private static final Duration POLL = Duration.ofMillis(500);
  private final SuiteHttp http;
  private final Console console;

  public MergerReplay(SuiteHttp http, Console console) {
    this.http = http;
    this.console = console;
  }

  public void awaitSagas(Loading loading) {
    long total = count("");
    Instant deadline = Instant.now().plus(AT_MOST);
    String shown = "";
    long failed;
    while (true) {
      long completed = count("&state=COMPLETED");
      failed = count("&state=FAILED");
      String progress = "sagas completed " + completed + "/" + total + ", failed " + failed;
      if (!progress.equals(shown)) {
        console.redraw(progress);
        shown = progress;
      }
      if (completed + failed >= total) {
        break;
      }
      if (Instant.now().isAfter(deadline)) {
        console.endLine();
        console.text("  the sagas did not finish within 10 minutes; see GET /reconfigurations");
        loading.refused();
        return;
      }
      pause();
    }
    console.endLine();
    if (failed > 0) {
      console.text(
          "  failed sagas: curl 'localhost:"
              + http.portOf(Service.COMMISSIONING)
              + "/reconfigurations?state=FAILED'");
      loading.refused();
    }
  }

  /** Reconfigurations are commissioning-service's own (no -api module): only the total is typed. */
  private long count(String filter) {
    return http.get(Service.COMMISSIONING, "/reconfigurations?limit=1" + filter)
        .page(JsonNode.class)
        .total();
  }

  private static void pause() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new LoadingFailed("interrupted while waiting for the sagas");
    }
  }
}
