package org.landscape.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.landscape.deploy.Kustomize.Resource;
import org.landscape.deploy.Kustomize.Target;

/** What each overlay must hold, object by object. */
class OverlayContentsTest {

  @Test
  void productionRendersEveryExpectedObject() {
    List<Resource> resources = Kustomize.render(Target.PRODUCTION);
    Manifests manifests = new Manifests(resources);
    List<String> missing = new ArrayList<>();

    for (Landscape.Service service : Landscape.SERVICES) {
      String name = service.name();
      for (String kind :
          List.of(
              "Deployment",
              "Service",
              "ServiceAccount",
              "PodDisruptionBudget",
              "HorizontalPodAutoscaler")) {
        require(resources, kind, name, missing);
      }
      require(resources, "NetworkPolicy", name + "-ingress", missing);
      require(resources, "NetworkPolicy", name + "-egress", missing);
      require(resources, "Database", "landscape-db-" + service.database(), missing);
      if (manifests.generatedConfigMap(name + "-config").isEmpty()) {
        missing.add("ConfigMap/" + name + "-config-<hash>");
      }
    }
    for (String policy :
        List.of(
            "default-deny-all",
            "allow-dns-egress",
            "landscape-db-ingress",
            "landscape-db-egress",
            "allow-egress-jwks-https")) {
      require(resources, "NetworkPolicy", policy, missing);
    }
    require(resources, "Namespace", "landscape", missing);
    require(resources, "Ingress", "landscape", missing);
    require(resources, "Cluster", Landscape.DATABASE_CLUSTER, missing);
    require(resources, "ObjectStore", "landscape-db-backups", missing);
    require(resources, "ScheduledBackup", "landscape-db-nightly", missing);
    if (manifests.generatedConfigMap("landscape-config").isEmpty()) {
      missing.add("ConfigMap/landscape-config-<hash>");
    }
    assertThat(missing).as("objects missing from overlays/production").isEmpty();
  }

  @Test
  void productionRunsAtLeastTwoOfEverythingAndThreeDatabaseInstances() {
    List<Resource> resources = Kustomize.render(Target.PRODUCTION);
    List<String> problems = new ArrayList<>();
    for (Landscape.Service service : Landscape.SERVICES) {
      String name = service.name();
      Deployment deployment =
          KubernetesSchema.read(
              Kustomize.get(resources, "Deployment", name).json(), Deployment.class);
      if (deployment.getSpec().getReplicas() == null || deployment.getSpec().getReplicas() < 2) {
        problems.add(name + ": replicas must be at least 2");
      }
      HorizontalPodAutoscaler hpa =
          KubernetesSchema.read(
              Kustomize.get(resources, "HorizontalPodAutoscaler", name).json(),
              HorizontalPodAutoscaler.class);
      if (hpa.getSpec().getMinReplicas() != 2 || hpa.getSpec().getMaxReplicas() < 4) {
        problems.add(name + ": HPA must scale from 2 to about 6");
      }
      if (!hpa.getSpec().getScaleTargetRef().getName().equals(name)
          || !hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment")) {
        problems.add(name + ": HPA must scale its Deployment");
      }
      if (hpa.getSpec().getMetrics().isEmpty()) {
        problems.add(name + ": HPA has no metric");
      }
      PodDisruptionBudget pdb =
          KubernetesSchema.read(
              Kustomize.get(resources, "PodDisruptionBudget", name).json(),
              PodDisruptionBudget.class);
      if (pdb.getSpec().getMinAvailable() == null
          || pdb.getSpec().getMinAvailable().getIntVal() == null
          || pdb.getSpec().getMinAvailable().getIntVal() != 1
          || pdb.getSpec().getMaxUnavailable() != null) {
        problems.add(name + ": PDB must keep minAvailable 1");
      }
      if (!deployment
          .getSpec()
          .getTemplate()
          .getMetadata()
          .getLabels()
          .entrySet()
          .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet())) {
        problems.add(name + ": PDB does not select its pods");
      }
    }
    JsonNode cluster = Kustomize.get(resources, "Cluster", Landscape.DATABASE_CLUSTER).json();
    if (cluster.path("spec").path("instances").asInt() != 3) {
      problems.add("Cluster: production runs 3 PostgreSQL instances");
    }
    if (!cluster.path("spec").path("plugins").toString().contains("barman-cloud")) {
      problems.add("Cluster: WAL archiving through the Barman Cloud plugin is not configured");
    }
    assertThat(problems).as("overlays/production").isEmpty();
  }

  @Test
  void devRunsOneOfEverythingWithoutTheJwksEgress() {
    List<Resource> resources = Kustomize.render(Target.DEV);
    for (Landscape.Service service : Landscape.SERVICES) {
      Deployment deployment =
          KubernetesSchema.read(
              Kustomize.get(resources, "Deployment", service.name()).json(), Deployment.class);
      assertThat(deployment.getSpec().getReplicas()).as(service.name()).isEqualTo(1);
      PodDisruptionBudget pdb =
          KubernetesSchema.read(
              Kustomize.get(resources, "PodDisruptionBudget", service.name()).json(),
              PodDisruptionBudget.class);
      assertThat(pdb.getSpec().getMinAvailable())
          .as("%s: with one replica, minAvailable 1 would block every node drain", service.name())
          .isNull();
    }
    assertThat(
            Kustomize.get(resources, "Cluster", Landscape.DATABASE_CLUSTER)
                .json()
                .path("spec")
                .path("instances")
                .asInt())
        .isEqualTo(1);
    assertThat(Kustomize.find(resources, "NetworkPolicy", "allow-egress-jwks-https")).isEmpty();
  }

  @Test
  void eachOverlayExposesTheFourServicesOverTls() {
    for (Target target : List.of(Target.DEV, Target.PRODUCTION)) {
      Ingress ingress =
          KubernetesSchema.read(
              Kustomize.get(Kustomize.render(target), "Ingress", "landscape").json(),
              Ingress.class);
      Map<String, String> backends =
          ingress.getSpec().getRules().stream()
              .collect(
                  Collectors.toMap(
                      IngressRule::getHost,
                      rule ->
                          rule.getHttp().getPaths().get(0).getBackend().getService().getName()));
      assertThat(backends.values())
          .as("%s: services behind the ingress", target.path)
          .containsExactlyInAnyOrderElementsOf(
              Landscape.SERVICES.stream().map(Landscape.Service::name).toList());
      assertThat(backends.keySet())
          .as("%s: host names", target.path)
          .noneMatch(host -> host.endsWith(".invalid"));
      assertThat(ingress.getSpec().getTls())
          .as("%s: TLS for every host", target.path)
          .singleElement()
          .satisfies(
              tls -> {
                assertThat(tls.getSecretName()).isNotBlank();
                assertThat(tls.getHosts()).containsExactlyInAnyOrderElementsOf(backends.keySet());
              });
    }
  }

  private static void require(
      List<Resource> resources, String kind, String name, List<String> missing) {
    if (Kustomize.find(resources, kind, name).isEmpty()) {
      missing.add(kind + "/" + name);
    }
  }
}
