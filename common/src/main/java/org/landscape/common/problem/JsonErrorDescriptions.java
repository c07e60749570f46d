package org.landscape.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Jackson's errors into client-facing field messages that name the JSON field and the
 * expected shape, never a Java class.
 */
final class JsonErrorDescriptions {

  private JsonErrorDescriptions() {}

  static ProblemException describe(JsonProcessingException error) {
    if (error instanceof UnrecognizedPropertyException unknown) {
      return field(unknown, "is not a known field");
    }
    if (error instanceof InvalidFormatException badValue) {
      // the suite's own refusals (StrictJson) say what they require; Jackson's say what they found
      String own = badValue.getOriginalMessage();
      return field(
          badValue,
          own != null && own.startsWith("must ")
              ? own
              : "must be " + expected(badValue.getTargetType()));
    }
    if (error instanceof ValueInstantiationException) {
      return new ProblemException(ProblemType.BAD_REQUEST, "The JSON body has an invalid value");
    }
    if (error instanceof MismatchedInputException mismatch) {
      if (mismatch.getPath().isEmpty()) {
        return new ProblemException(
            ProblemType.BAD_REQUEST, "The request body must be a JSON object");
      }
      return field(mismatch, "must be " + expected(mismatch.getTargetType()));
    }
    if (error instanceof JsonMappingException databind && !databind.getPath().isEmpty()) {
      return field(databind, "has an invalid value");
    }
    JsonLocation location = error.getLocation();
    String where =
        location == null
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return new ProblemException(ProblemType.BAD_REQUEST, "The body is not valid JSON" + where);
  }

  private static ProblemException field(JsonMappingException error, String message) {
    String field = path(error.getPath());
    return new ProblemException(
        ProblemType.VALIDATION_FAILED,
        field + ": " + message,
        List.of(new FieldViolation(field, message)));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == LocalDate.class) {
      return "a date in the form YYYY-MM-DD";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", ", "[", "]"));
    }
    if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }
}
