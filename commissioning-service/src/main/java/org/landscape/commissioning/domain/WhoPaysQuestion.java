package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;

/**
 * Who pays for care in a category on a date, for a patient known by what the caller knows of them:
 * the practice they are registered with, the council where they usually live, the council where
 * they are; any of these, at once. The category's rule picks the one that decides.
 */
public record WhoPaysQuestion(
    String category,
    LocalDate date,
    String registeredPractice,
    String residence,
    String presentIn) {

  private static final String AT_LEAST_ONE =
      "give at least one of registeredPractice, residence or presentIn";

  /** Refuses a question that gives none of the patient's whereabouts. */
  public void requireSomeWhereabouts() {
    if (registeredPractice == null && residence == null && presentIn == null) {
      throw ProblemException.validation(
          List.of(
              new FieldViolation("presentIn", AT_LEAST_ONE),
              new FieldViolation("registeredPractice", AT_LEAST_ONE),
              new FieldViolation("residence", AT_LEAST_ONE)));
    }
  }
}
