package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** ccg-service's bulk look-up: request and answer. */
public final class CcgLookup {

  private CcgLookup() {}

  public record Request(LocalDate date, List<String> codes) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Response(LocalDate date, List<CcgStatus> results) {}
}
