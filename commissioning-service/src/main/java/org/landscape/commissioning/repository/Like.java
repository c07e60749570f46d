package org.landscape.commissioning.repository;

/** Escapes LIKE wildcards so that user text matches literally. */
final class Like {

  private Like() {}

  static String containing(String text) {
    return "%"
        + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
  }
}
