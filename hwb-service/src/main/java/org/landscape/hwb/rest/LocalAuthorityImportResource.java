package org.landscape.hwb.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.security.Roles;
import org.landscape.hwb.imports.LocalAuthorityImport;
import org.landscape.hwb.mapping.LocalAuthorityMapper;
import org.landscape.hwb.rest.LocalAuthorityViews.LocalAuthorityImportReport;

@Path("/local-authorities/import")
@Tag(name = "Local authorities")
public class LocalAuthorityImportResource {

  @Inject LocalAuthorityImport imports;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.IMPORTER)
  @Operation(
      summary = "Import the ONS district list and upper-tier lookup",
      description =
          "Requires the importer role. Parts: `districts` (e.g. LAD15_RGN15_EN_LU.csv) and `upperTiers`"
              + " (e.g. LTLA17_UTLA17_EW_LU.csv), as published by ONS. All or nothing: if any row is bad,"
              + " nothing is written and every bad row is listed. Re-importing the same files changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, in a dry run, what would be)",
      content = @Content(schema = @Schema(implementation = LocalAuthorityImportReport.class)))
  @APIResponse(
      responseCode = "422",
      description = "Bad rows; nothing imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public LocalAuthorityImportReport importFiles(
      @RestForm("districts")
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              format = "binary")
          FileUpload districts,
      @RestForm("upperTiers")
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              format = "binary")
          FileUpload upperTiers,
      @QueryParam("dryRun")
          @DefaultValue("false")
          @Parameter(description = "Validate and report without writing")
          boolean dryRun) {
    return LocalAuthorityMapper.toReport(
        imports.importFiles(
            table("districts", districts), table("upperTiers", upperTiers), dryRun));
  }

  private static CsvTable table(String part, FileUpload upload) {
    if (upload == null) {
      throw ProblemException.invalid(part, "the file part is required");
    }
    try (InputStream content = Files.newInputStream(upload.uploadedFile())) {
      return CsvTable.withHeader(part, content, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw ProblemException.invalid(part, "the file cannot be read");
    }
  }
}
