package org.landscape.practice.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscape.common.client.PeerUnavailable;

/**
 * The status of CCG codes according to ccg-service, asked in bulk (never once per row). If it
 * cannot be reached, a 503 problem: the write that needed it is refused and nothing is written.
 */
@ApplicationScoped
public class CcgDirectory {

  private static final int BATCH = 1000;

  @Inject CcgCalls calls;

  public Map<String, CcgStatus> statusOf(Collection<String> codes, String purpose) {
    try {
      Map<String, CcgStatus> statuses = new LinkedHashMap<>();
      List<String> all = new ArrayList<>(codes);
      for (int start = 0; start < all.size(); start += BATCH) {
        for (CcgStatus status :
            calls.lookup(all.subList(start, Math.min(all.size(), start + BATCH)))) {
          statuses.put(status.code(), status);
        }
      }
      return statuses;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of("ccg-service", purpose, unreachable);
    }
  }

  public CcgStatus statusOf(String code, String purpose) {
    return statusOf(List.of(code), purpose).get(code);
  }
}
