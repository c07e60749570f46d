package org.landscape.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the manifests must agree with: the services, their ports, databases and call graph. */
final class Landscape {

  /** One service of the suite: its port and the database (and role) it owns. */
  record Service(String name, int port, String database) {

    /** The peer's name as the REST client configuration knows it: ccg, practice, hwb. */
    String clientName() {
      return name.substring(0, name.length() - "-service".length());
    }
  }

  /** A call from one service to another while it serves a request. */
  record Call(String from, String to) {
    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  static final List<Service> SERVICES =
      List.of(
          new Service("ccg-service", 8081, "ccg"),
          new Service("practice-service", 8082, "practice"),
          new Service("commissioning-service", 8083, "commissioning"),
          new Service("hwb-service", 8084, "hwb"));

  /** The call graph of docs/architecture.md ("Who owns what", column "asks others"). */
  static final Set<Call> CALL_GRAPH =
      Set.of(
          new Call("ccg-service", "hwb-service"),
          new Call("ccg-service", "practice-service"),
          new Call("practice-service", "ccg-service"),
          new Call("commissioning-service", "ccg-service"),
          new Call("commissioning-service", "practice-service"),
          new Call("commissioning-service", "hwb-service"),
          new Call("hwb-service", "ccg-service"));

  /** The CloudNativePG cluster that holds the four databases. */
  static final String DATABASE_CLUSTER = "landscape-db";

  static final Map<String, Service> BY_NAME =
      SERVICES.stream().collect(Collectors.toUnmodifiableMap(Service::name, s -> s));

  static Service service(String name) {
    Service service = BY_NAME.get(name);
    if (service == null) {
      throw new AssertionError("not a service of the suite: " + name);
    }
    return service;
  }

  static Set<Service> callees(String caller) {
    return CALL_GRAPH.stream()
        .filter(call -> call.from().equals(caller))
        .map(call -> service(call.to()))
        .collect(Collectors.toUnmodifiableSet());
  }

  private Landscape() {}
}
