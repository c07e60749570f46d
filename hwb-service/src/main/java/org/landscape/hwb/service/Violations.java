package org.landscape.hwb.service;

import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;

/** Refuses a request with every field violation found, or lets it through when there are none. */
final class Violations {

  private Violations() {}

  static void throwIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw ProblemException.validation(violations);
    }
  }
}
