package org.landscape.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates rendered objects as the API server would, without one. Built-in kinds are bound to the
 * fabric8 model classes (generated from the Kubernetes OpenAPI schemas) with unknown fields and
 * wrongly typed values rejected. Custom resources (CloudNativePG, its Barman Cloud plugin) are
 * checked for their identity, their required fields, and the field names of their specs.
 */
final class KubernetesSchema {

  /** The built-in kinds the manifests may use, by apiVersion and kind. */
  static final Map<String, Class<?>> BUILT_IN =
      Map.of(
          "v1/Namespace", Namespace.class,
          "v1/ConfigMap", ConfigMap.class,
          "v1/Service", Service.class,
          "v1/ServiceAccount", ServiceAccount.class,
          "apps/v1/Deployment", Deployment.class,
          "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
          "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
          "networking.k8s.io/v1/Ingress", Ingress.class);

  static final String CLUSTER = "postgresql.cnpg.io/v1/Cluster";
  static final String DATABASE = "postgresql.cnpg.io/v1/Database";
  static final String SCHEDULED_BACKUP = "postgresql.cnpg.io/v1/ScheduledBackup";
  static final String OBJECT_STORE = "barmancloud.cnpg.io/v1/ObjectStore";

  /** Field names of the custom resources' specs (CloudNativePG 1.27, Barman Cloud plugin 0.6). */
  static final Map<String, Set<String>> CUSTOM_SPEC_FIELDS =
      Map.of(
          CLUSTER,
          Set.of(
              "affinity",
              "backup",
              "bootstrap",
              "certificates",
              "description",
              "enablePDB",
              "enableSuperuserAccess",
              "env",
              "envFrom",
              "ephemeralVolumeSource",
              "ephemeralVolumesSizeLimit",
              "externalClusters",
              "failoverDelay",
              "imageCatalogRef",
              "imageName",
              "imagePullPolicy",
              "imagePullSecrets",
              "inheritedMetadata",
              "instances",
              "livenessProbeTimeout",
              "logLevel",
              "managed",
              "maxSyncReplicas",
              "minSyncReplicas",
              "monitoring",
              "nodeMaintenanceWindow",
              "plugins",
              "podSecurityContext",
              "postgresGID",
              "postgresUID",
              "postgresql",
              "primaryUpdateMethod",
              "primaryUpdateStrategy",
              "priorityClassName",
              "probes",
              "projectedVolumeTemplate",
              "replica",
              "replicationSlots",
              "resources",
              "schedulerName",
              "seccompProfile",
              "securityContext",
              "serviceAccountTemplate",
              "smartShutdownTimeout",
              "startDelay",
              "stopDelay",
              "storage",
              "superuserSecret",
              "switchoverDelay",
              "tablespaces",
              "topologySpreadConstraints",
              "walStorage"),
          DATABASE,
          Set.of(
              "allowConnections",
              "builtinLocale",
              "cluster",
              "collationVersion",
              "connectionLimit",
              "databaseReclaimPolicy",
              "encoding",
              "ensure",
              "extensions",
              "fdws",
              "icuLocale",
              "icuRules",
              "isTemplate",
              "locale",
              "localeCType",
              "localeCollate",
              "localeProvider",
              "name",
              "owner",
              "schemas",
              "servers",
              "tablespace",
              "template"),
          SCHEDULED_BACKUP,
          Set.of(
              "backupOwnerReference",
              "cluster",
              "immediate",
              "method",
              "online",
              "onlineConfiguration",
              "pluginConfiguration",
              "schedule",
              "suspend",
              "target"),
          OBJECT_STORE,
          Set.of("configuration", "instanceSidecarConfiguration", "retentionPolicy"));

  /** Fields of a role in the Cluster's spec.managed.roles. */
  static final Set<String> ROLE_FIELDS =
      Set.of(
          "name",
          "comment",
          "ensure",
          "passwordSecret",
          "connectionLimit",
          "validUntil",
          "inRoles",
          "inherit",
          "disablePassword",
          "superuser",
          "createdb",
          "createrole",
          "login",
          "replication",
          "bypassrls");

  private static final Set<String> METADATA_FIELDS =
      Set.of("name", "namespace", "labels", "annotations");
  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  /**
   * Strict binding: FAIL_ON_UNKNOWN_PROPERTIES, and the fabric8 classes' catch-all
   * additionalProperties (a JsonAnySetter that would otherwise swallow unknown fields) removed.
   */
  static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .addModule(
              new SimpleModule("reject-unknown-fields")
                  .setDeserializerModifier(
                      new BeanDeserializerModifier() {
                        @Override
                        public BeanDeserializerBuilder updateBuilder(
                            DeserializationConfig config,
                            BeanDescription description,
                            BeanDeserializerBuilder builder) {
                          builder.setAnySetter(null);
                          builder.setIgnoreUnknownProperties(false);
                          return builder;
                        }
                      }))
          .build();

  static String type(JsonNode object) {
    return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
  }

  /**
   * Reads a built-in object into its model class for the other checks, leniently: a schema error is
   * reported once, by {@link #problems}, and does not hide what the other checks find.
   */
  static <T> T read(JsonNode object, Class<T> modelClass) {
    try {
      return LENIENT.treeToValue(object, modelClass);
    } catch (Exception e) {
      throw new AssertionError(
          type(object) + " " + object.path("metadata").path("name").asText() + ": " + describe(e),
          e);
    }
  }

  private static final ObjectMapper LENIENT =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Every problem found in one object; empty when it is valid. */
  static List<String> problems(JsonNode object) {
    List<String> problems = new ArrayList<>();
    String type = type(object);
    String name = object.path("metadata").path("name").asText();
    if (name.isEmpty() || name.length() > 253 || !DNS_1123_SUBDOMAIN.matcher(name).matches()) {
      problems.add(type + ": metadata.name '" + name + "' is not a DNS-1123 name");
    }
    Class<?> modelClass = BUILT_IN.get(type);
    if (modelClass != null) {
      try {
        STRICT.treeToValue(object, modelClass);
      } catch (Exception e) {
        problems.add(type + " " + name + ": " + describe(e));
      }
    } else if (CUSTOM_SPEC_FIELDS.containsKey(type)) {
      checkCustomResource(type, name, object, problems);
    } else {
      problems.add(
          type
              + " "
              + name
              + ": not a kind the deployment may use (known: "
              + BUILT_IN.keySet()
              + " and "
              + CUSTOM_SPEC_FIELDS.keySet()
              + ")");
    }
    return problems;
  }

  private static void checkCustomResource(
      String type, String name, JsonNode object, List<String> problems) {
    String where = type + " " + name + ": ";
    fieldsWithin(where + "metadata", object.path("metadata"), METADATA_FIELDS, problems);
    fieldsWithin(
        where.substring(0, where.length() - 2),
        object,
        Set.of("apiVersion", "kind", "metadata", "spec"),
        problems);
    JsonNode spec = object.path("spec");
    if (!spec.isObject()) {
      problems.add(where + "no spec");
      return;
    }
    fieldsWithin(where + "spec", spec, CUSTOM_SPEC_FIELDS.get(type), problems);
    switch (type) {
      case CLUSTER -> {
        if (!spec.path("instances").isInt() || spec.path("instances").asInt() < 1) {
          problems.add(where + "spec.instances must be a whole number >= 1");
        }
        requireText(where, spec, "storage.size", problems);
        for (JsonNode role : spec.path("managed").path("roles")) {
          fieldsWithin(where + "role " + role.path("name"), role, ROLE_FIELDS, problems);
          requireText(where, role, "name", problems);
          requireText(where, role, "passwordSecret.name", problems);
        }
      }
      case DATABASE -> {
        requireText(where, spec, "name", problems);
        requireText(where, spec, "owner", problems);
        requireText(where, spec, "cluster.name", problems);
      }
      case SCHEDULED_BACKUP -> {
        requireText(where, spec, "cluster.name", problems);
        String schedule = spec.path("schedule").asText();
        if (schedule.trim().split("\\s+").length != 6) {
          problems.add(where + "spec.schedule '" + schedule + "' needs six fields (with seconds)");
        }
        if ("plugin".equals(spec.path("method").asText())) {
          requireText(where, spec, "pluginConfiguration.name", problems);
        }
      }
      case OBJECT_STORE -> {
        requireText(where, spec, "configuration.destinationPath", problems);
        if (!spec.path("configuration").path("serverName").isMissingNode()) {
          problems.add(where + "configuration.serverName must stay empty (set it on the Cluster)");
        }
      }
      default -> throw new IllegalStateException(type);
    }
  }

  private static void fieldsWithin(
      String where, JsonNode node, Set<String> allowed, List<String> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!allowed.contains(field)) {
        problems.add(where + ": unknown field '" + field + "'");
      }
    }
  }

  private static void requireText(String where, JsonNode node, String path, List<String> problems) {
    JsonNode value = node;
    for (String part : path.split("\\.")) {
      value = value.path(part);
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(where + path + " is required");
    }
  }

  /** "unknown field 'livenesProbe' at spec.template.spec.containers[0]", and the like. */
  static String describe(Exception e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '"
          + unknown.getPropertyName()
          + "' at "
          + path(unknown.getPath().subList(0, unknown.getPath().size() - 1));
    }
    if (e instanceof JsonMappingException mapping) {
      String message = String.valueOf(mapping.getOriginalMessage());
      int newline = message.indexOf('\n');
      return (newline < 0 ? message : message.substring(0, newline))
          + " at "
          + path(mapping.getPath());
    }
    return e.toString();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "the top level" : path.toString();
  }

  private KubernetesSchema() {}
}
