package org.landscape.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sends the records that no official file holds: {@code <n>-<service>-<what>.jsonl} files in name
 * order, one request a line. The first refusal stops the loading and prints the service's problem.
 */
public final class RecordsLoader {

  private static final Pattern FILE = Pattern.compile("\\d+-([a-z]+)-.*\\.jsonl");
  private final SuiteHttp http;
  private final DevTokens tokens;
  private final Console console;

  public RecordsLoader(SuiteHttp http, DevTokens tokens, Console console) {
    this.http = http;
    this.tokens = tokens;
    this.console = console;
  }

  public void load(Path dir, Loading loading) {
    String bearer = tokens.bearer("editor");
    for (Path file : recordFiles(dir)) {
      String label = file.getFileName().toString();
      Matcher name = FILE.matcher(label);
      Service service;
      try {
        service = Service.named(name.matches() ? name.group(1) : "");
      } catch (IllegalArgumentException unknown) {
        console.line(label, "REFUSED: " + label + " does not name a service");
        loading.refused();
        return;
      }
      int accepted = 0;
      for (String line : lines(file)) {
        if (line.isBlank()) {
          continue;
        }
        RecordLine record = RecordLine.parse(line);
        Answer answer =
            http.send(
                service,
                record.method(),
                record.path(),
                record.body(),
                headers(service, record, bearer));
        if (!answer.succeeded()) {
          console.line(
              label,
              "REFUSED ("
                  + record.method()
                  + " "
                  + record.path()
                  + "): "
                  + AnswerLines.refusal(answer)
                  + "\n    request: "
                  + line);
          loading.refused();
          return;
        }
        accepted++;
      }
      console.line(label, accepted + " accepted by " + service.shortName() + "-service");
    }
  }

  private Map<String, String> headers(Service service, RecordLine record, String bearer) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + bearer);
    record.idempotencyKey().ifPresent(key -> headers.put("Idempotency-Key", key));
    if (record.ifMatchOf().isPresent()) {
      Optional<String> etag = http.get(service, record.ifMatchOf().get()).etag();
      headers.put(
          "If-Match",
          etag.orElseThrow(
              () -> new LoadingFailed("no ETag from GET " + record.ifMatchOf().get())));
    }
    return headers;
  }

  private static List<Path> recordFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException unreadable) {
      throw new LoadingFailed("cannot list the records in " + dir);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException unreadable) {
      throw new LoadingFailed("cannot read " + file);
    }
  }
}
