package org.landscape.endtoend.badrequests;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Sends the bad variants of every operation that a running service documents in its served OpenAPI
 * document, once without a token and once with one that carries every role (so that validation is
 * reached behind the role checks), and keeps each answer that breaks the error contract: any 5xx,
 * an error that is not problem+json (an OperationOutcome under /fhir), or an error that shows the
 * service's internals. Writes that succeed are listed apart, for the caller's check that nothing
 * changed.
 */
public final class BadRequestSweep {

  /** An answer that breaks the contract, with the request that got it. */
  public record Finding(
      String service, BadRequest request, boolean withToken, int status, String why) {
    @Override
    public String toString() {
      return service + " " + request + (withToken ? " [token]" : "") + " → " + status + ": " + why;
    }
  }

  /** What the sweep sent and what it found. */
  public record Outcome(
      int sent, Map<Integer, Integer> statuses, List<Finding> findings, List<Finding> writes) {}

  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|\\bat (org|io|java)\\.|org\\.landscape|(?i:select .* from|insert into)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String token;

  public BadRequestSweep(String tokenWithEveryRole) {
    this.token = tokenWithEveryRole;
  }

  /** Sweeps each service, named, at its base URL, with {@code threads} requests at a time. */
  public Outcome sweep(Map<String, String> services, int threads) throws Exception {
    List<Future<Finding>> answers = new ArrayList<>();
    Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Map.Entry<String, String> service : services.entrySet()) {
        for (BadRequest request : BadRequestGenerator.variantsOf(served(service.getValue()))) {
          for (boolean withToken : new boolean[] {false, true}) {
            answers.add(
                pool.submit(
                    () ->
                        send(service.getKey(), service.getValue(), request, withToken, statuses)));
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      List<Finding> writes = new ArrayList<>();
      for (Future<Finding> answer : answers) {
        Finding finding = answer.get();
        if (finding != null) {
          (finding.status() / 100 == 2 ? writes : findings).add(finding);
        }
      }
      return new Outcome(answers.size(), Map.copyOf(statuses), findings, writes);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** The OpenAPI document the service serves, its references resolved. */
  static OpenAPI served(String baseUrl) throws Exception {
    HttpResponse<String> document =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(document.body(), null, options).getOpenAPI();
    if (api == null || api.getPaths() == null || api.getPaths().isEmpty()) {
      throw new IllegalStateException(baseUrl + " serves no usable OpenAPI document");
    }
    return api;
  }

  private Finding send(
      String service,
      String baseUrl,
      BadRequest request,
      boolean withToken,
      Map<Integer, Integer> statuses)
      throws InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
            .timeout(Duration.ofSeconds(60))
            .method(
                request.method(),
                request.body().length == 0 && request.method().equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach(builder::header);
    if (withToken) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer;
    try {
      answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException failed) {
      return new Finding(service, request, withToken, 0, "no answer: " + failed);
    }
    statuses.merge(answer.statusCode(), 1, Integer::sum);
    String why = whatIsWrong(request, answer);
    return why == null ? null : new Finding(service, request, withToken, answer.statusCode(), why);
  }

  private static String whatIsWrong(BadRequest request, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String contentType = answer.headers().firstValue("Content-Type").orElse("");
    String body = answer.body();
    if (status >= 500) {
      return "a server error: " + abbreviated(body);
    }
    if (status < 400) {
      // not a finding by itself (an import of a file with nothing to import does nothing): the
      // caller checks that the suite is unchanged, and these say what might have changed it
      return request.write() ? "a write succeeded: " + abbreviated(body) : null;
    }
    boolean problem = contentType.startsWith("application/problem+json");
    boolean outcome =
        request.target().startsWith("/fhir")
            && (contentType.startsWith("application/fhir+json")
                || contentType.startsWith("application/fhir+xml"))
            && body.contains("OperationOutcome");
    if (!problem && !outcome) {
      return "an error of type '" + contentType + "': " + abbreviated(body);
    }
    if (INTERNALS.matcher(body).find()) {
      return "an error that shows internals: " + abbreviated(body);
    }
    return null;
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
