package org.landscape.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscape.deploy.Kustomize.Target;
import org.landscape.deploy.Landscape.Call;
import org.landscape.deploy.NetworkModel.Endpoint;

/**
 * The NetworkPolicies allow exactly what docs/architecture.md and deploy/README.md describe. The
 * allowed connections are computed from the rendered policies and the pods' labels, over a small
 * model of the cluster: the four services, the PostgreSQL instances, kube-dns, the ingress
 * controller, Prometheus, the CloudNativePG operator, strangers, and addresses outside.
 */
class NetworkPolicyTest {

  private static final String TCP = "TCP";
  private static final String UDP = "UDP";

  /** The model of one rendering: its policies and the endpoints they are evaluated for. */
  private record Cluster(
      NetworkModel network,
      Map<String, Endpoint> services,
      Endpoint database,
      Endpoint dns,
      Endpoint ingressController,
      Endpoint prometheus,
      Endpoint operator,
      Endpoint strangerHere,
      Endpoint strangerElsewhere,
      Endpoint identityProvider,
      Endpoint apiServer) {}

  private static Cluster model(Target target) {
    Manifests manifests = Manifests.of(target);
    String namespace = target.isOverlay() ? target.namespace : "default";
    Map<String, String> namespaceLabels = manifests.namespaceLabels(namespace);

    Map<String, Endpoint> services = new LinkedHashMap<>();
    int host = 10;
    for (Landscape.Service service : Landscape.SERVICES) {
      Deployment deployment =
          manifests
              .deployment(service.name())
              .orElseThrow(() -> new AssertionError("no Deployment " + service.name()));
      Map<String, Integer> ports =
          deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
              .filter(p -> p.getName() != null)
              .collect(Collectors.toMap(p -> p.getName(), p -> p.getContainerPort()));
      services.put(
          service.name(),
          Endpoint.pod(
              service.name(),
              namespace,
              namespaceLabels,
              deployment.getSpec().getTemplate().getMetadata().getLabels(),
              "10.244.1." + host++,
              ports));
    }
    return new Cluster(
        new NetworkModel(manifests.networkPolicies(), namespace),
        services,
        Endpoint.pod(
            "postgresql",
            namespace,
            namespaceLabels,
            Map.of(
                "cnpg.io/cluster", Landscape.DATABASE_CLUSTER,
                "cnpg.io/instanceRole", "primary",
                "cnpg.io/podRole", "instance"),
            "10.244.2.10",
            Map.of("postgresql", 5432, "metrics", 9187, "status", 8000)),
        system("kube-dns", "kube-system", Map.of(), Map.of("k8s-app", "kube-dns"), "10.244.0.10"),
        system(
            "ingress-controller",
            "ingress-nginx",
            Map.of("landscape/ingress-controller", "true"),
            Map.of("app.kubernetes.io/name", "ingress-nginx"),
            "10.244.3.10"),
        system(
            "prometheus",
            "monitoring",
            Map.of("landscape/monitoring", "true"),
            Map.of("app.kubernetes.io/name", "prometheus"),
            "10.244.4.10"),
        system(
            "cnpg-operator",
            "cnpg-system",
            Map.of(),
            Map.of("app.kubernetes.io/name", "cloudnative-pg"),
            "10.244.5.10"),
        Endpoint.pod(
            "a stranger pod in " + namespace,
            namespace,
            namespaceLabels,
            Map.of("app", "debug"),
            "10.244.1.99",
            Map.of()),
        system("a stranger pod elsewhere", "other", Map.of(), Map.of("app", "x"), "10.244.6.10"),
        Endpoint.external("the identity provider", "203.0.113.10"),
        Endpoint.external("the Kubernetes API server", "192.0.2.1"));
  }

  private static Endpoint system(
      String name,
      String namespace,
      Map<String, String> namespaceLabels,
      Map<String, String> labels,
      String address) {
    Map<String, String> allLabels = new LinkedHashMap<>(namespaceLabels);
    allLabels.put("kubernetes.io/metadata.name", namespace);
    return Endpoint.pod(name, namespace, allLabels, labels, address, Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void servicesMayCallExactlyTheDocumentedCallGraph(Target target) {
    Cluster cluster = model(target);
    NetworkModel network = cluster.network();

    Set<Call> allowed = new LinkedHashSet<>();
    List<String> halfOpen = new ArrayList<>();
    for (Endpoint from : cluster.services().values()) {
      for (Endpoint to : cluster.services().values()) {
        if (from == to) {
          continue;
        }
        int port = Landscape.service(to.name()).port();
        boolean egress = network.egressAllows(from, to, port, TCP);
        boolean ingress = network.ingressAllows(to, from, port, TCP);
        if (egress && ingress) {
          allowed.add(new Call(from.name(), to.name()));
        } else if (Landscape.CALL_GRAPH.contains(new Call(from.name(), to.name()))) {
          halfOpen.add(
              from.name()
                  + " -> "
                  + to.name()
                  + ":"
                  + port
                  + (egress ? "" : " is not in the egress of " + from.name())
                  + (!egress && !ingress ? " and" : "")
                  + (ingress ? "" : " is not in the ingress of " + to.name()));
        }
      }
    }

    Set<Call> missing = new LinkedHashSet<>(Landscape.CALL_GRAPH);
    missing.removeAll(allowed);
    Set<Call> extra = new LinkedHashSet<>(allowed);
    extra.removeAll(Landscape.CALL_GRAPH);
    assertThat(allowed)
        .as(
            "%s: service-to-service traffic that the NetworkPolicies allow (egress of the caller"
                + " and ingress of the callee). Missing calls: %s; allowed but not in the call"
                + " graph: %s",
            target.path, halfOpen.isEmpty() ? missing : halfOpen, extra)
        .containsExactlyInAnyOrderElementsOf(Landscape.CALL_GRAPH);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Target.class)
  void everythingElseIsWhatTheGuideDescribes(Target target) {
    Cluster c = model(target);
    NetworkModel network = c.network();
    boolean jwksUrl =
        Manifests.of(target)
            .generatedConfigMap("landscape-config")
            .map(m -> m.getData().getOrDefault("LANDSCAPE_JWT_KEY_LOCATION", ""))
            .orElse("")
            .startsWith("https://");
    List<String> wrong = new ArrayList<>();

    for (Endpoint service : c.services().values()) {
      int port = Landscape.service(service.name()).port();
      expect(wrong, network, service, c.dns(), 53, UDP, true);
      expect(wrong, network, service, c.dns(), 53, TCP, true);
      expect(wrong, network, service, c.database(), 5432, TCP, true);
      expect(wrong, network, c.ingressController(), service, port, TCP, true);
      expect(wrong, network, c.prometheus(), service, port, TCP, true);
      expect(wrong, network, c.strangerHere(), service, port, TCP, false);
      expect(wrong, network, c.strangerElsewhere(), service, port, TCP, false);
      expect(wrong, network, c.operator(), service, port, TCP, false);
      expect(wrong, network, c.database(), service, port, TCP, false);
      expect(wrong, network, service, c.strangerElsewhere(), 8080, TCP, false);
      expect(wrong, network, service, c.strangerHere(), 8080, TCP, false);
      expect(wrong, network, service, c.identityProvider(), 443, TCP, jwksUrl);
      expect(wrong, network, service, c.identityProvider(), 80, TCP, false);
      expect(wrong, network, service, c.apiServer(), 6443, TCP, false);
    }
    expect(wrong, network, c.strangerHere(), c.database(), 5432, TCP, false);
    expect(wrong, network, c.strangerElsewhere(), c.database(), 5432, TCP, false);
    expect(wrong, network, c.ingressController(), c.database(), 5432, TCP, false);
    expect(wrong, network, c.strangerHere(), c.identityProvider(), 443, TCP, false);
    expect(wrong, network, c.strangerHere(), c.strangerElsewhere(), 8080, TCP, false);
    expect(wrong, network, c.strangerHere(), c.dns(), 53, UDP, true);
    // what CloudNativePG needs
    expect(wrong, network, c.operator(), c.database(), 8000, TCP, true);
    expect(wrong, network, c.operator(), c.database(), 5432, TCP, true);
    expect(wrong, network, c.database(), c.database(), 5432, TCP, true);
    expect(wrong, network, c.database(), c.apiServer(), 6443, TCP, true);
    expect(wrong, network, c.prometheus(), c.database(), 9187, TCP, true);
    expect(wrong, network, c.database(), c.strangerElsewhere(), 5432, TCP, false);

    assertThat(wrong)
        .as("%s: connections allowed or denied against the guide", target.path)
        .isEmpty();
  }

  private static void expect(
      List<String> wrong,
      NetworkModel network,
      Endpoint from,
      Endpoint to,
      int port,
      String protocol,
      boolean allowed) {
    if (network.allows(from, to, port, protocol) != allowed) {
      wrong.add(
          from
              + " -> "
              + to
              + ":"
              + port
              + "/"
              + protocol
              + (allowed ? " should be allowed" : " should be denied"));
    }
  }
}
