package org.landscape.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscape.deploy.Kustomize.Resource;
import org.landscape.deploy.Kustomize.Target;

/** Checks that hold for the base and for every overlay. */
class RenderedManifestsTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void everyObjectMatchesTheKubernetesSchemas(Target target) {
    List<Resource> resources = Kustomize.render(target);
    assertThat(resources).as("objects rendered from %s", target.path).isNotEmpty();

    List<String> problems =
        resources.stream().flatMap(r -> KubernetesSchema.problems(r.json()).stream()).toList();

    assertThat(problems)
        .as("%s: objects that the API server would reject or that are not expected", target.path)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void objectsAreUniqueAndInTheOverlaysNamespace(Target target) {
    List<Resource> resources = Kustomize.render(target);

    assertThat(resources.stream().map(r -> r.apiVersion() + " " + r.id()))
        .as("%s: duplicate objects", target.path)
        .doesNotHaveDuplicates();
    if (target.isOverlay()) {
      assertThat(resources)
          .filteredOn(r -> !r.kind().equals("Namespace"))
          .as("%s: objects outside namespace %s", target.path, target.namespace)
          .allSatisfy(r -> assertThat(r.namespace()).as(r.id()).isEqualTo(target.namespace));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void noSecretValuesAreCommitted(Target target) {
    Manifests manifests = Manifests.of(target);

    assertThat(manifests.resources)
        .as("%s: Secrets are created by the operator of the cluster", target.path)
        .noneMatch(r -> r.kind().equals("Secret"));
    for (Deployment deployment : manifests.deployments()) {
      for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
        assertThat(container.getEnv())
            .as("%s: %s sets a secret-looking variable in clear", target.path, container.getName())
            .noneMatch(
                env -> env.getValue() != null && env.getName().matches(".*(PASSWORD|SECRET).*"));
      }
    }
    assertThat(manifests.resources)
        .filteredOn(r -> r.kind().equals("ConfigMap"))
        .flatExtracting(r -> iterable(r.json().path("data").fieldNames()))
        .as("%s: ConfigMap keys that look secret", target.path)
        .noneMatch(key -> key.matches(".*(PASSWORD|SECRET).*"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void everyDeploymentIsProbedLimitedAndLockedDown(Target target) {
    Manifests manifests = Manifests.of(target);
    List<Deployment> deployments = manifests.deployments();
    assertThat(deployments).as("%s: Deployments", target.path).isNotEmpty();

    List<String> problems = new ArrayList<>();
    for (Deployment deployment : deployments) {
      String name = deployment.getMetadata().getName();
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
        problems.add(name + ": automountServiceAccountToken must be false");
      }
      ServiceAccount account =
          Kustomize.find(manifests.resources, "ServiceAccount", pod.getServiceAccountName())
              .map(r -> KubernetesSchema.read(r.json(), ServiceAccount.class))
              .orElse(null);
      if (account == null) {
        problems.add(name + ": its ServiceAccount " + pod.getServiceAccountName() + " is missing");
      } else if (!Boolean.FALSE.equals(account.getAutomountServiceAccountToken())) {
        problems.add(name + ": ServiceAccount must set automountServiceAccountToken: false");
      }
      for (Container container : pod.getContainers()) {
        String where = name + "/" + container.getName();
        checkProbes(where, container, problems);
        checkResources(where, container.getResources(), problems);
        checkSecurity(where, pod.getSecurityContext(), container.getSecurityContext(), problems);
        checkTmp(where, pod.getVolumes(), container.getVolumeMounts(), problems);
        if (target.isOverlay()
            && (!container.getImage().contains(":") || container.getImage().endsWith(":latest"))) {
          problems.add(where + ": image " + container.getImage() + " needs a fixed tag");
        }
      }
    }
    assertThat(problems).as("%s: Deployment problems", target.path).isEmpty();
  }

  private static void checkProbes(String where, Container container, List<String> problems) {
    Set<String> portNames =
        container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
    checkProbe(
        where,
        "startupProbe",
        container.getStartupProbe(),
        Set.of("/q/health/started", "/q/health/live"),
        portNames,
        problems);
    checkProbe(
        where,
        "livenessProbe",
        container.getLivenessProbe(),
        Set.of("/q/health/live"),
        portNames,
        problems);
    checkProbe(
        where,
        "readinessProbe",
        container.getReadinessProbe(),
        Set.of("/q/health/ready"),
        portNames,
        problems);
  }

  private static void checkProbe(
      String where,
      String kind,
      Probe probe,
      Set<String> paths,
      Set<String> portNames,
      List<String> problems) {
    if (probe == null) {
      problems.add(where + ": no " + kind);
      return;
    }
    if (probe.getHttpGet() == null || !paths.contains(probe.getHttpGet().getPath())) {
      problems.add(where + ": " + kind + " must be an HTTP GET of one of " + paths);
      return;
    }
    var port = probe.getHttpGet().getPort();
    if (port == null || (port.getStrVal() != null && !portNames.contains(port.getStrVal()))) {
      problems.add(where + ": " + kind + " probes port " + port + ", which the container lacks");
    }
  }

  private static void checkResources(
      String where, ResourceRequirements resources, List<String> problems) {
    Map<String, Quantity> requests = resources == null ? Map.of() : resources.getRequests();
    Map<String, Quantity> limits = resources == null ? Map.of() : resources.getLimits();
    for (String resource : List.of("cpu", "memory")) {
      Quantity request = requests.get(resource);
      Quantity limit = limits.get(resource);
      if (request == null) {
        problems.add(where + ": no " + resource + " request");
      }
      if (limit == null) {
        problems.add(where + ": no " + resource + " limit");
      }
      if (request != null
          && limit != null
          && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
        problems.add(where + ": " + resource + " request " + request + " exceeds limit " + limit);
      }
    }
  }

  private static void checkSecurity(
      String where, PodSecurityContext pod, SecurityContext container, List<String> problems) {
    PodSecurityContext p = Objects.requireNonNullElseGet(pod, PodSecurityContext::new);
    SecurityContext c = Objects.requireNonNullElseGet(container, SecurityContext::new);
    if (!Boolean.TRUE.equals(p.getRunAsNonRoot()) || !Boolean.TRUE.equals(c.getRunAsNonRoot())) {
      problems.add(where + ": runAsNonRoot must be true for the pod and the container");
    }
    Long user = c.getRunAsUser() != null ? c.getRunAsUser() : p.getRunAsUser();
    if (user == null || user == 0) {
      problems.add(where + ": runAsUser must be a numeric non-root user");
    }
    if (!Boolean.TRUE.equals(c.getReadOnlyRootFilesystem())) {
      problems.add(where + ": readOnlyRootFilesystem must be true");
    }
    if (!Boolean.FALSE.equals(c.getAllowPrivilegeEscalation())) {
      problems.add(where + ": allowPrivilegeEscalation must be false");
    }
    if (Boolean.TRUE.equals(c.getPrivileged())) {
      problems.add(where + ": must not be privileged");
    }
    Capabilities capabilities = c.getCapabilities();
    if (capabilities == null
        || !capabilities.getDrop().contains("ALL")
        || !capabilities.getAdd().isEmpty()) {
      problems.add(where + ": capabilities must drop ALL and add none");
    }
    SeccompProfile podProfile = p.getSeccompProfile();
    SeccompProfile profile = c.getSeccompProfile() != null ? c.getSeccompProfile() : podProfile;
    if (podProfile == null
        || !"RuntimeDefault".equals(podProfile.getType())
        || !"RuntimeDefault".equals(profile.getType())) {
      problems.add(where + ": seccompProfile must be RuntimeDefault");
    }
  }

  private static void checkTmp(
      String where, List<Volume> volumes, List<VolumeMount> mounts, List<String> problems) {
    Map<String, Volume> byName =
        volumes.stream().collect(Collectors.toMap(Volume::getName, Function.identity()));
    boolean tmp =
        mounts.stream()
            .anyMatch(
                m ->
                    m.getMountPath().equals("/tmp")
                        && byName.containsKey(m.getName())
                        && byName.get(m.getName()).getEmptyDir() != null);
    if (!tmp) {
      problems.add(where + ": needs an emptyDir at /tmp (the root file system is read-only)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void everyServiceIsConfiguredForItsPortDatabaseAndPeers(Target target) {
    Manifests manifests = Manifests.of(target);
    List<String> problems = new ArrayList<>();
    for (Landscape.Service service : Landscape.SERVICES) {
      Deployment deployment = manifests.deployment(service.name()).orElse(null);
      if (deployment == null) {
        problems.add(service.name() + ": no Deployment");
        continue;
      }
      Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      String where = service.name() + ": ";
      if (container.getPorts().stream()
          .noneMatch(p -> "http".equals(p.getName()) && p.getContainerPort() == service.port())) {
        problems.add(where + "container port 'http' must be " + service.port());
      }
      Map<String, String> env = manifests.environment(container);
      expect(problems, where, env, "QUARKUS_HTTP_PORT", String.valueOf(service.port()));
      expect(
          problems,
          where,
          env,
          "LANDSCAPE_DB_URL",
          "jdbc:postgresql://"
              + Landscape.DATABASE_CLUSTER
              + "-rw:5432/"
              + service.database()
              + "?sslmode=require");
      String secret = service.database() + "-db-credentials";
      expect(problems, where, env, "LANDSCAPE_DB_USER", "secret:" + secret + "/username");
      expect(problems, where, env, "LANDSCAPE_DB_PASSWORD", "secret:" + secret + "/password");
      for (String required :
          List.of("LANDSCAPE_JWT_ISSUER", "LANDSCAPE_OPEN_READS", "QUARKUS_OTEL_SDK_DISABLED")) {
        if (env.get(required) == null) {
          problems.add(where + required + " is not set");
        }
      }
      if (target.isOverlay() && env.get("LANDSCAPE_JWT_KEY_LOCATION") == null) {
        problems.add(where + "LANDSCAPE_JWT_KEY_LOCATION is not set: every token would be refused");
      }
      Map<String, String> peers =
          env.entrySet().stream()
              .filter(e -> e.getKey().matches("QUARKUS_REST_CLIENT_.*_URL"))
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      Map<String, String> expectedPeers =
          Landscape.callees(service.name()).stream()
              .collect(
                  Collectors.toMap(
                      callee -> "QUARKUS_REST_CLIENT_" + callee.clientName().toUpperCase() + "_URL",
                      callee -> "http://" + callee.name() + ":" + callee.port()));
      if (!peers.equals(expectedPeers)) {
        problems.add(where + "peer URLs " + peers + " do not match its calls " + expectedPeers);
      }
      Service kubeService =
          Kustomize.find(manifests.resources, "Service", service.name())
              .map(r -> KubernetesSchema.read(r.json(), Service.class))
              .orElse(null);
      if (kubeService == null
          || kubeService.getSpec().getPorts().stream()
              .noneMatch(p -> p.getPort() == service.port() && "http".equals(p.getName()))
          || !deployment
              .getSpec()
              .getTemplate()
              .getMetadata()
              .getLabels()
              .entrySet()
              .containsAll(kubeService.getSpec().getSelector().entrySet())) {
        problems.add(where + "needs a Service on port " + service.port() + " selecting its pods");
      }
    }
    Set<String> missing = manifests.missingConfigMaps();
    missing.removeAll(Manifests.EXTERNAL_CONFIG_MAPS);
    if (!missing.isEmpty()) {
      problems.add("ConfigMaps referenced but neither rendered nor documented: " + missing);
    }
    assertThat(problems).as("%s: service configuration", target.path).isEmpty();
  }

  private static void expect(
      List<String> problems, String where, Map<String, String> env, String name, String value) {
    if (!Objects.equals(env.get(name), value)) {
      problems.add(where + name + " is " + env.get(name) + ", expected " + value);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void everyServiceHasItsDatabaseAndRoleInTheCluster(Target target) {
    List<Resource> resources = Kustomize.render(target);
    Resource cluster = Kustomize.get(resources, "Cluster", Landscape.DATABASE_CLUSTER);
    Map<String, String> passwordSecrets =
        iterable(cluster.json().path("spec").path("managed").path("roles").elements()).stream()
            .collect(
                Collectors.toMap(
                    role -> role.path("name").asText(),
                    role -> role.path("passwordSecret").path("name").asText()));
    Map<String, String> databaseOwners =
        Kustomize.ofKind(resources, "Database")
            .map(Resource::json)
            .peek(
                database ->
                    assertThat(database.path("spec").path("cluster").path("name").asText())
                        .as("cluster of Database %s", database.path("metadata").path("name"))
                        .isEqualTo(Landscape.DATABASE_CLUSTER))
            .collect(
                Collectors.toMap(
                    database -> database.path("spec").path("name").asText(),
                    database -> database.path("spec").path("owner").asText()));

    Map<String, String> expectedSecrets =
        Landscape.SERVICES.stream()
            .collect(
                Collectors.toMap(
                    Landscape.Service::database, s -> s.database() + "-db-credentials"));
    Map<String, String> expectedOwners =
        Landscape.SERVICES.stream()
            .collect(Collectors.toMap(Landscape.Service::database, Landscape.Service::database));
    assertThat(passwordSecrets)
        .as("%s: managed roles and their Secrets", target.path)
        .isEqualTo(expectedSecrets);
    assertThat(databaseOwners)
        .as("%s: databases and their owners", target.path)
        .isEqualTo(expectedOwners);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void theConnectionPoolsFitTheDatabase(Target target) {
    Manifests manifests = Manifests.of(target);
    JsonNode cluster =
        Kustomize.get(manifests.resources, "Cluster", Landscape.DATABASE_CLUSTER).json();
    int maxConnections =
        Integer.parseInt(
            cluster
                .path("spec")
                .path("postgresql")
                .path("parameters")
                .path("max_connections")
                .asText("100"));
    int needed = 10; // superuser and replication connections, and some room for an operator
    StringBuilder sum = new StringBuilder();
    for (Landscape.Service service : Landscape.SERVICES) {
      Deployment deployment = manifests.deployment(service.name()).orElseThrow();
      Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      int pool =
          Integer.parseInt(
              manifests.environment(container).getOrDefault("LANDSCAPE_DB_POOL_SIZE", "20"));
      int pods =
          Kustomize.find(manifests.resources, "HorizontalPodAutoscaler", service.name())
                  .map(r -> r.json().path("spec").path("maxReplicas").asInt())
                  .orElse(deployment.getSpec().getReplicas())
              + 1;
      needed += pods * pool;
      sum.append(String.format(" + %d pods x %d (%s)", pods, pool, service.name()));
    }
    assertThat(needed)
        .as(
            "%s: connections at full scale during a rollout (10%s) against max_connections",
            target.path, sum)
        .isLessThanOrEqualTo(maxConnections);
  }

  @Test
  void theSchemaCheckRejectsUnknownFieldsAndWrongTypes() throws Exception {
    String valid =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: probe-typo
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: x
          template:
            metadata:
              labels:
                app: x
            spec:
              containers:
                - name: x
                  image: x:1
                  livenessProbe:
                    httpGet:
                      path: /q/health/live
                      port: http
        """;
    assertThat(KubernetesSchema.problems(Kustomize.parse(valid).get(0).json())).isEmpty();

    List<String> typo =
        KubernetesSchema.problems(
            Kustomize.parse(valid.replace("livenessProbe:", "livenesProbe:")).get(0).json());
    assertThat(typo)
        .singleElement(STRING)
        .contains("unknown field 'livenesProbe'", "spec.template.spec.containers[0]");

    List<String> wrongType =
        KubernetesSchema.problems(
            Kustomize.parse(valid.replace("replicas: 2", "replicas: two")).get(0).json());
    assertThat(wrongType).singleElement(STRING).contains("spec.replicas");

    List<String> unknownKind =
        KubernetesSchema.problems(
            Kustomize.parse(valid.replace("kind: Deployment", "kind: Deploymnet")).get(0).json());
    assertThat(unknownKind).singleElement(STRING).contains("not a kind the deployment may use");
  }

  @Test
  void theCustomResourceCheckRejectsUnknownSpecFields() throws Exception {
    String cluster =
        """
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata:
          name: db
        spec:
          instance: 3
          storage:
            size: 1Gi
        """;
    assertThat(KubernetesSchema.problems(Kustomize.parse(cluster).get(0).json()))
        .anySatisfy(p -> assertThat(p).contains("unknown field 'instance'"))
        .anySatisfy(p -> assertThat(p).contains("spec.instances"));
  }

  static <T> List<T> iterable(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
