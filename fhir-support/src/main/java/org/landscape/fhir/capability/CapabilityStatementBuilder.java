package org.landscape.fhir.capability;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.landscape.fhir.FhirMediaTypes;

/**
 * A service's {@code GET /fhir/metadata}: the resources it serves, their interactions and search
 * parameters, in FHIR R4 JSON and XML. The parameters every search takes ({@code _count}, {@code
 * _offset}, {@code _summary}, {@code _lastUpdated}, {@code date}) are added by {@link
 * Resource#searchType()}.
 */
public final class CapabilityStatementBuilder {

  private final CapabilityStatement statement = new CapabilityStatement();
  private final CapabilityStatementRestComponent rest;

  private CapabilityStatementBuilder(String software, String version, String description) {
    statement
        .setStatus(PublicationStatus.ACTIVE)
        .setDate(new Date())
        .setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
        .setFhirVersion(FHIRVersion._4_0_1)
        .setName(software.replaceAll("[^A-Za-z0-9]", ""))
        .setTitle(software + " FHIR R4 view")
        .setPublisher("Commissioning landscape suite")
        .setDescription(description);
    statement.getSoftware().setName(software).setVersion(version);
    statement.addFormat("json").addFormat(FhirMediaTypes.FHIR_JSON);
    statement.addFormat("xml").addFormat(FhirMediaTypes.FHIR_XML);
    rest = statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
  }

  public static CapabilityStatementBuilder of(String software, String version, String description) {
    return new CapabilityStatementBuilder(software, version, description);
  }

  /** The base URL the statement describes ({@code implementation.url}). */
  public CapabilityStatementBuilder at(String baseUrl) {
    statement.getImplementation().setUrl(baseUrl).setDescription(statement.getTitle());
    return this;
  }

  public Resource resource(String type, String documentation) {
    return new Resource(rest.addResource().setType(type).setDocumentation(documentation));
  }

  public CapabilityStatement build() {
    return statement;
  }

  /** One resource type of the statement. */
  public final class Resource {

    private final CapabilityStatementRestResourceComponent component;

    private Resource(CapabilityStatementRestResourceComponent component) {
      this.component = component;
      component.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
      component.setReadHistory(false);
    }

    public Resource read() {
      component.addInteraction().setCode(TypeRestfulInteraction.READ);
      return this;
    }

    public Resource historyInstance() {
      component.addInteraction().setCode(TypeRestfulInteraction.HISTORYINSTANCE);
      component.setReadHistory(true);
      return this;
    }

    /** The search interaction, with the parameters every search of the suite takes. */
    public Resource searchType() {
      component.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
      param(
          "_count",
          SearchParamType.NUMBER,
          "Page size, 0 to 500 (default 50); 0 answers with the total only");
      param("_offset", SearchParamType.NUMBER, "Matches to skip; next links carry it");
      param("_summary", SearchParamType.TOKEN, "count: the total only");
      return this;
    }

    public Resource param(String name, SearchParamType type, String documentation) {
      component.addSearchParam().setName(name).setType(type).setDocumentation(documentation);
      return this;
    }

    /** Back to the statement, for the next resource type. */
    public CapabilityStatementBuilder and() {
      return CapabilityStatementBuilder.this;
    }
  }
}
