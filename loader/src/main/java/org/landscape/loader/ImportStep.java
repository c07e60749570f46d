package org.landscape.loader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call of an import: which service, which endpoint, which files of the data folder under which
 * form fields, and with which role. {@code optional} steps whose files are missing are skipped.
 */
public record ImportStep(
    Service service, String path, Map<String, String> files, String role, boolean optional) {

  public static ImportStep file(Service service, String path, String file) {
    return new ImportStep(service, path, Map.of("file", file), "importer", false);
  }

  public static ImportStep optionalFile(Service service, String path, String file) {
    return new ImportStep(service, path, Map.of("file", file), "importer", true);
  }

  /** Several files, given as form field and file pairs, sent in that order. */
  public static ImportStep files(Service service, String path, String... fieldsAndFiles) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i + 1 < fieldsAndFiles.length; i += 2) {
      files.put(fieldsAndFiles[i], fieldsAndFiles[i + 1]);
    }
    return new ImportStep(service, path, files, "importer", false);
  }

  /** A call that sends no file (e.g. establishing boards), as an editor. */
  public static ImportStep call(Service service, String path) {
    return new ImportStep(service, path, Map.of(), "editor", false);
  }

  public ImportStep as(String otherRole) {
    return new ImportStep(service, path, files, otherRole, optional);
  }

  /** The label printed for it: the file name, or the endpoint when it sends none. */
  public String label() {
    if (files.isEmpty()) {
      return path.replaceFirst("\\?.*", "");
    }
    return files.values().stream()
        .map(file -> Path.of(file).getFileName().toString())
        .reduce((a, b) -> a + " + " + b)
        .orElseThrow();
  }

  public Map<String, Path> resolvedIn(Path dataDir) {
    Map<String, Path> resolved = new LinkedHashMap<>();
    files.forEach((field, file) -> resolved.put(field, dataDir.resolve(file)));
    return resolved;
  }
}
