package org.landscape.ccg.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.landscape.common.imports.CsvTable;

/** The project's own files of published facts, shipped with the service (UTF-8, with a header). */
public final class ShippedFiles {

  public static final String AREA_CORRECTIONS = "corrections/ccg-area-corrections.csv";
  public static final String NHS_REGIONS = "corrections/nhs-regions.csv";
  public static final String ICBS = "corrections/icbs.csv";

  private ShippedFiles() {}

  public static CsvTable read(String resource) {
    try (InputStream shipped =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (shipped == null) {
        throw new IllegalStateException("The shipped file " + resource + " is missing");
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return CsvTable.withHeader(name, shipped, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(
          "The shipped file " + resource + " cannot be read", unreadable);
    }
  }
}
