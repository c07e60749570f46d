package org.landscape.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * One line of a demo record file: {@code {"post": "/path", "ifMatchOf": "/path", "idempotencyKey":
 * "key", "body": {...}}} ({@code put} instead of {@code post} for a PUT; the rest optional). {@code
 * ifMatchOf} names the resource whose ETag goes in {@code If-Match}.
 */
public record RecordLine(
    String method,
    String path,
    Optional<String> ifMatchOf,
    Optional<String> idempotencyKey,
    Optional<String> body) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static RecordLine parse(String line) {
    JsonNode record;
    try {
      record = JSON.readTree(line);
    } catch (JsonProcessingException malformed) {
      throw new LoadingFailed("not a JSON object: " + line);
    }
    if (record == null || !record.isObject()) {
      throw new LoadingFailed("not a JSON object: " + line);
    }
    String method = record.has("put") ? "PUT" : "POST";
    JsonNode path = record.has("put") ? record.get("put") : record.get("post");
    if (path == null || !path.isTextual() || !path.asText().startsWith("/")) {
      throw new LoadingFailed("a line with neither \"post\" nor \"put\": " + line);
    }
    return new RecordLine(
        method,
        path.asText(),
        text(record, "ifMatchOf"),
        text(record, "idempotencyKey"),
        Optional.ofNullable(record.get("body")).map(JsonNode::toString));
  }

  private static Optional<String> text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
