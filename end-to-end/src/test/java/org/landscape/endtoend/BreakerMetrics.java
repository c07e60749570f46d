package org.landscape.endtoend;

import static io.restassured.RestAssured.given;

import java.util.List;

/** A service's circuit breakers on the calls of one client class, as its Prometheus metrics say. */
record BreakerMetrics(double timesOpened, boolean isClosed) {

  static BreakerMetrics of(String serviceUrl, String callsClass) {
    List<String> lines =
        given()
            .get(serviceUrl + "/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString()
            .lines()
            .filter(line -> line.contains("." + callsClass + "."))
            .toList();
    double opened =
        lines.stream()
            .filter(line -> line.startsWith("ft_circuitbreaker_opened_total{"))
            .mapToDouble(BreakerMetrics::value)
            .sum();
    List<String> closedStates =
        lines.stream()
            .filter(line -> line.startsWith("ft_circuitbreaker_state_current{"))
            .filter(line -> line.contains("state=\"closed\""))
            .toList();
    boolean closed =
        !closedStates.isEmpty() && closedStates.stream().allMatch(line -> value(line) == 1.0);
    return new BreakerMetrics(opened, closed);
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
