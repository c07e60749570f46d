package org.landscape.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The official ODS and ONS files, read from {@code ../shared/data} (or {@code
 * -Dlandscape.data.dir}); they are never committed into the project.
 */
public final class OfficialData {

  private OfficialData() {}

  public static Path file(String relativePath) {
    Path directory = Path.of(System.getProperty("landscape.data.dir", "../../shared/data"));
    Path file = directory.resolve(relativePath).normalize();
    assumeTrue(
        Files.isReadable(file),
        "Official data file " + file + " is not present; set -Dlandscape.data.dir");
    return file;
  }
}
