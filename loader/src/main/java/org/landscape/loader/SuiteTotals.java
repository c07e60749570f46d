package org.landscape.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.api.LocalAuthorityView;
import org.landscape.practice.api.PracticeView;

/** What the suite holds, counted from its lists' totals: the summary and the emptiness check. */
public final class SuiteTotals {

  private static final Map<String, Count> COUNTS = new LinkedHashMap<>();

  /** A list of the service's {@code item} records (commissioning-service has no -api module). */
  private record Count(Service service, String path, Class<?> item) {}

  static {
    COUNTS.put(
        "hwb-service councils",
        new Count(Service.HWB, "/local-authorities?limit=1", LocalAuthorityView.class));
    COUNTS.put("hwb-service boards", new Count(Service.HWB, "/boards?limit=1", BoardView.class));
    COUNTS.put(
        "ccg-service CCGs (ever)",
        new Count(Service.CCG, "/ccgs?status=ANY&limit=1", CcgSummary.class));
    COUNTS.put(
        "practice-service practices",
        new Count(Service.PRACTICE, "/practices?limit=1", PracticeView.class));
    COUNTS.put(
        "commissioning-service providers",
        new Count(Service.COMMISSIONING, "/providers?limit=1", JsonNode.class));
  }

  private final SuiteHttp http;

  public SuiteTotals(SuiteHttp http) {
    this.http = http;
  }

  /** Each count by its label, in the summary's order. */
  public Map<String, Long> counts() {
    Map<String, Long> totals = new LinkedHashMap<>();
    COUNTS.forEach(
        (label, count) ->
            totals.put(label, http.get(count.service(), count.path()).page(count.item()).total()));
    return totals;
  }

  /** True when no service holds anything: no CCG (of any status), council, practice or provider. */
  public boolean empty() {
    return counts().entrySet().stream()
        .filter(count -> !count.getKey().equals("hwb-service boards"))
        .allMatch(count -> count.getValue() == 0);
  }

  public void printSummary(Console console, Loading loading) {
    console.heading("Summary");
    counts().forEach((label, total) -> console.line(label, String.valueOf(total)));
    console.line(
        "orphan practices",
        loading.orphans() + " (imported without a CCG; the import's answer lists each)");
    if (loading.anyRefused()) {
      console.text("  Some files were refused (above): nothing of them was written.");
    }
  }
}
