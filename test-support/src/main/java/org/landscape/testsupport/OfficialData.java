package org.landscape.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The official ODS and ONS files, read from {@code -Dlandscape.data.dir} (the launcher passes it;
 * the build's default is {@code ../shared/data}). They are never committed into the project. A test
 * that needs them fails when they are missing: it must not pass by skipping.
 */
public final class OfficialData {

  private OfficialData() {}

  public static Path file(String relativePath) {
    Path directory = Path.of(System.getProperty("landscape.data.dir", "../../shared/data"));
    Path file = directory.resolve(relativePath).normalize();
    if (!Files.isReadable(file)) {
      throw new IllegalStateException(
          "Official data file "
              + file
              + " is missing: run the tests through ./landscape test or set -Dlandscape.data.dir"
              + " (or LANDSCAPE_DATA_DIR) to the folder of the official files");
    }
    return file;
  }
}
