package org.landscape.commissioning.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.landscape.commissioning.imports.EtrImport;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.security.Roles;

@Path("/imports/etr")
@Tag(name = "Imports", description = "Official ODS files. Require the importer role.")
public class EtrImportResource {

  @Inject EtrImport etr;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.IMPORTER)
  @Operation(
      summary = "Import ODS etr (NHS trusts)",
      description =
          "Requires the importer role. Each trust becomes a provider of kind NHS_TRUST with its open and close dates. All or nothing: one bad row and nothing is written, every bad row listed. Re-importing a file changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, in a dry run, what would be)",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "422",
      description = "Bad rows; nothing imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ImportReport importFile(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun")
          @DefaultValue("false")
          @Parameter(description = "Report without writing")
          boolean dryRun) {
    if (file == null) {
      throw ProblemException.invalid("file", "the file part is required");
    }
    try (InputStream content = Files.newInputStream(file.uploadedFile())) {
      String name = file.fileName() == null ? "etr" : file.fileName();
      return etr.run(CsvTable.withoutHeader(name, content, StandardCharsets.UTF_8), dryRun);
    } catch (IOException unreadable) {
      throw ProblemException.invalid("file", "the file cannot be read");
    }
  }
}
