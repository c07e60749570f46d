package org.landscape.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one R4 {@link FhirContext} of the service: costly to create (it scans the model), thread-safe
 * once created, so it is made once and shared.
 */
@ApplicationScoped
public class FhirContextProducer {

  private static final FhirContext R4 = FhirContext.forR4();

  @Produces
  @Singleton
  public FhirContext fhirContext() {
    return R4;
  }

  /** The same context, for code that is not a bean (writers created by the REST layer). */
  public static FhirContext r4() {
    return R4;
  }
}
