package org.landscape.fhir.search;

import org.landscape.common.problem.ProblemException;

/** A FHIR boolean token ({@code true} or {@code false}); absent is null. */
public final class BooleanParameter {

  private BooleanParameter() {}

  public static Boolean parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalid(name, "must be true or false");
    };
  }
}
