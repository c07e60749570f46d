package org.landscape.practice.rest;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.landscape.practice.domain.ExtractDateRule;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.imports.EpraccurImport;
import org.landscape.practice.mapping.PracticeMapper;

@Path("/imports/epraccur")
@Tag(name = "Imports", description = "Official ODS files. Require the importer role.")
public class PracticeImportResource {

  @Inject EpraccurImport epraccur;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.IMPORTER)
  @Operation(
      summary = "Import ODS epraccur (GP practices)",
      description =
          "Requires the importer role, and the file's extract date. Import the CCGs into ccg-service first. All or nothing on malformed rows (each listed); commissioners are checked with ccg-service in one call (503 and nothing written if unreachable). Files may come in any order and over any state: each row's commissioner becomes a fact dated by its join date (or the extract date where that is missing or the commissioner was not operational then); close dates become closures, status changes are counted, practices new in the file are created and carried through their CCG's later successions, practices missing from the file are reported as absent and kept. Where two files assert one day, the later extract wins; each conflict is listed. Re-importing a file changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, in a dry run, what would be)",
      content = @Content(schema = @Schema(implementation = PracticeViews.EpraccurReport.class)))
  @APIResponse(
      responseCode = "422",
      description = "Bad rows; nothing imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PracticeViews.EpraccurReport importFile(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("extractDate")
          @Parameter(
              description =
                  "Required: the day the file was extracted (the file carries no date). Where two"
                      + " files assert a fact for one day, the later extract wins.",
              example = "2015-07-01")
          LocalDate extractDate,
      @QueryParam("dryRun")
          @DefaultValue("false")
          @Parameter(description = "Report without writing")
          boolean dryRun) {
    Finding extract = ExtractDateRule.check(extractDate, LocalDate.now());
    if (!extract.satisfied()) {
      throw ProblemException.invalid("extractDate", extract.detail());
    }
    if (file == null) {
      throw ProblemException.invalid("file", "the file part is required");
    }
    try (InputStream content = Files.newInputStream(file.uploadedFile())) {
      String name = file.fileName() == null ? "epraccur" : file.fileName();
      return PracticeMapper.toView(
          epraccur.run(
              CsvTable.withoutHeader(name, content, StandardCharsets.UTF_8), extractDate, dryRun));
    } catch (IOException unreadable) {
      throw ProblemException.invalid("file", "the file cannot be read");
    }
  }
}
