package org.landscape.endtoend.badrequests;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plausible values for what a generated request does not spoil, so that the spoiled part is what
 * the service refuses: the schema's example, or else the first of the suite's usual codes that fits
 * the schema's pattern.
 */
final class SampleValues {

  private static final List<String> USUAL_CODES =
      List.of(
          "00C",
          "A81001",
          "E06000001",
          "RR8",
          "Q45",
          "QHM",
          "Y63",
          "Z99001",
          "91G",
          "E38000001",
          "ELECTIVE_HOSPITAL_CARE",
          "2016/17",
          "1");

  /** Codes of the usual shapes that no record of the suite has, for writes that must not land. */
  private static final List<String> UNKNOWN_CODES =
      List.of(
          "99Z",
          "Z99999",
          "E06999999",
          "R9Z",
          "Q99",
          "QZZ",
          "Y99",
          "999999999",
          "NO-SUCH-REFERENCE");

  private SampleValues() {}

  /**
   * A value of the schema's shape that names no record: the path of a write, so that whatever the
   * spoiled part, the write cannot land.
   */
  static String unknown(Schema<?> schema) {
    if (schema != null && schema.getPattern() != null) {
      Pattern pattern = Pattern.compile(schema.getPattern());
      for (String code : UNKNOWN_CODES) {
        if (pattern.matcher(code).matches()) {
          return code;
        }
      }
    }
    if (schema != null && "integer".equals(Schemas.type(schema))) {
      return "999999999";
    }
    return schema != null && schema.getPattern() != null ? text(schema) : "NO-SUCH-REFERENCE";
  }

  /** A value the schema accepts, as text (query, path and header parameters). */
  static String text(Schema<?> schema) {
    if (schema == null) {
      return "1";
    }
    if (schema.getExample() != null) {
      return String.valueOf(schema.getExample());
    }
    if (!Schemas.enumeration(schema).isEmpty()) {
      return String.valueOf(Schemas.enumeration(schema).get(0));
    }
    String type = Schemas.type(schema);
    String format = Schemas.format(schema);
    if ("date".equals(format)) {
      return "2016-04-01";
    }
    if ("date-time".equals(format)) {
      return "2016-04-01T00:00:00Z";
    }
    if ("integer".equals(type) || "number".equals(type)) {
      return schema.getMinimum() != null ? schema.getMinimum().toBigInteger().toString() : "1";
    }
    if ("boolean".equals(type)) {
      return "false";
    }
    if (schema.getPattern() != null) {
      Pattern pattern = Pattern.compile(schema.getPattern());
      for (String code : USUAL_CODES) {
        if (pattern.matcher(code).matches()) {
          return code;
        }
      }
    }
    return "00C";
  }

  /** A JSON value the schema accepts (request bodies). */
  static Object json(Schema<?> schema) {
    if (schema == null) {
      return "x";
    }
    String type = Schemas.type(schema);
    if ("object".equals(type) || schema.getProperties() != null) {
      java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
      if (schema.getProperties() != null) {
        schema.getProperties().forEach((name, property) -> object.put(name, json(property)));
      }
      return object;
    }
    if ("array".equals(type)) {
      if (schema.getExample() instanceof List<?> example) {
        return example;
      }
      return List.of(json(schema.getItems()));
    }
    String text = text(schema);
    if ("integer".equals(type)) {
      return Long.parseLong(text);
    }
    if ("number".equals(type)) {
      return Double.parseDouble(text);
    }
    if ("boolean".equals(type)) {
      return Boolean.parseBoolean(text);
    }
    return text;
  }
}
