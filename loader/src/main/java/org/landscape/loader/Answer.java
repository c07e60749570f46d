package org.landscape.loader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import org.landscape.common.paging.Page;

/**
 * A service's answer: its status and its body, read as JSON when it is JSON, or into the provider's
 * own record (from its {@code -api} module) where the loader relies on its fields.
 */
public record Answer(int status, String body, Optional<String> etag) {

  /** As the services read each other: unknown fields refused where a record does not allow them. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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

  /**
   * A paged list of the provider's {@code item} record ({@link JsonNode} for a provider without an
   * {@code -api} module); fails when the answer is not such a list.
   */
  public <T> Page<T> page(Class<T> item) {
    JavaType type = JSON.getTypeFactory().constructParametricType(Page.class, item);
    if (succeeded()) {
      try {
        return JSON.readValue(body, type);
      } catch (java.io.IOException notAPage) {
        // reported below, as any other answer that is not a list
      }
    }
    throw new LoadingFailed("no total in the answer (HTTP " + status + "): " + body);
  }
}
