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

  /** The folder of the official files, laid out as {@code ../shared/data}. */
  public static Path folder() {
    return Path.of(System.getProperty("landscape.data.dir", "../../shared/data"))
        .toAbsolutePath()
        .normalize();
  }

  public static Path file(String relativePath) {
    Path file = folder().resolve(relativePath).normalize();
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
