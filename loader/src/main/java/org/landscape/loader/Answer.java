package org.landscape.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/** A service's answer: its status and its body, read as JSON when it is JSON. */
public record Answer(int status, String body, Optional<String> etag) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  public JsonNode json() {
    try {
      return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
    } catch (java.io.IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** A list's {@code total}; fails when the answer is not a paged list. */
  public long total() {
    JsonNode total = json().path("total");
    if (!succeeded() || !total.isNumber()) {
      throw new LoadingFailed("no total in the answer (HTTP " + status + "): " + body);
    }
    return total.asLong();
  }
}
