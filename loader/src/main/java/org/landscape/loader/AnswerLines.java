package org.landscape.loader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service's JSON answer as the one line the loader prints for it. */
public final class AnswerLines {

  /** Lists that a line counts instead of showing, such as the orphans of an epraccur import. */
  private static final List<String> COUNTED = List.of("orphans");

  /** Detail that a line leaves out, such as the changes an epraccur import lists one by one. */
  private static final List<String> OMITTED = List.of("changes");

  private AnswerLines() {}

  /** {@code file:CCG_APR_2013.csv, rows:211, created:211, ...}; nested objects inline. */
  public static String summary(JsonNode answer) {
    if (!answer.isObject()) {
      return answer.isMissingNode() ? "" : answer.toString();
    }
    List<String> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : answer.properties()) {
      JsonNode value = field.getValue();
      if (OMITTED.contains(field.getKey())) {
        continue;
      }
      if (COUNTED.contains(field.getKey())) {
        fields.add(field.getKey() + ":" + value.size());
      } else if (value.isObject()) {
        fields.add(field.getKey() + ": (" + summary(value) + ")");
      } else if (value.isArray()) {
        fields.add(field.getKey() + ":" + array(value));
      } else {
        fields.add(field.getKey() + ":" + value.asText());
      }
    }
    return String.join(", ", fields);
  }

  /** A problem+json refusal: its detail, then each field error and bad row on a line of its own. */
  public static String refusal(Answer answer) {
    JsonNode problem = answer.json();
    if (!problem.path("detail").isTextual()) {
      return "HTTP " + answer.status() + ": " + answer.body().strip();
    }
    StringBuilder text =
        new StringBuilder("HTTP " + answer.status() + ": " + problem.path("detail").asText());
    for (JsonNode error : problem.path("errors")) {
      text.append("\n    ")
          .append(error.path("field").asText())
          .append(": ")
          .append(error.path("message").asText());
    }
    for (JsonNode row : problem.path("badRows")) {
      text.append("\n    ")
          .append(row.path("file").asText())
          .append(" line ")
          .append(row.path("line").asLong())
          .append(": ")
          .append(row.path("reason").asText());
    }
    return text.toString();
  }

  private static String array(JsonNode values) {
    boolean scalars = true;
    for (JsonNode value : values) {
      scalars &= value.isValueNode();
    }
    if (!scalars) {
      return String.valueOf(values.size());
    }
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(value.asText()));
    return "[" + String.join(" ", texts) + "]";
  }
}
