package org.landscape.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.landscape.deploy.Kustomize.Resource;

/** Typed views of a rendered kustomization. */
final class Manifests {

  /** ConfigMaps that the manifests use but that are created outside kustomize (see the guide). */
  static final Set<String> EXTERNAL_CONFIG_MAPS = Set.of("landscape-jwt-public-key");

  final List<Resource> resources;

  Manifests(List<Resource> resources) {
    this.resources = resources;
  }

  static Manifests of(Kustomize.Target target) {
    return new Manifests(Kustomize.render(target));
  }

  Optional<Deployment> deployment(String name) {
    return Kustomize.find(resources, "Deployment", name)
        .map(r -> KubernetesSchema.read(r.json(), Deployment.class));
  }

  List<Deployment> deployments() {
    return Kustomize.ofKind(resources, "Deployment")
        .map(r -> KubernetesSchema.read(r.json(), Deployment.class))
        .toList();
  }

  List<NetworkPolicy> networkPolicies() {
    return Kustomize.ofKind(resources, "NetworkPolicy")
        .map(r -> KubernetesSchema.read(r.json(), NetworkPolicy.class))
        .toList();
  }

  Optional<ConfigMap> configMap(String name) {
    return Kustomize.find(resources, "ConfigMap", name)
        .map(r -> KubernetesSchema.read(r.json(), ConfigMap.class));
  }

  /** A generated ConfigMap by the name it was generated under (kustomize adds a hash suffix). */
  Optional<ConfigMap> generatedConfigMap(String name) {
    return Kustomize.ofKind(resources, "ConfigMap")
        .filter(r -> r.name().equals(name) || r.name().matches(name + "-[a-z0-9]{10}"))
        .findFirst()
        .map(r -> KubernetesSchema.read(r.json(), ConfigMap.class));
  }

  /**
   * The environment a container would see, from its envFrom ConfigMaps and its env. A value taken
   * from a Secret reads {@code secret:<name>/<key>}.
   */
  Map<String, String> environment(Container container) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (EnvFromSource source : container.getEnvFrom()) {
      if (source.getConfigMapRef() != null) {
        configMap(source.getConfigMapRef().getName())
            .ifPresent(map -> environment.putAll(map.getData()));
      }
    }
    for (EnvVar variable : container.getEnv()) {
      if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
        var ref = variable.getValueFrom().getSecretKeyRef();
        environment.put(variable.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
      } else if (variable.getValueFrom() != null
          && variable.getValueFrom().getConfigMapKeyRef() != null) {
        var ref = variable.getValueFrom().getConfigMapKeyRef();
        environment.put(
            variable.getName(),
            configMap(ref.getName()).map(m -> m.getData().get(ref.getKey())).orElse(null));
      } else {
        environment.put(variable.getName(), variable.getValue());
      }
    }
    return environment;
  }

  /** Names of the ConfigMaps the pods reference and that this rendering does not contain. */
  Set<String> missingConfigMaps() {
    Set<String> missing = new TreeSet<>();
    for (Deployment deployment : deployments()) {
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      for (Container container : pod.getContainers()) {
        for (EnvFromSource source : container.getEnvFrom()) {
          if (source.getConfigMapRef() != null) {
            missing.add(source.getConfigMapRef().getName());
          }
        }
        for (EnvVar variable : container.getEnv()) {
          if (variable.getValueFrom() != null
              && variable.getValueFrom().getConfigMapKeyRef() != null) {
            missing.add(variable.getValueFrom().getConfigMapKeyRef().getName());
          }
        }
      }
      for (Volume volume : pod.getVolumes()) {
        if (volume.getConfigMap() != null) {
          missing.add(volume.getConfigMap().getName());
        }
      }
    }
    missing.removeIf(name -> configMap(name).isPresent());
    return missing;
  }

  /** Every Secret the manifests reference (none is rendered: no secret values are committed). */
  Map<String, Set<String>> referencedSecrets() {
    Map<String, Set<String>> secrets = new TreeMap<>();
    for (Deployment deployment : deployments()) {
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      for (Container container : pod.getContainers()) {
        for (EnvFromSource source : container.getEnvFrom()) {
          if (source.getSecretRef() != null) {
            secrets.computeIfAbsent(source.getSecretRef().getName(), k -> new TreeSet<>());
          }
        }
        for (EnvVar variable : container.getEnv()) {
          if (variable.getValueFrom() != null
              && variable.getValueFrom().getSecretKeyRef() != null) {
            var ref = variable.getValueFrom().getSecretKeyRef();
            secrets.computeIfAbsent(ref.getName(), k -> new TreeSet<>()).add(ref.getKey());
          }
        }
      }
      for (Volume volume : pod.getVolumes()) {
        if (volume.getSecret() != null) {
          secrets.computeIfAbsent(volume.getSecret().getSecretName(), k -> new TreeSet<>());
        }
      }
      if (pod.getImagePullSecrets() != null) {
        pod.getImagePullSecrets()
            .forEach(s -> secrets.computeIfAbsent(s.getName(), k -> new TreeSet<>()));
      }
    }
    Kustomize.ofKind(resources, "Ingress")
        .flatMap(r -> stream(r.json().path("spec").path("tls")))
        .map(tls -> tls.path("secretName").asText())
        .forEach(name -> secrets.computeIfAbsent(name, k -> new TreeSet<>()).addAll(TLS_KEYS));
    Kustomize.ofKind(resources, "Cluster")
        .flatMap(r -> stream(r.json().path("spec").path("managed").path("roles")))
        .map(role -> role.path("passwordSecret").path("name").asText())
        .forEach(name -> secrets.computeIfAbsent(name, k -> new TreeSet<>()).addAll(BASIC_AUTH));
    Kustomize.ofKind(resources, "ObjectStore")
        .map(r -> r.json().path("spec").path("configuration").path("s3Credentials"))
        .flatMap(credentials -> stream(credentials))
        .filter(ref -> ref.has("name"))
        .forEach(
            ref ->
                secrets
                    .computeIfAbsent(ref.path("name").asText(), k -> new TreeSet<>())
                    .add(ref.path("key").asText()));
    secrets.remove("");
    return secrets;
  }

  static final Set<String> TLS_KEYS = Set.of("tls.crt", "tls.key");
  static final Set<String> BASIC_AUTH = Set.of("username", "password");

  private static Stream<JsonNode> stream(JsonNode node) {
    List<JsonNode> elements = new ArrayList<>();
    node.elements().forEachRemaining(elements::add);
    return elements.stream().filter(Objects::nonNull);
  }

  /** The labels of the namespace the overlay deploys into, as the API server would set them. */
  Map<String, String> namespaceLabels(String namespace) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("kubernetes.io/metadata.name", namespace);
    Kustomize.find(resources, "Namespace", namespace)
        .map(r -> r.json().path("metadata").path("labels"))
        .ifPresent(
            l -> l.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText())));
    return labels;
  }
}
