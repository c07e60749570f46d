package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;

/**
 * Who pays for care in a category on a date, for a patient known by exactly one of: the practice
 * they are registered with, the council where they usually live, or the council where they are.
 */
public record WhoPaysQuestion(
    String category,
    LocalDate date,
    String registeredPractice,
    String residence,
    String presentIn) {

  private static final String EXACTLY_ONE =
      "give exactly one of registeredPractice, residence or presentIn";

  /** Refuses a question that gives none, or more than one, of the patient's whereabouts. */
  public void requireOneWhereabouts() {
    List<FieldViolation> given = new ArrayList<>();
    if (registeredPractice != null) {
      given.add(new FieldViolation("registeredPractice", EXACTLY_ONE));
    }
    if (residence != null) {
      given.add(new FieldViolation("residence", EXACTLY_ONE));
    }
    if (presentIn != null) {
      given.add(new FieldViolation("presentIn", EXACTLY_ONE));
    }
    if (given.isEmpty()) {
      throw ProblemException.validation(
          List.of(
              new FieldViolation("presentIn", EXACTLY_ONE),
              new FieldViolation("registeredPractice", EXACTLY_ONE),
              new FieldViolation("residence", EXACTLY_ONE)));
    }
    if (given.size() > 1) {
      throw ProblemException.validation(given);
    }
  }
}
