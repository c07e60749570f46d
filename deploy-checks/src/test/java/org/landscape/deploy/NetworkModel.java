package org.landscape.deploy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Evaluates Kubernetes NetworkPolicies (networking.k8s.io/v1 semantics) for connections between
 * modelled endpoints: a connection is allowed when the source's egress and the destination's
 * ingress both allow it. A pod that no policy of a direction selects is not isolated in that
 * direction. ipBlock peers are compared with the endpoints' addresses, pod addresses included: most
 * network plugins apply an ipBlock to pod traffic too, so the check errs on the side of "allowed".
 */
final class NetworkModel {

  /**
   * Something that sends or receives traffic: a pod (namespace, namespace labels, pod labels) or,
   * with a null namespace, an address outside the cluster. {@code ports} names the ports it listens
   * on, for policies that name a port.
   */
  record Endpoint(
      String name,
      String namespace,
      Map<String, String> namespaceLabels,
      Map<String, String> labels,
      String address,
      Map<String, Integer> ports) {

    static Endpoint pod(
        String name,
        String namespace,
        Map<String, String> namespaceLabels,
        Map<String, String> labels,
        String address,
        Map<String, Integer> ports) {
      return new Endpoint(name, namespace, namespaceLabels, labels, address, ports);
    }

    static Endpoint external(String name, String address) {
      return new Endpoint(name, null, Map.of(), Map.of(), address, Map.of());
    }

    boolean isPod() {
      return namespace != null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final List<NetworkPolicy> policies;
  private final String defaultNamespace;

  /**
   * @param defaultNamespace where policies without metadata.namespace apply (the namespace that
   *     {@code kubectl apply -n} would give them)
   */
  NetworkModel(List<NetworkPolicy> policies, String defaultNamespace) {
    this.policies = List.copyOf(policies);
    this.defaultNamespace = defaultNamespace;
  }

  boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
    return egressAllows(from, to, port, protocol) && ingressAllows(to, from, port, protocol);
  }

  boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
    if (!from.isPod()) {
      return true;
    }
    List<NetworkPolicy> selecting = selecting(from, "Egress");
    return selecting.isEmpty()
        || selecting.stream()
            .anyMatch(
                policy ->
                    orEmpty(policy.getSpec().getEgress()).stream()
                        .anyMatch(
                            rule ->
                                peersMatch(policy, rule.getTo(), to)
                                    && portsMatch(rule.getPorts(), to, port, protocol)));
  }

  boolean ingressAllows(Endpoint to, Endpoint from, int port, String protocol) {
    if (!to.isPod()) {
      return true;
    }
    List<NetworkPolicy> selecting = selecting(to, "Ingress");
    return selecting.isEmpty()
        || selecting.stream()
            .anyMatch(
                policy ->
                    orEmpty(policy.getSpec().getIngress()).stream()
                        .anyMatch(
                            rule ->
                                peersMatch(policy, rule.getFrom(), from)
                                    && portsMatch(rule.getPorts(), to, port, protocol)));
  }

  /** The policies that select the pod and govern the given direction. */
  List<NetworkPolicy> selecting(Endpoint pod, String direction) {
    List<NetworkPolicy> result = new ArrayList<>();
    for (NetworkPolicy policy : policies) {
      if (namespace(policy).equals(pod.namespace())
          && policyTypes(policy).contains(direction)
          && selects(policy.getSpec().getPodSelector(), pod.labels())) {
        result.add(policy);
      }
    }
    return result;
  }

  private String namespace(NetworkPolicy policy) {
    return Objects.requireNonNullElse(policy.getMetadata().getNamespace(), defaultNamespace);
  }

  /** spec.policyTypes, or its default: Ingress always, Egress when there are egress rules. */
  private static List<String> policyTypes(NetworkPolicy policy) {
    List<String> types = policy.getSpec().getPolicyTypes();
    if (types != null && !types.isEmpty()) {
      return types;
    }
    return policy.getSpec().getEgress().isEmpty()
        ? List.of("Ingress")
        : List.of("Ingress", "Egress");
  }

  /** An absent or empty peer list matches everything. */
  private boolean peersMatch(NetworkPolicy policy, List<NetworkPolicyPeer> peers, Endpoint other) {
    return peers == null
        || peers.isEmpty()
        || peers.stream().anyMatch(peer -> peerMatches(policy, peer, other));
  }

  private boolean peerMatches(NetworkPolicy policy, NetworkPolicyPeer peer, Endpoint other) {
    if (peer.getIpBlock() != null) {
      return inBlock(peer.getIpBlock(), other.address());
    }
    if (!other.isPod()) {
      return false;
    }
    if (peer.getNamespaceSelector() == null) {
      return peer.getPodSelector() != null
          && other.namespace().equals(namespace(policy))
          && selects(peer.getPodSelector(), other.labels());
    }
    return selects(peer.getNamespaceSelector(), other.namespaceLabels())
        && (peer.getPodSelector() == null || selects(peer.getPodSelector(), other.labels()));
  }

  /** An absent or empty port list matches every port. */
  private static boolean portsMatch(
      List<NetworkPolicyPort> ports, Endpoint destination, int port, String protocol) {
    return ports == null
        || ports.isEmpty()
        || ports.stream().anyMatch(p -> portMatches(p, destination, port, protocol));
  }

  private static boolean portMatches(
      NetworkPolicyPort rule, Endpoint destination, int port, String protocol) {
    if (!Objects.requireNonNullElse(rule.getProtocol(), "TCP").equals(protocol)) {
      return false;
    }
    IntOrString value = rule.getPort();
    if (value == null) {
      return true;
    }
    if (value.getIntVal() != null) {
      int from = value.getIntVal();
      int to = rule.getEndPort() != null ? rule.getEndPort() : from;
      return from <= port && port <= to;
    }
    return Objects.equals(destination.ports().get(value.getStrVal()), port);
  }

  static boolean selects(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return true;
    }
    Map<String, String> matchLabels = selector.getMatchLabels();
    if (matchLabels != null
        && !matchLabels.entrySet().stream()
            .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
      return false;
    }
    List<LabelSelectorRequirement> expressions = selector.getMatchExpressions();
    return expressions == null || expressions.stream().allMatch(requirement(labels)::test);
  }

  private static Predicate<LabelSelectorRequirement> requirement(Map<String, String> labels) {
    return r ->
        switch (r.getOperator()) {
          case "In" ->
              labels.containsKey(r.getKey()) && r.getValues().contains(labels.get(r.getKey()));
          case "NotIn" ->
              !labels.containsKey(r.getKey()) || !r.getValues().contains(labels.get(r.getKey()));
          case "Exists" -> labels.containsKey(r.getKey());
          case "DoesNotExist" -> !labels.containsKey(r.getKey());
          default -> throw new AssertionError("unknown selector operator " + r.getOperator());
        };
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** IPv4 CIDR containment, with the block's exceptions. */
  static boolean inBlock(IPBlock block, String address) {
    if (address == null || !block.getCidr().contains(".")) {
      return false;
    }
    if (!inCidr(block.getCidr(), address)) {
      return false;
    }
    List<String> except = block.getExcept();
    return except == null || except.stream().noneMatch(cidr -> inCidr(cidr, address));
  }

  private static boolean inCidr(String cidr, String address) {
    String[] parts = cidr.split("/");
    int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    return (ipv4(parts[0]) & mask) == (ipv4(address) & mask);
  }

  private static long ipv4(String address) {
    long value = 0;
    for (String octet : address.split("\\.")) {
      value = (value << 8) | Integer.parseInt(octet);
    }
    return value;
  }
}
