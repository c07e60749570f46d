package org.landscape.endtoend.badrequests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad variants of every operation of an OpenAPI document, each spoiling one thing and leaving the
 * rest plausible, so that the spoiled part is what the service has to refuse: each path, query and
 * header parameter in turn, the body (malformed, wrong types, missing or too long fields), the
 * media type, the Accept header, and the method.
 *
 * <p>A write's path names no record and its body is incomplete unless the body is what is spoiled,
 * so that no variant can change the suite: the sweep checks that afterwards.
 */
final class BadRequestGenerator {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final String BOUNDARY = "landscape-bad-request";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenAPI api;
  private final List<BadRequest> requests = new ArrayList<>();

  private BadRequestGenerator(OpenAPI api) {
    this.api = api;
  }

  static List<BadRequest> variantsOf(OpenAPI api) {
    BadRequestGenerator generator = new BadRequestGenerator(api);
    api.getPaths().forEach(generator::generate);
    return List.copyOf(generator.requests);
  }

  private void generate(String path, PathItem item) {
    item.readOperationsMap()
        .forEach(
            (method, operation) -> new OperationVariants(path, method.name(), operation).add());
    if (item.getPatch() == null) {
      requests.add(
          new BadRequest(
              "PATCH " + path,
              "a method the path does not serve",
              "PATCH",
              false,
              new OperationVariants(path, "PATCH", new Operation()).target(Map.of()),
              Map.of("Content-Type", "application/json"),
              "{}".getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** The variants of one operation. */
  private final class OperationVariants {

    private final String path;
    private final String method;
    private final String name;
    private final boolean write;
    private final List<Parameter> parameters;
    private final MediaType json;
    private final MediaType multipart;

    OperationVariants(String path, String method, Operation operation) {
      this.path = path;
      this.method = method;
      this.name = method + " " + path;
      this.write = operation.getResponses() != null && operation.getResponses().containsKey("401");
      this.parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
      Map<String, MediaType> content =
          operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
              ? Map.of()
              : operation.getRequestBody().getContent();
      this.json = content.get("application/json");
      this.multipart = content.get("multipart/form-data");
    }

    void add() {
      for (Parameter parameter : parameters) {
        List<String> values =
            switch (parameter.getIn()) {
              case "path" -> BadValues.PATH;
              case "query" -> BadValues.QUERY;
              case "header" -> BadValues.HEADER;
              default -> List.of();
            };
        for (String value : values) {
          spoilParameter(parameter, value);
        }
      }
      if (json != null) {
        addJsonBodies(resolved(json.getSchema()));
      }
      if (multipart != null) {
        addMultipartBodies(resolved(multipart.getSchema()));
      }
      if (method.equals("GET")) {
        for (String accept : BadValues.ACCEPT) {
          add("Accept: " + accept, target(Map.of()), Map.of("Accept", accept), BadRequest.NO_BODY);
        }
      }
    }

    private void spoilParameter(Parameter parameter, String value) {
      String spoils = parameter.getIn() + " " + parameter.getName() + "=" + value;
      if (parameter.getIn().equals("header")) {
        Map<String, String> headers = new LinkedHashMap<>(plainHeaders());
        headers.put(parameter.getName(), value);
        headers.putAll(incompleteBodyHeaders());
        add(spoils, target(Map.of()), headers, incompleteBody());
        return;
      }
      add(
          spoils,
          target(Map.of(parameter.getName(), value)),
          incompleteBodyHeaders(),
          incompleteBody());
    }

    private void addJsonBodies(Schema<?> schema) {
      for (String body : BadValues.JSON_BODY) {
        addJson("body " + abbreviated(body), body.getBytes(StandardCharsets.UTF_8));
      }
      addJson(
          "body of invalid UTF-8",
          new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
      Object sample = SampleValues.json(schema);
      if (!(sample instanceof Map<?, ?> fields)) {
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> valid = (Map<String, Object>) fields;
      Map<String, Object> unknown = new LinkedHashMap<>(valid);
      unknown.put("noSuchField", 1);
      addJson("an unknown field", unknown);
      List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
      if (!required.isEmpty()) {
        addJson("an empty object", Map.of());
      }
      for (String field : required) {
        Map<String, Object> missing = new LinkedHashMap<>(valid);
        missing.remove(field);
        addJson("no " + field, missing);
        Map<String, Object> nulled = new LinkedHashMap<>(valid);
        nulled.put(field, null);
        addJson(field + " null", nulled);
      }
      if (schema.getProperties() != null) {
        schema
            .getProperties()
            .forEach(
                (field, property) -> {
                  for (Object wrong : wrongValuesFor(property)) {
                    Map<String, Object> spoiled = new LinkedHashMap<>(valid);
                    spoiled.put(field, wrong);
                    addJson(field + "=" + abbreviated(String.valueOf(wrong)), spoiled);
                  }
                });
      }
      for (String[] foreign : BadValues.FOREIGN_MEDIA) {
        add(
            "Content-Type: " + foreign[0],
            target(Map.of()),
            Map.of("Content-Type", foreign[0]),
            foreign[1].getBytes(StandardCharsets.UTF_8));
      }
      add("no Content-Type", target(Map.of()), Map.of(), incompleteBody());
    }

    private List<Object> wrongValuesFor(Schema<?> property) {
      String type = Schemas.type(property);
      List<Object> wrong = new ArrayList<>();
      if (type == null) {
        return wrong;
      }
      switch (type) {
        case "string" -> {
          wrong.add(List.of("x"));
          wrong.add(Map.of("x", 1));
          String format = Schemas.format(property);
          if ("date".equals(format)) {
            wrong.addAll(List.of("2013-02-30", "20130401", "+999999999-01-01", ""));
          }
          if (!Schemas.enumeration(property).isEmpty()) {
            wrong.add("NOT_ONE_OF_THEM");
          }
          if (property.getPattern() != null) {
            wrong.addAll(List.of("", " ", "\u0000"));
          }
          if (property.getMaxLength() != null) {
            wrong.add("x".repeat(property.getMaxLength() + 1));
          }
        }
        case "integer" -> wrong.addAll(List.of("abc", 1.5, "99999999999999999999999", true));
        case "number" -> wrong.addAll(List.of("abc", true));
        case "boolean" -> wrong.addAll(List.of("abc", 2));
        case "array" -> {
          wrong.add("x");
          wrong.add(Map.of("x", 1));
          if (property.getMaxItems() != null) {
            wrong.add(java.util.Collections.nCopies(property.getMaxItems() + 1, "x"));
          }
        }
        case "object" -> wrong.addAll(List.of("x", List.of(1)));
        default -> {}
      }
      return wrong;
    }

    private void addMultipartBodies(Schema<?> schema) {
      String contentType = "multipart/form-data; boundary=" + BOUNDARY;
      add(
          "multipart without a boundary",
          target(Map.of()),
          Map.of("Content-Type", "multipart/form-data"),
          "x".getBytes(StandardCharsets.UTF_8));
      add(
          "an empty multipart body",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          BadRequest.NO_BODY);
      add(
          "a malformed multipart body",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          "--nonsense\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      add(
          "a part of another name",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          multipartOf(List.of("noSuchPart"), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
      List<String> parts =
          schema.getProperties() == null ? List.of() : List.copyOf(schema.getProperties().keySet());
      byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '"', ',', '\n', '"', '"', '\r'};
      add(
          "parts of binary garbage",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          multipartOf(parts, garbage));
      add(
          "parts with only a header of no known columns",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          multipartOf(parts, "no,known,columns\n".getBytes(StandardCharsets.UTF_8)));
      add(
          "parts with an unterminated quote",
          target(Map.of()),
          Map.of("Content-Type", contentType),
          multipartOf(parts, "\"a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
      add(
          "JSON instead of files",
          target(Map.of()),
          Map.of("Content-Type", "application/json"),
          "{}".getBytes(StandardCharsets.UTF_8));
    }

    private void addJson(String spoils, Object body) {
      addJson(spoils, asJson(body));
    }

    private void addJson(String spoils, byte[] body) {
      add(spoils, target(Map.of()), Map.of("Content-Type", "application/json"), body);
    }

    private void add(String spoils, String target, Map<String, String> headers, byte[] body) {
      Map<String, String> all = new LinkedHashMap<>(plainHeaders());
      all.putAll(headers);
      requests.add(new BadRequest(name, spoils, method, write, target, Map.copyOf(all), body));
    }

    /** Header parameters left plausible, except the one spoiled. */
    private Map<String, String> plainHeaders() {
      Map<String, String> headers = new LinkedHashMap<>();
      for (Parameter parameter : parameters) {
        if (parameter.getIn().equals("header")) {
          headers.put(parameter.getName(), headerSample(parameter));
        }
      }
      return headers;
    }

    private String headerSample(Parameter parameter) {
      return parameter.getName().equalsIgnoreCase("If-Match") ? "\"0\"" : sample(parameter);
    }

    /** The body sent while a parameter is spoiled: incomplete, so that no write can land. */
    private byte[] incompleteBody() {
      if (json != null) {
        return "{}".getBytes(StandardCharsets.UTF_8);
      }
      if (multipart != null) {
        Schema<?> schema = resolved(multipart.getSchema());
        List<String> parts =
            schema.getProperties() == null
                ? List.of()
                : List.copyOf(schema.getProperties().keySet());
        return multipartOf(parts, "no,known,columns\n".getBytes(StandardCharsets.UTF_8));
      }
      return BadRequest.NO_BODY;
    }

    private Map<String, String> incompleteBodyHeaders() {
      if (json != null) {
        return Map.of("Content-Type", "application/json");
      }
      if (multipart != null) {
        return Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
      }
      return Map.of();
    }

    /** The path with its parameters filled in, and the required query parameters. */
    String target(Map<String, String> spoiled) {
      StringBuilder target = new StringBuilder();
      Matcher matcher = PATH_PARAMETER.matcher(path);
      while (matcher.find()) {
        String parameter = matcher.group(1);
        String value =
            spoiled.containsKey(parameter)
                ? spoiled.get(parameter)
                : encoded(pathSample(parameter));
        matcher.appendReplacement(target, Matcher.quoteReplacement(value));
      }
      matcher.appendTail(target);
      List<String> query = new ArrayList<>();
      for (Parameter parameter : parameters) {
        if (!parameter.getIn().equals("query")) {
          continue;
        }
        if (spoiled.containsKey(parameter.getName())) {
          query.add(parameter.getName() + "=" + spoiled.get(parameter.getName()));
        } else if (Boolean.TRUE.equals(parameter.getRequired())) {
          query.add(parameter.getName() + "=" + encoded(sample(parameter)));
        }
      }
      return query.isEmpty() ? target.toString() : target + "?" + String.join("&", query);
    }

    private String pathSample(String name) {
      Parameter parameter =
          parameters.stream()
              .filter(p -> p.getIn().equals("path") && p.getName().equals(name))
              .findFirst()
              .orElse(null);
      Schema<?> schema = parameter == null ? null : parameter.getSchema();
      if (write) {
        return SampleValues.unknown(schema);
      }
      return parameter == null ? SampleValues.text(null) : sample(parameter);
    }

    private static String sample(Parameter parameter) {
      return parameter.getExample() != null
          ? String.valueOf(parameter.getExample())
          : SampleValues.text(parameter.getSchema());
    }
  }

  private Schema<?> resolved(Schema<?> schema) {
    if (schema != null && schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      return api.getComponents().getSchemas().get(name);
    }
    return schema;
  }

  private static byte[] multipartOf(List<String> parts, byte[] content) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (String part : parts) {
      body.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part
                  + "\"; filename=\""
                  + part
                  + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static byte[] asJson(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
  }
}
