package org.landscape.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.common.problem.ProblemException;

/**
 * Converts dates, numbers, booleans and enums in parameters; a malformed value is a 400 problem
 * naming the parameter and the expected form (JAX-RS would otherwise answer 404).
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>)
          new Converter<>(name, "a date in the form YYYY-MM-DD", LocalDate::parse);
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

  private static String parameterName(Annotation[] annotations) {
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
    }
    return "parameter";
  }

  private record Converter<T>(String name, String expected, Function<String, T> parse)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return parse.apply(value.strip());
      } catch (IllegalArgumentException | DateTimeParseException malformed) {
        throw new InvalidParameterException(ProblemException.invalid(name, "must be " + expected));
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
