package org.landscape.common.http;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.SupportedDates;

/**
 * The one place where query, path and header parameters are converted: dates, numbers, booleans,
 * instants, UUIDs and enums. A malformed or blank value (such as {@code ?limit=+} or a path segment
 * {@code %20}) is a 400 problem naming the parameter and the expected form; JAX-RS would otherwise
 * answer 404, or 500 where a blank value reached a primitive parameter. Dates are bounded by {@link
 * SupportedDates}, and text parameters are {@link PlainText}. An absent parameter takes its
 * {@code @DefaultValue}, or null.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (rawType == String.class) {
      return (ParamConverter<T>) new PlainTextConverter(name);
    }
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>)
          new Converter<>(
              name,
              "a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
              value -> SupportedDates.checked(LocalDate.parse(value)));
    }
    if (rawType == Instant.class) {
      return (ParamConverter<T>)
          new Converter<>(
              name,
              "an instant in the form 2026-01-01T00:00:00Z, in the years 0001 to 9999",
              value -> SupportedDates.checked(Instant.parse(value)));
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new Converter<>(name, "a whole number", Long::valueOf);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) new Converter<>(name, "a whole number", Integer::valueOf);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>)
          new Converter<>(name, "true or false", QueryParameterConverters::parseBoolean);
    }
    if (rawType == UUID.class) {
      return (ParamConverter<T>) new Converter<>(name, "a UUID", UUID::fromString);
    }
    if (rawType.isEnum()) {
      Class<? extends Enum> type = (Class<? extends Enum>) rawType;
      String values =
          Arrays.stream(type.getEnumConstants())
              .map(Enum::name)
              .collect(Collectors.joining(", ", "one of ", ""));
      return (ParamConverter<T>)
          new Converter<>(
              name, values, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    }
    return null;
  }

  private static Boolean parseBoolean(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** The name a parameter is sent by, from its JAX-RS annotation. */
  static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
      if (annotation instanceof HeaderParam header) {
        return header.value();
      }
      if (annotation instanceof FormParam form) {
        return form.value();
      }
      if (annotation instanceof CookieParam cookie) {
        return cookie.value();
      }
    }
    return "parameter";
  }

  /** Text parameters pass as they are, unless they carry control characters. */
  private record PlainTextConverter(String name) implements ParamConverter<String> {

    @Override
    public String fromString(String value) {
      if (value != null && !PlainText.isPlain(value)) {
        throw new InvalidParameterException(ProblemException.invalid(name, PlainText.RULE));
      }
      return value;
    }

    @Override
    public String toString(String value) {
      return value;
    }
  }

  private record Converter<T>(String name, String expected, Function<String, T> parse)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null) { // absent, with no default
        return null;
      }
      if (value.isBlank()) {
        throw invalid("must be " + expected + ", not blank");
      }
      try {
        return parse.apply(value.strip());
      } catch (IllegalArgumentException | DateTimeParseException malformed) {
        throw invalid("must be " + expected);
      }
    }

    private InvalidParameterException invalid(String message) {
      return new InvalidParameterException(ProblemException.invalid(name, message));
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
