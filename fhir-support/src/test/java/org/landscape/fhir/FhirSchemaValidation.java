package org.landscape.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates what a service serves against the base FHIR R4 resource definitions, in the form this
 * registry serves them: the R4 XML schemas (hapi-fhir-validation-resources-r4), which check every
 * element's name, type, order and cardinality. HAPI's profile validator (hapi-fhir-validation) is
 * not served, so invariants and terminology bindings are not checked, nor UK Core profiles.
 */
public final class FhirSchemaValidation {

  private static final FhirContext R4 = FhirContext.forR4();
  private static final FhirValidator VALIDATOR = validator();

  private FhirSchemaValidation() {}

  /** Parses a FHIR JSON body (as a client would) and asserts it is a valid R4 resource. */
  public static IBaseResource assertValidJson(String json) {
    IBaseResource resource = R4.newJsonParser().parseResource(json);
    assertValid(resource);
    return resource;
  }

  public static void assertValid(IBaseResource resource) {
    ValidationResult result = VALIDATOR.validateWithResult(resource);
    List<String> errors =
        result.getMessages().stream()
            .filter(
                message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
            .map(SingleValidationMessage::toString)
            .toList();
    assertThat(errors)
        .as("R4 schema errors of %s", R4.newJsonParser().encodeResourceToString(resource))
        .isEmpty();
  }

  private static FhirValidator validator() {
    FhirValidator validator = R4.newValidator();
    validator.setValidateAgainstStandardSchema(true);
    validator.setValidateAgainstStandardSchematron(false);
    return validator;
  }
}
