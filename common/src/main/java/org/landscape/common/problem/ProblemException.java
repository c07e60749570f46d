package org.landscape.common.problem;

import java.util.List;
import org.landscape.common.imports.BadRow;

/**
 * Thrown by application code to answer with a problem. The message is the problem's {@code detail},
 * so it must be safe and useful to show to the client.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldViolation> errors;
  private final List<BadRow> badRows;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldViolation> errors) {
    this(type, detail, errors, List.of());
  }

  public ProblemException(
      ProblemType type, String detail, List<FieldViolation> errors, List<BadRow> badRows) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.badRows = List.copyOf(badRows);
  }

  public List<BadRow> badRows() {
    return badRows;
  }

  /** An import refused as a whole: nothing was written, and every bad row is listed. */
  public static ProblemException importRejected(List<BadRow> badRows) {
    return new ProblemException(
        ProblemType.IMPORT_REJECTED,
        badRows.size() + " rows are not valid; nothing was imported",
        List.of(),
        badRows);
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldViolation> errors() {
    return errors;
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION_FAILED,
        field + ": " + message,
        List.of(new FieldViolation(field, message)));
  }

  /** A validation failure of one or more fields. */
  public static ProblemException validation(List<FieldViolation> violations) {
    String detail =
        violations.size() == 1
            ? violations.getFirst().field() + ": " + violations.getFirst().message()
            : violations.size() + " fields are not valid";
    return new ProblemException(ProblemType.VALIDATION_FAILED, detail, violations);
  }

  /** Throws the validation problem of the violations, if there are any. */
  public static void requireNone(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw validation(violations);
    }
  }

  public static ProblemException ruleViolated(String detail) {
    return new ProblemException(ProblemType.RULE_VIOLATED, detail);
  }
}
