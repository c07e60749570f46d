package org.landscape.ccg.rest;

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
import java.nio.charset.Charset;
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
import org.landscape.ccg.imports.AreaCorrectionImport;
import org.landscape.ccg.imports.AreaTeamImport;
import org.landscape.ccg.imports.CcgListImport;
import org.landscape.ccg.imports.EccgImport;
import org.landscape.ccg.imports.IcbImport;
import org.landscape.ccg.imports.LsoaAreaImport;
import org.landscape.ccg.imports.NhsRegionImport;
import org.landscape.ccg.imports.OversightImport;
import org.landscape.ccg.imports.ShippedFiles;
import org.landscape.ccg.imports.SubIcbLocationImport;
import org.landscape.ccg.imports.SuccessionImport;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.security.Roles;

/**
 * Imports of the official files, each all or nothing (every bad row listed, nothing written),
 * idempotent, with a dry run. Order: ccg-list, area-teams, oversight, eccg, successions,
 * lsoa-areas, area-corrections, regions, icbs, sub-icb-locations.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IMPORTER)
@Tag(
    name = "Imports",
    description = "Official ODS and ONS files, in the order listed. Require the importer role.")
@APIResponse(
    responseCode = "200",
    description = "Imported (or, in a dry run, what would be)",
    content = @Content(schema = @Schema(implementation = ImportReport.class)))
@APIResponse(
    responseCode = "422",
    description = "Bad rows; nothing imported",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CcgImportResource {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Inject CcgListImport ccgList;
  @Inject AreaTeamImport areaTeams;
  @Inject OversightImport oversight;
  @Inject EccgImport eccg;
  @Inject SuccessionImport successions;
  @Inject LsoaAreaImport lsoaAreas;
  @Inject AreaCorrectionImport corrections;
  @Inject NhsRegionImport regions;
  @Inject IcbImport icbs;
  @Inject SubIcbLocationImport subIcbLocations;

  @POST
  @Path("ccg-list")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "1. The April 2013 CCG list (CCG_APR_2013.csv, Windows-1252)")
  public ImportReport ccgList(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun")
          @DefaultValue("false")
          @Parameter(description = "Report without writing")
          boolean dryRun) {
    return ccgList.run(table(file, WINDOWS_1252, true), dryRun);
  }

  @POST
  @Path("area-teams")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "2. The area teams of April 2013 (NHSAT_APR_2013_EN_NC.csv)")
  public ImportReport areaTeams(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return areaTeams.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("oversight")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "3. The CCG → area team → region lookup (CCG13_NHSAT13_NHSCR13_EW_LU.csv)")
  public ImportReport oversight(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return oversight.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("eccg")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "4. ODS eccg: every CCG's open and close dates (eccg.csv)")
  public ImportReport eccg(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return eccg.run(table(file, StandardCharsets.UTF_8, false), dryRun);
  }

  @POST
  @Path("successions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "5. ODS succ: predecessor → successor links between CCGs (succ.csv)")
  public ImportReport successions(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return successions.run(table(file, StandardCharsets.UTF_8, false), dryRun);
  }

  @POST
  @Path("lsoa-areas")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "6. ONS LSOA → CCG → district lookup: CCG areas and shares (LSOA11_CCG15_LAD15_EN_LU.csv)",
      description =
          "Checks councils with hwb-service; 503 and nothing written if it cannot be reached.")
  public ImportReport lsoaAreas(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return lsoaAreas.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("area-corrections")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "7. Area corrections from a file of published facts",
      description =
          "Header: ccgCode,localAuthorityCode,shareOfCcg,shareOfAuthority,validFrom,validTo,source.")
  public ImportReport areaCorrections(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return corrections.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("area-corrections/shipped")
  @Operation(
      summary = "7. Area corrections shipped with the service",
      description =
          "00F covered Gateshead; 00G and 00H covered Newcastle upon Tyne, before 2015-04-01.")
  public ImportReport shippedAreaCorrections(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return corrections.run(ShippedFiles.read(ShippedFiles.AREA_CORRECTIONS), dryRun);
  }

  @POST
  @Path("regions/shipped")
  @Operation(
      summary = "8. NHS England's regions over time, shipped with the service",
      description =
          "ODS (Y…) and ONS (E40…) codes and dates: the four regions of 2013, the seven since"
              + " 2019-04-01. After the oversight lookup.")
  public ImportReport shippedRegions(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return regions.run(ShippedFiles.read(ShippedFiles.NHS_REGIONS), dryRun);
  }

  @POST
  @Path("regions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "8. NHS England's regions over time, from a file of published facts",
      description = "Header: odsCode,onsCode,name,validFrom,validTo,source.")
  public ImportReport regions(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return regions.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("icbs")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "9. Integrated Care Boards, from a file of published facts",
      description = "Header: code,onsCode,name,regionOdsCode,openDate,closeDate,source.")
  public ImportReport icbs(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return icbs.run(table(file, StandardCharsets.UTF_8, true), dryRun);
  }

  @POST
  @Path("icbs/shipped")
  @Operation(
      summary = "9. The 42 Integrated Care Boards of 2022-07-01, shipped with the service",
      description = "Code, ONS code, name, region and dates of each. After the regions.")
  public ImportReport shippedIcbs(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return icbs.run(ShippedFiles.read(ShippedFiles.ICBS), dryRun);
  }

  @POST
  @Path("sub-icb-locations")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "10. ODS eccg: each CCG code's life as a sub-ICB location of its ICB (eccg.csv)",
      description =
          "Every code open on 2022-07-01 or opened since becomes a sub-ICB location of the ICB in"
              + " column 4. After eccg and the ICBs.")
  public ImportReport subIcbLocations(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return subIcbLocations.run(table(file, StandardCharsets.UTF_8, false), dryRun);
  }

  private static CsvTable table(FileUpload upload, Charset charset, boolean header) {
    if (upload == null) {
      throw ProblemException.invalid("file", "the file part is required");
    }
    try (InputStream content = Files.newInputStream(upload.uploadedFile())) {
      String name = upload.fileName() == null ? "file" : upload.fileName();
      return header
          ? CsvTable.withHeader(name, content, charset)
          : CsvTable.withoutHeader(name, content, charset);
    } catch (IOException unreadable) {
      throw ProblemException.invalid("file", "the file cannot be read");
    }
  }
}
