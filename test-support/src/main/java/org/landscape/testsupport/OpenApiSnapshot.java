package org.landscape.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The service's API as committed ({@code openapi.json} in the module) against the one it serves. A
 * difference fails the build; openapi-diff says which changes break clients (removed paths or
 * fields, narrowed types) and which do not. {@code -Dlandscape.openapi.write=true} rewrites the
 * committed document from the served one, for a change that is meant.
 */
public final class OpenApiSnapshot {

  public static final Path COMMITTED = Path.of("openapi.json");
  private static final String TEST_PROBES = "/test-support/";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OpenApiSnapshot() {}

  public static void assertServedIsCommitted(String served) {
    try {
      JsonNode servedTree = withoutTestProbes(JSON.readTree(served));
      String pretty = JSON.writeValueAsString(servedTree) + "\n";
      if (Boolean.getBoolean("landscape.openapi.write")) {
        Files.writeString(COMMITTED, pretty);
        return;
      }
      assertThat(COMMITTED)
          .as("the committed OpenAPI document; write it with -Dlandscape.openapi.write=true")
          .exists();
      String committed = Files.readString(COMMITTED);
      if (JSON.readTree(committed).equals(servedTree)) {
        return;
      }
      ChangedOpenApi diff = OpenApiCompare.fromContents(committed, pretty);
      String verdict =
          diff.isIncompatible()
              ? "BREAKING: the served API breaks clients of the committed one"
              : "the served API differs compatibly from the committed one";
      throw new AssertionError(
          verdict
              + " (if meant, rewrite "
              + COMMITTED.toAbsolutePath()
              + " with -Dlandscape.openapi.write=true and commit it)\n"
              + render(diff));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The document without the paths test-support serves in tests only (the failure probe). */
  private static JsonNode withoutTestProbes(JsonNode document) {
    if (document.path("paths") instanceof ObjectNode paths) {
      List<String> probes = new ArrayList<>();
      paths.fieldNames().forEachRemaining(probes::add);
      probes.removeIf(path -> !path.startsWith(TEST_PROBES));
      paths.remove(probes);
    }
    return document;
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(text, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException | RuntimeException unrenderable) {
      return "(the difference could not be rendered: " + unrenderable.getMessage() + ")";
    }
    return text.toString(StandardCharsets.UTF_8);
  }
}
