package org.landscape.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * A peer's published REST client against the provider's served OpenAPI document: every method's
 * path, HTTP method, path and query parameters must be operations the provider serves. Run in the
 * provider's tests, so that a provider that drops or renames what its clients call fails its own
 * build, not its consumers in production.
 */
public final class ClientContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClientContract() {}

  public static void assertServedBy(Class<?> client, String openApiDocument) {
    JsonNode paths;
    try {
      paths = JSON.readTree(openApiDocument).path("paths");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    String base =
        client.isAnnotationPresent(Path.class) ? client.getAnnotation(Path.class).value() : "";
    for (Method method : client.getMethods()) {
      String verb = verb(method);
      if (verb == null) {
        continue;
      }
      String path =
          join(
              base,
              method.isAnnotationPresent(Path.class)
                  ? method.getAnnotation(Path.class).value()
                  : "");
      JsonNode operation = paths.path(path).path(verb);
      assertThat(operation.isObject())
          .as(
              "%s.%s calls %s %s, which the provider does not serve",
              client.getSimpleName(), method.getName(), verb.toUpperCase(), path)
          .isTrue();
      List<String> served = new ArrayList<>();
      operation
          .path("parameters")
          .forEach(
              parameter ->
                  served.add(
                      parameter.path("in").asText() + ":" + parameter.path("name").asText()));
      for (Parameter parameter : method.getParameters()) {
        String expected =
            parameter.isAnnotationPresent(QueryParam.class)
                ? "query:" + parameter.getAnnotation(QueryParam.class).value()
                : parameter.isAnnotationPresent(PathParam.class)
                    ? "path:" + parameter.getAnnotation(PathParam.class).value()
                    : null;
        if (expected != null) {
          assertThat(served)
              .as(
                  "%s.%s sends %s to %s %s",
                  client.getSimpleName(), method.getName(), expected, verb.toUpperCase(), path)
              .contains(expected);
        }
      }
    }
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "get";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "post";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "put";
    }
    return method.isAnnotationPresent(DELETE.class) ? "delete" : null;
  }

  private static String join(String base, String path) {
    String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
