package org.landscape.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscape.deploy.Kustomize.Resource;
import org.landscape.deploy.Kustomize.Target;

/**
 * deploy/README.md tells the operator what to create by hand. Its commands must create what the
 * manifests reference, by the same names and keys.
 */
class OperationsGuideTest {

  private static final Pattern CREATE_SECRET =
      Pattern.compile("create secret (generic|tls|docker-registry) ([a-z0-9][a-z0-9.-]*)(.*)");
  private static final Pattern CREATE_CONFIG_MAP =
      Pattern.compile("create configmap ([a-z0-9][a-z0-9.-]*)(.*)");

  /** The guide's commands, continuation lines joined. */
  private static List<String> commands;

  private static String guide;

  @BeforeAll
  static void readGuide() throws IOException {
    guide = Files.readString(Kustomize.deployDir().resolve("README.md"));
    commands =
        Stream.of(guide.replace("\\\n", " ").split("\n"))
            .map(line -> line.replaceAll("\\s+", " ").trim())
            .filter(line -> line.contains("kubectl"))
            .toList();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Target.class,
      names = {"DEV", "PRODUCTION"})
  void theGuideCreatesEverySecretTheManifestsReference(Target target) {
    Manifests manifests = Manifests.of(target);
    Map<String, String> secretCommands = created(CREATE_SECRET, 2);
    List<String> problems = new ArrayList<>();

    manifests
        .referencedSecrets()
        .forEach(
            (name, keys) -> {
              String command = secretCommands.get(name);
              if (command == null) {
                problems.add("no `kubectl create secret ... " + name + "` for Secret " + name);
                return;
              }
              boolean tls = command.contains("create secret tls ");
              for (String key : keys) {
                boolean given =
                    command.contains("--from-literal=" + key + "=")
                        || command.contains("--from-file=" + key + "=")
                        || (tls && Manifests.TLS_KEYS.contains(key));
                if (!given) {
                  problems.add("the command creating " + name + " does not set its key " + key);
                }
              }
              if (keys.equals(Manifests.BASIC_AUTH)
                  && !command.contains("--type=kubernetes.io/basic-auth")) {
                problems.add(name + " must be created --type=kubernetes.io/basic-auth");
              }
            });
    Set<String> external = new TreeSet<>(manifests.missingConfigMaps());
    Map<String, String> configMapCommands = created(CREATE_CONFIG_MAP, 1);
    for (String name : external) {
      if (!configMapCommands.containsKey(name)) {
        problems.add("no `kubectl create configmap " + name + "` for ConfigMap " + name);
      }
    }
    assertThat(problems).as("deploy/README.md against %s", target.path).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Target.class,
      names = {"DEV", "PRODUCTION"})
  void theGuideLabelsTheNamespacesThePoliciesRelyOn(Target target) {
    Set<String> labels = new TreeSet<>();
    for (NetworkPolicy policy : Manifests.of(target).networkPolicies()) {
      Stream.concat(
              policy.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream()),
              policy.getSpec().getEgress().stream().flatMap(r -> r.getTo().stream()))
          .map(NetworkPolicyPeer::getNamespaceSelector)
          .filter(selector -> selector != null)
          .map(LabelSelector::getMatchLabels)
          .filter(matchLabels -> matchLabels != null)
          .flatMap(matchLabels -> matchLabels.entrySet().stream())
          .filter(label -> !label.getKey().equals("kubernetes.io/metadata.name"))
          .forEach(label -> labels.add(label.getKey() + "=" + label.getValue()));
    }
    assertThat(labels).as("namespace labels the policies select on").isNotEmpty();
    for (String label : labels) {
      assertThat(commands)
          .as("a `kubectl label namespace ... %s` in deploy/README.md", label)
          .anyMatch(command -> command.contains("label namespace") && command.contains(label));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Target.class,
      names = {"DEV", "PRODUCTION"})
  void theGuideDocumentsEveryVariableAndAppliesTheOverlay(Target target) {
    Set<String> variables = new TreeSet<>();
    for (Resource resource : Kustomize.render(target)) {
      if (resource.kind().equals("ConfigMap")) {
        resource.json().path("data").fieldNames().forEachRemaining(variables::add);
      }
    }
    Manifests manifests = Manifests.of(target);
    manifests
        .deployments()
        .forEach(
            d ->
                d.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .forEach(c -> c.getEnv().forEach(e -> variables.add(e.getName()))));
    assertThat(variables)
        .as("environment variables missing from deploy/README.md")
        .allMatch(variable -> guide.contains("`" + variable + "`"));
    assertThat(commands)
        .as("deploy/README.md applies %s", target.path)
        .anyMatch(command -> command.contains("kubectl apply -k") && command.contains(target.path));
  }

  /** Names created by the guide's commands, each with its command. */
  private static Map<String, String> created(Pattern pattern, int nameGroup) {
    Map<String, String> created = new LinkedHashMap<>();
    for (String command : commands) {
      Matcher matcher = pattern.matcher(command);
      if (matcher.find()) {
        created.put(matcher.group(nameGroup), command);
      }
    }
    return created;
  }
}
