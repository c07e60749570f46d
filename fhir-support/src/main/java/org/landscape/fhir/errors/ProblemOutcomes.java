package org.landscape.fhir.errors;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.Problem;

/**
 * A problem told as a FHIR OperationOutcome: one issue per failing field (with the parameter as its
 * expression), or one for the problem; the problem's type as the issue's details; the trace id as
 * an informational issue. Never more than the problem says: no internals.
 */
public final class ProblemOutcomes {

  /** The code system of the suite's problem types ({@code urn:landscape:problem:<slug>}). */
  public static final String PROBLEM_TYPE_SYSTEM = "urn:landscape:problem";

  private ProblemOutcomes() {}

  public static OperationOutcome of(Problem problem) {
    OperationOutcome outcome = new OperationOutcome();
    IssueType code = issueType(problem.status());
    IssueSeverity severity = problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR;
    CodeableConcept details = details(problem);
    if (problem.errors() == null || problem.errors().isEmpty()) {
      outcome
          .addIssue()
          .setSeverity(severity)
          .setCode(code)
          .setDetails(details)
          .setDiagnostics(problem.detail());
    } else {
      for (FieldViolation violation : problem.errors()) {
        outcome
            .addIssue()
            .setSeverity(severity)
            .setCode(code)
            .setDetails(details)
            .setDiagnostics(violation.field() + " " + violation.message())
            .addExpression(violation.field());
      }
    }
    if (problem.traceId() != null) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.INFORMATION)
          .setCode(IssueType.INFORMATIONAL)
          .setDiagnostics("trace id " + problem.traceId());
    }
    return outcome;
  }

  /** The FHIR issue type that says what the HTTP status says. */
  public static IssueType issueType(int status) {
    return switch (status) {
      case 400 -> IssueType.INVALID;
      case 401 -> IssueType.LOGIN;
      case 403 -> IssueType.FORBIDDEN;
      case 404 -> IssueType.NOTFOUND;
      case 405, 406, 415 -> IssueType.NOTSUPPORTED;
      case 409, 412, 428 -> IssueType.CONFLICT;
      case 413, 414, 431 -> IssueType.TOOLONG;
      case 422 -> IssueType.BUSINESSRULE;
      case 429 -> IssueType.THROTTLED;
      case 503 -> IssueType.TRANSIENT;
      default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
    };
  }

  private static CodeableConcept details(Problem problem) {
    CodeableConcept details = new CodeableConcept().setText(problem.title());
    if (problem.type() != null) {
      String type = problem.type().toString();
      String code = type.substring(type.lastIndexOf(':') + 1);
      details.addCoding().setSystem(PROBLEM_TYPE_SYSTEM).setCode(code).setDisplay(problem.title());
    }
    return details;
  }
}
