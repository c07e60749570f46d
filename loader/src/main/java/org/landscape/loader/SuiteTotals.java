package org.landscape.loader;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the suite holds, counted from its lists' totals: the summary and the emptiness check. */
public final class SuiteTotals {

  private static final Map<String, Count> COUNTS = new LinkedHashMap<>();

  private record Count(Service service, String path) {}

  static {
    COUNTS.put("hwb-service councils", new Count(Service.HWB, "/local-authorities?limit=1"));
    COUNTS.put("hwb-service boards", new Count(Service.HWB, "/boards?limit=1"));
    COUNTS.put("ccg-service CCGs (ever)", new Count(Service.CCG, "/ccgs?status=ANY&limit=1"));
    COUNTS.put("practice-service practices", new Count(Service.PRACTICE, "/practices?limit=1"));
    COUNTS.put(
        "commissioning-service providers", new Count(Service.COMMISSIONING, "/providers?limit=1"));
  }

  private final SuiteHttp http;

  public SuiteTotals(SuiteHttp http) {
    this.http = http;
  }

  /** Each count by its label, in the summary's order. */
  public Map<String, Long> counts() {
    Map<String, Long> totals = new LinkedHashMap<>();
    COUNTS.forEach(
        (label, count) -> totals.put(label, http.get(count.service(), count.path()).total()));
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
