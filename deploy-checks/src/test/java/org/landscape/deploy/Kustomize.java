package org.landscape.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders the kustomizations under deploy/kubernetes with {@code kubectl kustomize}, offline, and
 * parses the result. Without kubectl the checks fail (they do not skip): CI machines have it.
 */
final class Kustomize {

  /** What can be rendered: the base and every overlay. */
  enum Target {
    BASE("base", null),
    DEV("overlays/dev", "landscape-dev"),
    PRODUCTION("overlays/production", "landscape");

    final String path;
    final String namespace;

    Target(String path, String namespace) {
      this.path = path;
      this.namespace = namespace;
    }

    boolean isOverlay() {
      return namespace != null;
    }
  }

  /** One rendered object: its identity, and the object itself as parsed YAML. */
  record Resource(String apiVersion, String kind, String name, String namespace, JsonNode json) {

    String id() {
      return kind + "/" + name;
    }

    @Override
    public String toString() {
      return apiVersion + " " + id();
    }
  }

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Map<Path, List<Resource>> RENDERED = new ConcurrentHashMap<>();

  static Path deployDir() {
    Path dir = Path.of(System.getProperty("landscape.deploy.dir", "../deploy")).normalize();
    if (!Files.isDirectory(dir.resolve("kubernetes"))) {
      throw new AssertionError("deploy/kubernetes not found at " + dir.toAbsolutePath());
    }
    return dir;
  }

  static Path kubernetesDir() {
    return deployDir().resolve("kubernetes");
  }

  static List<Resource> render(Target target) {
    return render(kubernetesDir().resolve(target.path));
  }

  /** Renders a kustomization directory (cached: the manifests do not change during a run). */
  static List<Resource> render(Path kustomization) {
    return RENDERED.computeIfAbsent(kustomization.toAbsolutePath().normalize(), Kustomize::run);
  }

  static Optional<Resource> find(List<Resource> resources, String kind, String name) {
    return resources.stream()
        .filter(r -> r.kind().equals(kind) && r.name().equals(name))
        .findFirst();
  }

  static Resource get(List<Resource> resources, String kind, String name) {
    return find(resources, kind, name)
        .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " among " + resources));
  }

  static Stream<Resource> ofKind(List<Resource> resources, String kind) {
    return resources.stream().filter(r -> r.kind().equals(kind));
  }

  /** The kubectl to run: $KUBECTL, else the first on the PATH. */
  static String kubectl() {
    String configured = System.getenv("KUBECTL");
    if (configured != null && !configured.isBlank()) {
      if (!Files.isExecutable(Path.of(configured))) {
        throw new AssertionError(
            "KUBECTL is " + configured + ", which is not an executable kubectl");
      }
      return configured;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError(
        "kubectl not found on the PATH (nor in $KUBECTL): the deployment checks render the"
            + " kustomizations with `kubectl kustomize` (kubectl 1.27 or newer, kustomize v5)."
            + " Install kubectl, or set KUBECTL to its path.");
  }

  private static List<Resource> run(Path kustomization) {
    String kubectl = kubectl();
    try {
      Path errors = Files.createTempFile("kustomize", ".err");
      try {
        Process process =
            new ProcessBuilder(kubectl, "kustomize", kustomization.toString())
                .redirectError(errors.toFile())
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("kubectl kustomize " + kustomization + " did not finish");
        }
        if (process.exitValue() != 0) {
          throw new AssertionError(
              "kubectl kustomize "
                  + kustomization
                  + " failed (exit "
                  + process.exitValue()
                  + "):\n"
                  + Files.readString(errors));
        }
        return parse(new String(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(errors);
      }
    } catch (IOException e) {
      throw new AssertionError("could not run " + kubectl + " kustomize " + kustomization, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while rendering " + kustomization, e);
    }
  }

  /** Splits a multi-document YAML stream into its objects. */
  static List<Resource> parse(String yaml) throws IOException {
    List<Resource> resources = new ArrayList<>();
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document == null || document.isNull() || document.isEmpty()) {
          continue;
        }
        JsonNode metadata = document.path("metadata");
        resources.add(
            new Resource(
                document.path("apiVersion").asText(),
                document.path("kind").asText(),
                metadata.path("name").asText(),
                metadata.path("namespace").asText(null),
                document));
      }
    }
    return List.copyOf(resources);
  }

  private Kustomize() {}
}
