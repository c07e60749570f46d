package org.landscape.common.http;

import jakarta.ws.rs.BadRequestException;
import org.landscape.common.problem.ProblemException;

/**
 * Carries a parameter's problem through JAX-RS parameter conversion, which only lets {@code
 * WebApplicationException}s through unchanged.
 */
public class InvalidParameterException extends BadRequestException {

  public InvalidParameterException(ProblemException problem) {
    super(problem.getMessage(), problem);
  }
}
