package org.landscape.fhir.search;

import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/**
 * A search's paging as FHIR asks it: {@code _count} (0 to 500, default 50; 0 asks for the total
 * only), {@code _offset} (default 0) and {@code _summary=count} (the total only). A malformed value
 * is a 400 naming the parameter.
 */
public record FhirPaging(int count, int offset, boolean totalOnly) {

  public static final int DEFAULT_COUNT = 50;
  public static final int MAX_COUNT = PageRequest.MAX_LIMIT;

  public static FhirPaging of(String count, String offset, String summary) {
    int size = integer("_count", count, DEFAULT_COUNT, MAX_COUNT);
    int skip = integer("_offset", offset, 0, Integer.MAX_VALUE);
    boolean totalOnly = size == 0;
    if (summary != null) {
      switch (summary.strip()) {
        case "count" -> totalOnly = true;
        case "false" -> {}
        default ->
            throw ProblemException.invalid(
                "_summary", "must be count or false; this server summarises no other way");
      }
    }
    return new FhirPaging(size, skip, totalOnly);
  }

  /** The page of the service's own queries: one item is enough when only the total is asked. */
  public PageRequest pageRequest() {
    return PageRequest.of(totalOnly ? 1 : count, offset);
  }

  /**
   * This page of matches a service found in memory (all of them, in order): nothing when only the
   * total is asked.
   */
  public <T> java.util.List<T> page(java.util.List<T> all) {
    if (totalOnly || offset >= all.size()) {
      return java.util.List.of();
    }
    return all.subList(offset, Math.min(all.size(), offset + count));
  }

  private static int integer(String name, String value, int absent, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= 0 && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw ProblemException.invalid(
        name,
        max == Integer.MAX_VALUE
            ? "must be a whole number, 0 or more"
            : "must be a whole number from 0 to " + max);
  }
}
