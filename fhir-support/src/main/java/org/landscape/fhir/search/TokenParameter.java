package org.landscape.fhir.search;

import java.util.Objects;
import org.landscape.common.problem.ProblemException;

/**
 * A FHIR token search value: {@code system|code}, {@code |code} (a code with no system) or {@code
 * code} (any system). {@code system|} (any code of the system) is also accepted.
 */
public record TokenParameter(String system, String code, boolean anySystem) {

  public static TokenParameter parse(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(name, "must not be empty");
    }
    String token = value.strip();
    int bar = token.indexOf('|');
    if (bar < 0) {
      return new TokenParameter(null, token, true);
    }
    if (token.indexOf('|', bar + 1) >= 0) {
      throw ProblemException.invalid(name, "must be system|code, |code or code");
    }
    String system = token.substring(0, bar);
    String code = token.substring(bar + 1);
    return new TokenParameter(
        system.isEmpty() ? null : system, code.isEmpty() ? null : code, false);
  }

  /** Whether a coding or identifier with this system and value matches. */
  public boolean matches(String otherSystem, String otherCode) {
    boolean systemMatches = anySystem || Objects.equals(system, otherSystem);
    return systemMatches && (code == null || code.equalsIgnoreCase(otherCode));
  }
}
