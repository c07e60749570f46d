package org.landscape.common.changefeed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One change as a peer's feed serves it, and a page of them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEvent(
    long sequence,
    String resourceType,
    String resourceId,
    ChangeType changeType,
    JsonNode payload) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Page(List<FeedEvent> items, long next) {}
}
