package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgOversight;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.CcgStageRule;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.ConstitutionRepository;
import org.landscape.ccg.repository.OversightRepository;
import org.landscape.ccg.repository.StageRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.Validity;
import org.landscape.hwb.api.HwbRegister;
import org.landscape.hwb.api.LocalAuthorityView;

/** Changes to the CCG register made through the API. */
@ApplicationScoped
public class CcgRegisterService {

  /** A CCG to add to the register. */
  public record NewCcg(
      String code, String onsCode, String name, LocalDate openDate, LocalDate closeDate) {}

  /** The new state of a CCG's own fields (a full replacement). */
  public record CcgUpdate(String onsCode, String name, LocalDate openDate, LocalDate closeDate) {}

  /** A successor of a CCG from its first day. */
  public record NewSuccessor(String successorCode, LocalDate effectiveDate) {}

  /** The area team overseeing a CCG from a date. */
  public record OversightChange(String areaTeamCode, LocalDate validFrom) {}

  /** A version of a CCG's constitution. */
  public record NewConstitution(String version, LocalDate adoptedOn, String documentUrl) {}

  /** A period a CCG ran as a pathfinder (a {@link NewStage} of {@link CcgStage#PATHFINDER}). */
  public record NewPathfinderPeriod(LocalDate validFrom, LocalDate validTo, String note) {}

  /**
   * A period a CCG spent in a stage before it became operational; an open end lasts until it
   * opened. Conditions only for an authorisation.
   */
  public record NewStage(
      CcgStage stage, LocalDate validFrom, LocalDate validTo, String conditions, String note) {}

  /**
   * A CCG's area over {@code [validFrom, validTo)}: the councils it covers then, in the order given
   * (field names in errors refer to {@code authorities[i]}).
   */
  public record AreaChange(
      LocalDate validFrom, LocalDate validTo, List<AreaService.Entry> authorities) {}

  @Inject CcgRepository ccgs;
  @Inject CcgQueryService queries;
  @Inject CcgChanges changes;
  @Inject SuccessionRepository successions;
  @Inject OversightRepository oversight;
  @Inject AreaTeamRepository areaTeams;
  @Inject ConstitutionRepository constitutions;
  @Inject StageRepository stages;
  @Inject AreaService areas;
  @Inject HwbRegister authorities;
  @Inject ChangeFeed changeFeed;
  @Inject SubIcbLocationLifecycle locationLifecycle;

  @Transactional
  public Ccg create(NewCcg request) {
    if (ccgs.findById(request.code()) != null) {
      throw ProblemException.conflict(
          "CCG " + request.code() + " already exists; ODS codes are never reused");
    }
    requireOrdered(request.openDate(), request.closeDate(), "closeDate");
    requireFreeOnsCode(request.onsCode(), request.code());
    Ccg ccg = new Ccg();
    ccg.code = request.code();
    ccg.onsCode = request.onsCode();
    ccg.name = request.name().strip();
    ccg.openDate = request.openDate();
    ccg.closeDate = request.closeDate();
    changes.created(ccg);
    ccgs.flush();
    return ccg;
  }

  @Transactional
  public Ccg update(String code, String ifMatch, CcgUpdate request) {
    Ccg ccg = queries.require(code);
    ETags.requireMatch(ifMatch, ccg.version);
    requireOrdered(request.openDate(), request.closeDate(), "closeDate");
    requireFreeOnsCode(request.onsCode(), code);
    if (!java.util.Objects.equals(ccg.openDate, request.openDate())
        || !java.util.Objects.equals(ccg.closeDate, request.closeDate())) {
      ccgs.getEntityManager().lock(ccg, LockModeType.PESSIMISTIC_WRITE);
      CcgStageRule.overlappedBy(request.openDate(), request.closeDate(), stages.history(code))
          .ifPresent(
              stage -> {
                throw ProblemException.ruleViolated(
                    "The operational period would overlap the "
                        + stage.stage
                        + " period of "
                        + code
                        + " from "
                        + stage.validFrom
                        + " to "
                        + stage.validTo
                        + ": a stage comes before the CCG became operational");
              });
    }
    ccg.onsCode = request.onsCode();
    ccg.name = request.name().strip();
    ccg.openDate = request.openDate();
    ccg.closeDate = request.closeDate();
    ccgs.flush();
    changes.updated(ccg);
    locationLifecycle.endWith(ccg);
    return ccg;
  }

  @Transactional
  public CcgSuccession addSuccessor(String code, NewSuccessor request) {
    Ccg predecessor = queries.require(code);
    Ccg successor = ccgs.findById(request.successorCode());
    if (successor == null) {
      throw ProblemException.invalid(
          "successorCode", "CCG " + request.successorCode() + " does not exist");
    }
    if (code.equals(successor.code)
        || queries.links(successor.code, CcgQueryService.Direction.SUCCESSORS, true).stream()
            .anyMatch(link -> link.successorCode.equals(code))) {
      throw ProblemException.ruleViolated(
          "A CCG cannot succeed itself, directly or through a chain: "
              + successor.code
              + " already leads to "
              + code);
    }
    if (predecessor.openDate != null && !request.effectiveDate().isAfter(predecessor.openDate)) {
      throw ProblemException.invalid(
          "effectiveDate", "must be after " + code + " opened on " + predecessor.openDate);
    }
    if (successions.findById(new CcgSuccession.Key(code, successor.code)) != null) {
      throw ProblemException.conflict(successor.code + " is already a successor of " + code);
    }
    CcgSuccession link = new CcgSuccession();
    link.predecessorCode = code;
    link.successorCode = successor.code;
    link.effectiveDate = request.effectiveDate();
    successions.persist(link);
    changeFeed.record(
        CcgChanges.SUCCESSION_RESOURCE_TYPE,
        code + ">" + successor.code,
        ChangeType.CREATED,
        CcgChanges.record(link));
    locationLifecycle.carryTo(successor, code, request.effectiveDate());
    return link;
  }

  /** From the date, the CCG is overseen by the given area team; the current link ends then. */
  @Transactional
  public void changeOversight(String code, OversightChange request) {
    queries.require(code);
    if (areaTeams.findById(request.areaTeamCode()) == null) {
      throw ProblemException.invalid(
          "areaTeamCode", "area team " + request.areaTeamCode() + " does not exist");
    }
    for (CcgOversight link : oversight.history(code)) {
      boolean startsOnOrAfter =
          link.validFrom != null && !link.validFrom.isBefore(request.validFrom());
      if (startsOnOrAfter) {
        throw ProblemException.conflict(
            "An oversight link of "
                + code
                + " starts on or after "
                + request.validFrom()
                + "; change history from its end");
      }
      if (Validity.contains(link.validFrom, link.validTo, request.validFrom())) {
        link.validTo = request.validFrom();
      }
    }
    oversight.flush();
    CcgOversight next = new CcgOversight();
    next.ccgCode = code;
    next.areaTeamCode = request.areaTeamCode();
    next.validFrom = request.validFrom();
    oversight.persist(next);
    changeFeed.record(
        "ccg-oversight",
        code,
        ChangeType.UPDATED,
        Map.of("areaTeamCode", next.areaTeamCode, "validFrom", next.validFrom));
  }

  @Transactional
  public CcgConstitution addConstitution(String code, NewConstitution request) {
    queries.require(code);
    if (constitutions.exists(code, request.version())) {
      throw ProblemException.conflict(
          "Constitution version " + request.version() + " of " + code + " already exists");
    }
    CcgConstitution constitution = new CcgConstitution();
    constitution.ccgCode = code;
    constitution.version = request.version().strip();
    constitution.adoptedOn = request.adoptedOn();
    constitution.documentUrl = request.documentUrl();
    constitutions.persist(constitution);
    changeFeed.record(
        "ccg-constitution",
        code,
        ChangeType.CREATED,
        CcgChanges.ConstitutionRecord.of(constitution));
    return constitution;
  }

  /** Records a pathfinder period: the stage {@link CcgStage#PATHFINDER}, by its older name. */
  @Transactional
  public CcgStagePeriod addPathfinderPeriod(String code, NewPathfinderPeriod request) {
    return addStage(
        code,
        new NewStage(
            CcgStage.PATHFINDER, request.validFrom(), request.validTo(), null, request.note()));
  }

  /**
   * Records a period the CCG spent in a stage before it became operational, if {@link CcgStageRule}
   * allows it: a malformed field is 400, a broken rule (overlapping its operational period, shadow
   * form outside the 2012-13 dual running) 422, an overlap with a period of the same stage 409;
   * nothing is written then. The CCG's row is locked meanwhile, so that a concurrent change of its
   * dates cannot slip in.
   */
  @Transactional
  public CcgStagePeriod addStage(String code, NewStage request) {
    queries.require(code);
    Ccg ccg = ccgs.findById(code, LockModeType.PESSIMISTIC_WRITE);
    String conditions =
        request.conditions() == null || request.conditions().isBlank()
            ? null
            : request.conditions().strip();
    CcgStageRule.Period period =
        new CcgStageRule.Period(
            request.stage(), request.validFrom(), request.validTo(), conditions);
    CcgStageRule.check(ccg, period, stages.history(code, request.stage()))
        .ifPresent(
            refusal -> {
              throw switch (refusal.kind()) {
                case INVALID -> ProblemException.invalid(refusal.field(), refusal.message());
                case RULE_BROKEN ->
                    ProblemException.ruleViolated(refusal.field() + ": " + refusal.message());
                case CONFLICT -> ProblemException.conflict(refusal.message());
              };
            });
    CcgStagePeriod stage = new CcgStagePeriod();
    stage.ccgCode = code;
    stage.stage = request.stage();
    stage.validFrom = request.validFrom();
    stage.validTo = CcgStageRule.end(ccg, period);
    stage.conditions = conditions;
    stage.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    stages.persist(stage);
    stages.flush();
    changeFeed.record(
        CcgChanges.STAGE_RESOURCE_TYPE, code, ChangeType.CREATED, CcgChanges.StageRecord.of(stage));
    return stage;
  }

  /**
   * Sets the CCG's area over a period, after hwb-service confirms every council (one call, made
   * before the write transaction opens). If hwb-service cannot be reached, 503 and nothing is
   * written.
   */
  public void setArea(String code, AreaChange request) {
    queries.require(code);
    requireOrdered(request.validFrom(), request.validTo(), "validTo");
    Map<String, LocalAuthorityView> known =
        authorities.localAuthorities(request.validFrom(), "check the councils of the CCG's area");
    List<FieldViolation> violations = new ArrayList<>();
    java.util.Set<String> seen = new HashSet<>();
    for (int i = 0; i < request.authorities().size(); i++) {
      AreaService.Entry authority = request.authorities().get(i);
      String field = "authorities[" + i + "].localAuthorityCode";
      if (!known.containsKey(authority.localAuthorityCode())) {
        violations.add(
            new FieldViolation(
                field,
                authority.localAuthorityCode()
                    + " is not a council known to hwb-service on "
                    + request.validFrom()));
      } else if (!seen.add(authority.localAuthorityCode())) {
        violations.add(
            new FieldViolation(field, authority.localAuthorityCode() + " is named twice"));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.validation(violations);
    }
    storeArea(code, request);
  }

  @Transactional
  void storeArea(String code, AreaChange request) {
    areas.overlay(code, request.authorities(), request.validFrom(), request.validTo());
  }

  private static void requireOrdered(LocalDate from, LocalDate to, String endField) {
    if (!Validity.isOrdered(from, to)) {
      throw ProblemException.invalid(endField, "must be after " + from);
    }
  }

  private void requireFreeOnsCode(String onsCode, String code) {
    if (onsCode == null) {
      return;
    }
    Ccg holder = ccgs.byOnsCode(onsCode);
    if (holder != null && !holder.code.equals(code)) {
      throw ProblemException.conflict(
          "ONS code " + onsCode + " already belongs to CCG " + holder.code);
    }
  }
}
