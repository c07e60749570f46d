package org.landscape.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.domain.WhoPaysQuestion;
import org.landscape.commissioning.mapping.WhoPaysMapper;
import org.landscape.commissioning.service.ResponsibleCommissionerService;
import org.landscape.common.problem.Problem;
import org.landscape.common.time.AsOf;

@Path("/responsible-commissioner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Who pays?", description = "The responsible commissioner for a patient's care")
public class ResponsibleCommissionerResource {

  private static final String COUNCIL = "E(06|07|08|09|10)[0-9]{6}";
  private static final String COUNCIL_MESSAGE =
      "must be a local authority's ONS code (E06, E07, E08, E09 or E10 and six digits)";

  @Inject ResponsibleCommissionerService whoPays;

  @GET
  @Operation(
      summary = "Who pays for this patient's care?",
      description =
          "Give what you know of the patient, at least one of: `registeredPractice` (the patient's GP practice: its CCG on the date pays, or from 2022-07-01 the ICB of its sub-ICB location), `residence` (where they usually live: decides for a patient registered nowhere, and for councils' categories), `presentIn` (where they are: decides for urgent and emergency care). The category's rule picks the fact that decides. Categories commissioned by NHS England or councils are theirs whatever the patient; a council's is the upper tier of the residence. When several CCGs (or ICBs) cover a council and nothing narrows it, `resolved` is false and the candidates are listed with their shares, never a guess.")
  @APIResponse(
      responseCode = "200",
      description = "The responsible commissioner, the rule applied and why",
      content = @Content(schema = @Schema(implementation = WhoPaysViews.Answer.class)))
  @APIResponse(
      responseCode = "422",
      description = "Cannot be decided from what was given (e.g. an unknown practice)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "A peer service is unreachable",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public WhoPaysViews.Answer answer(
      @QueryParam("category")
          @NotNull(message = "is required")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Parameter(example = "ELECTIVE_HOSPITAL_CARE", required = true)
          String category,
      @QueryParam("date")
          @Parameter(description = "The date of care (default today)", example = "2014-01-01")
          LocalDate date,
      @QueryParam("registeredPractice")
          @Pattern(
              regexp = "[A-Z][0-9]{5}",
              message = "must be a GP practice's ODS code: a letter and five digits (A81001)")
          @Parameter(example = "A81001")
          String registeredPractice,
      @QueryParam("residence")
          @Pattern(regexp = COUNCIL, message = COUNCIL_MESSAGE)
          @Parameter(description = "Council where the patient usually lives", example = "E07000105")
          String residence,
      @QueryParam("presentIn")
          @Pattern(regexp = COUNCIL, message = COUNCIL_MESSAGE)
          @Parameter(description = "Council where the patient is", example = "E08000021")
          String presentIn) {
    return WhoPaysMapper.toView(
        whoPays.answer(
            new WhoPaysQuestion(
                category, AsOf.orToday(date), registeredPractice, residence, presentIn)));
  }
}
