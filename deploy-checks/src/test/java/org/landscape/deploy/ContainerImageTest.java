package org.landscape.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.landscape.deploy.Kustomize.Target;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The image build and the compose file agree with the services and with the manifests. */
class ContainerImageTest {

  private static String dockerfile() throws IOException {
    return Files.readString(Kustomize.deployDir().resolve("docker/Dockerfile.jvm"))
        .replace("\\\n", " ");
  }

  @Test
  void theImageRunsTheFastJarAsANumericNonRootUserWithoutAShell() throws IOException {
    String dockerfile = dockerfile();

    assertThat(dockerfile).containsPattern("(?m)^FROM \\S*(openjdk-21|21-jre)\\S*$");
    assertThat(dockerfile).containsPattern("(?m)^ARG SERVICE\\s*$");
    for (String part : List.of("lib/", "app/", "quarkus/", "quarkus-run.jar")) {
      assertThat(dockerfile)
          .as("copies %s", part)
          .containsPattern("(?m)^COPY \\$\\{SERVICE\\}/target/quarkus-app/" + Pattern.quote(part));
    }
    Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT (.*)$").matcher(dockerfile);
    assertThat(entrypoint.find()).as("an ENTRYPOINT").isTrue();
    assertThat(entrypoint.group(1).trim())
        .as("ENTRYPOINT in exec form")
        .startsWith("[")
        .contains("\"-XX:MaxRAMPercentage=75\"", "\"-XX:+ExitOnOutOfMemoryError\"")
        .contains("\"/deployments/quarkus-run.jar\"");
    assertThat(dockerfile).doesNotContainPattern("(?m)^(CMD|HEALTHCHECK) ");
  }

  @Test
  void theImageUserIsTheUserThePodsRunAs() throws IOException {
    Matcher user = Pattern.compile("(?m)^USER (\\S+)\\s*$").matcher(dockerfile());
    String last = null;
    while (user.find()) {
      last = user.group(1);
    }
    assertThat(last).as("the image's USER").isNotNull().matches("[1-9][0-9]*");
    for (Deployment deployment : Manifests.of(Target.PRODUCTION).deployments()) {
      var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertThat(container.getSecurityContext().getRunAsUser())
          .as("runAsUser of %s", deployment.getMetadata().getName())
          .isEqualTo(Long.parseLong(last));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeBuildsTheFourServicesAgainstPostgres17() throws IOException {
    Path compose = Kustomize.deployDir().resolve("compose/compose.yaml");
    Map<String, Object> file;
    try (Reader reader = Files.newBufferedReader(compose)) {
      file = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    }
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) file.get("services");

    assertThat(services.get("postgres")).containsEntry("image", "postgres:17");
    for (Landscape.Service service : Landscape.SERVICES) {
      Map<String, Object> definition = services.get(service.name());
      assertThat(definition).as(service.name()).isNotNull();
      Map<String, Object> build = (Map<String, Object>) definition.get("build");
      assertThat(build)
          .as("%s build", service.name())
          .containsEntry("dockerfile", "deploy/docker/Dockerfile.jvm")
          .containsEntry("args", Map.of("SERVICE", service.name()));
      assertThat(compose.getParent().resolve((String) build.get("context")).resolve("pom.xml"))
          .as("%s: the build context is the repository root", service.name())
          .exists();
      Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
      assertThat(environment)
          .as("%s environment", service.name())
          .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(service.port()))
          .containsEntry(
              "LANDSCAPE_DB_URL", "jdbc:postgresql://postgres:5432/" + service.database())
          .containsEntry("LANDSCAPE_JWT_KEY_LOCATION", "/etc/landscape/jwt/public-key.pem");
      Map<String, Object> peers =
          environment.entrySet().stream()
              .filter(e -> e.getKey().matches("QUARKUS_REST_CLIENT_.*_URL"))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      assertThat(peers)
          .as("%s peers", service.name())
          .isEqualTo(
              Landscape.callees(service.name()).stream()
                  .collect(
                      Collectors.toMap(
                          c -> "QUARKUS_REST_CLIENT_" + c.clientName().toUpperCase() + "_URL",
                          c -> "http://" + c.name() + ":" + c.port())));
      assertThat((List<String>) definition.get("volumes"))
          .as("%s mounts the development public key read-only", service.name())
          .contains("../../config/dev-jwt/public-key.pem:/etc/landscape/jwt/public-key.pem:ro");
    }
    assertThat(compose.getParent().resolve("../../config/dev-jwt/public-key.pem")).exists();

    String init = Files.readString(compose.getParent().resolve("initdb/10-landscape.sql"));
    assertThat(init).contains("CREATE ROLE landscape LOGIN");
    for (Landscape.Service service : Landscape.SERVICES) {
      assertThat(init).contains("CREATE DATABASE " + service.database() + " OWNER landscape;");
    }
  }
}
