package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.domain.JointDocumentKind;
import org.landscape.hwb.domain.OpinionFilter;
import org.landscape.hwb.domain.OpinionVerdict;
import org.landscape.hwb.domain.PlanOpinion;
import org.landscape.hwb.repository.JointDocumentRepository;
import org.landscape.hwb.repository.PlanOpinionRepository;

/**
 * A board's opinions on whether relevant CCGs' draft commissioning plans take proper account of its
 * Joint Health and Wellbeing Strategy. The CCG must be relevant to the board on the day the opinion
 * is given (per ccg-service); when ccg-service cannot say, nothing is written.
 */
@ApplicationScoped
public class OpinionService {

  /** An opinion to record, or the new state of one. */
  public record OpinionCommand(
      String ccgCode,
      String planReference,
      String financialYear,
      OpinionVerdict opinion,
      List<String> reasons,
      LocalDate givenOn) {}

  public static final String RELEVANT_CCG = "RELEVANT_CCG";
  public static final String STRATEGY_IN_FORCE = "STRATEGY_IN_FORCE";

  @Inject BoardLookup boards;
  @Inject PlanOpinionRepository opinions;
  @Inject JointDocumentRepository documents;
  @Inject CcgRegister ccgs;
  @Inject OpinionChanges changes;

  public Page<PlanOpinion> search(String code, OpinionFilter filter, PageRequest page) {
    boards.requireExists(code);
    return opinions.search(code, filter, page);
  }

  public PlanOpinion get(String code, long id) {
    return opinions
        .ofAuthority(code, id)
        .orElseThrow(() -> ProblemException.notFound("Opinion", code + "/" + id));
  }

  /**
   * Gives an opinion: the local rules first, then relevance with ccg-service before any transaction
   * opens, then the write, which checks the local rules again inside it.
   */
  public PlanOpinion give(String code, OpinionCommand request) {
    check(code, request, null);
    requireRelevant(code, request);
    return store(code, request);
  }

  @Transactional
  PlanOpinion store(String code, OpinionCommand request) {
    PlanOpinion opinion = new PlanOpinion();
    assign(opinion, check(code, request, null), request);
    opinions.persist(opinion);
    opinions.flush();
    changes.created(opinion, code);
    return opinion;
  }

  /** Revises an opinion; relevance is asked of ccg-service before any transaction opens. */
  public PlanOpinion revise(String code, long id, String ifMatch, OpinionCommand request) {
    get(code, id);
    check(code, request, id);
    requireRelevant(code, request);
    return storeRevision(code, id, ifMatch, request);
  }

  @Transactional
  PlanOpinion storeRevision(String code, long id, String ifMatch, OpinionCommand request) {
    PlanOpinion opinion = get(code, id);
    ETags.requireMatch(ifMatch, opinion.version);
    assign(opinion, check(code, request, id), request);
    opinions.flush();
    changes.updated(opinion, code);
    return opinion;
  }

  /** The board and the strategy the opinion is judged against, once it keeps every rule. */
  private Judgement check(String code, OpinionCommand request, Long opinionId) {
    Board board = boards.forRecordStarting(code, request.givenOn(), "givenOn");
    JointDocument strategy =
        documents
            .inForce(
                board.id, JointDocumentKind.JOINT_HEALTH_AND_WELLBEING_STRATEGY, request.givenOn())
            .orElseThrow(
                () ->
                    ProblemException.ruleViolated(
                        "Rule "
                            + STRATEGY_IN_FORCE
                            + ": the board of "
                            + code
                            + " had no Joint Health and Wellbeing Strategy in force on "
                            + request.givenOn()
                            + ", so there is nothing to judge the plan against"));
    Judgement judgement = new Judgement(board, strategy);
    PlanOpinion proposed = new PlanOpinion();
    proposed.id = opinionId;
    assign(proposed, judgement, request);
    opinions
        .samePlan(proposed)
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  "The board already gave an opinion on plan "
                      + proposed.planReference
                      + " of "
                      + proposed.ccgCode
                      + " for "
                      + proposed.financialYear
                      + " (opinion "
                      + other.id
                      + "); revise that one");
            });
    return judgement;
  }

  /** The board is identified by its hosting council, whose CCGs are the relevant ones. */
  private void requireRelevant(String authorityCode, OpinionCommand request) {
    if (request.givenOn() == null || request.ccgCode() == null) {
      return;
    }
    List<CcgSummary> relevant =
        ccgs.operational(
            authorityCode,
            request.givenOn(),
            "check that CCG " + request.ccgCode() + " is relevant to the board");
    if (relevant.stream().noneMatch(ccg -> ccg.code().equals(request.ccgCode()))) {
      throw ProblemException.ruleViolated(
          "Rule "
              + RELEVANT_CCG
              + ": CCG "
              + request.ccgCode()
              + " covers no part of "
              + authorityCode
              + " on "
              + request.givenOn()
              + ", so its plan is not this board's to judge (relevant CCGs then: "
              + (relevant.isEmpty()
                  ? "none"
                  : relevant.stream().map(CcgSummary::code).collect(Collectors.joining(", ")))
              + ")");
    }
  }

  private static void assign(PlanOpinion opinion, Judgement judgement, OpinionCommand request) {
    opinion.boardId = judgement.board().id;
    opinion.strategyId = judgement.strategy().id;
    opinion.ccgCode = request.ccgCode();
    opinion.planReference = request.planReference().strip();
    opinion.financialYear = request.financialYear();
    opinion.verdict = request.opinion();
    opinion.reasons = request.reasons().stream().map(String::strip).toArray(String[]::new);
    opinion.givenOn = request.givenOn();
  }

  private record Judgement(Board board, JointDocument strategy) {}
}
