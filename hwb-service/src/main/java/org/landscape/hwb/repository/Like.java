package org.landscape.hwb.repository;

/** Escapes text for a {@code like ... escape '\'} pattern. */
final class Like {

  private Like() {}

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
