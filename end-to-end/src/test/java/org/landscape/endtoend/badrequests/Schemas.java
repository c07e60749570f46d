package org.landscape.endtoend.badrequests;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

/** The type and format of a schema, looking through allOf wrappers of a single reference. */
final class Schemas {

  private Schemas() {}

  static String type(Schema<?> schema) {
    Schema<?> inner = unwrapped(schema);
    if (inner.getType() != null) {
      return inner.getType();
    }
    return inner.getProperties() != null ? "object" : null;
  }

  static String format(Schema<?> schema) {
    if (schema.getFormat() != null) {
      return schema.getFormat();
    }
    Schema<?> inner = firstOfAllOf(schema);
    return inner == null ? null : format(inner);
  }

  /** The schema's enumerated values, or an empty list. */
  static java.util.List<?> enumeration(Schema<?> schema) {
    if (schema.getEnum() != null) {
      return schema.getEnum();
    }
    Schema<?> inner = firstOfAllOf(schema);
    return inner == null ? java.util.List.of() : enumeration(inner);
  }

  private static Schema<?> firstOfAllOf(Schema<?> schema) {
    if (schema instanceof ComposedSchema composed
        && composed.getAllOf() != null
        && !composed.getAllOf().isEmpty()) {
      return composed.getAllOf().get(0);
    }
    return null;
  }

  static Schema<?> unwrapped(Schema<?> schema) {
    if (schema.getType() == null
        && schema instanceof ComposedSchema composed
        && composed.getAllOf() != null
        && !composed.getAllOf().isEmpty()) {
      return unwrapped(composed.getAllOf().get(0));
    }
    return schema;
  }
}
