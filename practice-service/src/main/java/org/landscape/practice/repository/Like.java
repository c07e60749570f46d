package org.landscape.practice.repository;

/** Escapes LIKE wildcards so that user text matches literally. */
final class Like {

  private Like() {}

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
