package org.landscape.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemException;
import org.landscape.fhir.capability.CapabilityStatementBuilder;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.fhir.errors.ProblemOutcomes;
import org.landscape.fhir.search.DateParameter;
import org.landscape.fhir.search.FhirPaging;
import org.landscape.fhir.search.InstantRange;
import org.landscape.fhir.search.ReferenceParameter;
import org.landscape.fhir.search.TokenParameter;

/** The FHIR view's shared pieces, without a running service. */
class FhirSupportTest {

  @Test
  void aHalfOpenValidityIsAPeriodEndingOnItsLastDay() {
    Period period = FhirPeriods.of(LocalDate.parse("2013-04-01"), LocalDate.parse("2015-04-01"));
    assertThat(period.getStartElement().getValueAsString()).isEqualTo("2013-04-01");
    assertThat(period.getEndElement().getValueAsString()).isEqualTo("2015-03-31");
    assertThat(FhirPeriods.of(LocalDate.parse("2013-04-01"), null).hasEnd()).isFalse();
  }

  @Test
  void pagingTakesCountOffsetAndSummaryAndRefusesTheRest() {
    assertThat(FhirPaging.of(null, null, null)).isEqualTo(new FhirPaging(50, 0, false));
    assertThat(FhirPaging.of("2", "4", null)).isEqualTo(new FhirPaging(2, 4, false));
    assertThat(FhirPaging.of("0", null, null).totalOnly()).isTrue();
    assertThat(FhirPaging.of(null, null, "count").totalOnly()).isTrue();
    assertThat(FhirPaging.of(null, null, "count").pageRequest().limit).isEqualTo(1);
    for (String bad : List.of("-1", "501", "ten")) {
      assertThatThrownBy(() -> FhirPaging.of(bad, null, null))
          .isInstanceOf(ProblemException.class)
          .satisfies(
              e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("_count"));
    }
    assertThatThrownBy(() -> FhirPaging.of(null, null, "text"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aPageOfInMemoryMatchesIsItsSliceAndNothingForTheTotalOnly() {
    List<String> all = List.of("a", "b", "c");
    assertThat(FhirPaging.of("2", "0", null).page(all)).containsExactly("a", "b");
    assertThat(FhirPaging.of("2", "2", null).page(all)).containsExactly("c");
    assertThat(FhirPaging.of("2", "5", null).page(all)).isEmpty();
    assertThat(FhirPaging.of(null, null, "count").page(all)).isEmpty();
  }

  @Test
  void referencesNameOrganisationsByOdsCode() {
    assertThat(ReferenceParameter.odsCode("primary-organization", "qhm")).isEqualTo("QHM");
    assertThat(ReferenceParameter.odsCode("primary-organization", "Organization/QHM"))
        .isEqualTo("QHM");
    assertThat(
            ReferenceParameter.odsCode(
                "primary-organization", "https://fhir.nhs.uk/Id/ods-organization-code|QHM"))
        .isEqualTo("QHM");
    assertThat(ReferenceParameter.odsCode("primary-organization", "urn:other|QHM")).isNull();
    assertThat(ReferenceParameter.namesNone("urn:other|QHM", null)).isTrue();
    assertThat(ReferenceParameter.namesNone(null, null)).isFalse();
  }

  @Test
  void tokensMatchBySystemAndCode() {
    TokenParameter ods =
        TokenParameter.parse("identifier", "https://fhir.nhs.uk/Id/ods-organization-code|A81001");
    assertThat(ods.matches("https://fhir.nhs.uk/Id/ods-organization-code", "A81001")).isTrue();
    assertThat(ods.matches("urn:other", "A81001")).isFalse();
    assertThat(TokenParameter.parse("type", "RO76").matches("urn:any", "ro76")).isTrue();
    assertThat(TokenParameter.parse("type", "|RO76").matches("urn:any", "RO76")).isFalse();
    assertThatThrownBy(() -> TokenParameter.parse("type", "a|b|c"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void datesAreDaysWithAnOptionalEqPrefix() {
    assertThat(DateParameter.parse("date", "eq2014-10-01"))
        .isEqualTo(LocalDate.parse("2014-10-01"));
    assertThat(DateParameter.parse("date", null)).isNull();
    assertThatThrownBy(() -> DateParameter.parse("date", "2014-13-01"))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> DateParameter.parse("date", "gt2014-01-01"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void lastUpdatedPrefixesBecomeAHalfOpenRange() {
    InstantRange range =
        InstantRange.parse(
            "_lastUpdated", List.of("ge2024-01-01T00:00:00Z", "lt2024-02-01T00:00:00Z"));
    assertThat(range.from()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(range.before()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
    InstantRange after = InstantRange.parse("_lastUpdated", List.of("gt2024-01-01T10:00:00Z"));
    assertThat(after.from()).isEqualTo(Instant.parse("2024-01-01T10:00:01Z"));
    assertThat(after.before()).isNull();
    assertThatThrownBy(() -> InstantRange.parse("_lastUpdated", List.of("sa2024-01-01")))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> InstantRange.parse("_lastUpdated", List.of("yesterday")))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aValidationProblemIsAnOutcomeWithOneIssuePerFieldAndTheTraceId() {
    Problem problem =
        new Problem(
            URI.create("urn:landscape:problem:validation-failed"),
            "The request is not valid",
            400,
            "1 field is not valid",
            URI.create("/fhir/Organization"),
            List.of(new FieldViolation("_count", "must be a whole number from 0 to 500")),
            List.of(),
            "4bf92f3577b34da6a3ce929d0e0e4736");
    OperationOutcome outcome = ProblemOutcomes.of(problem);
    assertThat(outcome.getIssue()).hasSize(2);
    assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
    assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("_count");
    assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo("validation-failed");
    assertThat(outcome.getIssue().get(1).getDiagnostics())
        .contains("4bf92f3577b34da6a3ce929d0e0e4736");
    FhirSchemaValidation.assertValid(outcome);
    assertThat(ProblemOutcomes.issueType(404)).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    assertThat(ProblemOutcomes.issueType(503)).isEqualTo(OperationOutcome.IssueType.TRANSIENT);
  }

  @Test
  void theSharedBuildingBlocksMakeValidR4() {
    Organization practice = new Organization();
    practice.setId("A81001");
    practice.addIdentifier(OrganizationReferences.odsCode("A81001"));
    practice.addType(OdsRole.GP_PRACTICE.concept());
    practice.setName("THE DENSHAM SURGERY");
    FhirSchemaValidation.assertValid(practice);
    FhirSchemaValidation.assertValid(
        CapabilityStatementBuilder.of("practice-service", "1.0", "GP practices")
            .at("http://localhost/fhir")
            .resource("Organization", "GP practices")
            .read()
            .historyInstance()
            .searchType()
            .param("identifier", SearchParamType.TOKEN, "ODS code")
            .and()
            .build());
  }

  @Test
  void theSchemaValidationFindsWhatBaseR4Forbids() {
    // a CapabilityStatement needs a status, a date and a kind (1..1 in R4)
    assertThatThrownBy(
            () -> FhirSchemaValidation.assertValid(new org.hl7.fhir.r4.model.CapabilityStatement()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status");
  }
}
