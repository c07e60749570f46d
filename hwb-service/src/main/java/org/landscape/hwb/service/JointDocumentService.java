package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.domain.JointDocumentKind;
import org.landscape.hwb.domain.WithinBoardValidity;
import org.landscape.hwb.repository.JointDocumentRepository;
import org.landscape.hwb.repository.PlanOpinionRepository;

/**
 * The boards' Joint Strategic Needs Assessments and Joint Health and Wellbeing Strategies: one of
 * each in force at a time, within the board's validity.
 */
@ApplicationScoped
public class JointDocumentService {

  /** A document to add, or the new state of one. */
  public record DocumentCommand(
      JointDocumentKind kind,
      String title,
      List<String> priorities,
      LocalDate validFrom,
      LocalDate validTo) {}

  @Inject BoardLookup boards;
  @Inject JointDocumentRepository documents;
  @Inject PlanOpinionRepository opinions;
  @Inject JointDocumentChanges changes;

  public Page<JointDocument> search(
      String code, JointDocumentKind kind, LocalDate asOf, PageRequest page) {
    boards.requireExists(code);
    return documents.search(code, kind, asOf, page);
  }

  public JointDocument get(String code, long id) {
    return documents
        .ofAuthority(code, id)
        .orElseThrow(() -> ProblemException.notFound("Joint document", code + "/" + id));
  }

  @Transactional
  public JointDocument add(String code, DocumentCommand request) {
    JointDocument document = new JointDocument();
    assign(document, check(code, request, null), request);
    documents.persist(document);
    documents.flush();
    changes.created(document, code);
    return document;
  }

  @Transactional
  public JointDocument replace(String code, long id, String ifMatch, DocumentCommand request) {
    JointDocument document = get(code, id);
    ETags.requireMatch(ifMatch, document.version);
    Board board = check(code, request, id);
    requireOpinionsStillJudgedAgainstIt(id, request);
    assign(document, board, request);
    documents.flush();
    changes.updated(document, code);
    return document;
  }

  private Board check(String code, DocumentCommand request, Long documentId) {
    Board board = boards.forRecordStarting(code, request.validFrom(), "validFrom");
    ProblemException.requireNone(
        WithinBoardValidity.check(board, request.validFrom(), request.validTo()));
    JointDocument proposed = new JointDocument();
    proposed.id = documentId;
    assign(proposed, board, request);
    documents
        .clashing(proposed)
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  "The board already has a "
                      + proposed.kind.title()
                      + " in force over an overlapping period (document "
                      + other.id
                      + ", from "
                      + other.validFrom
                      + "); end it first");
            });
    return board;
  }

  /** Opinions name the strategy in force when given; a change must not leave them without one. */
  private void requireOpinionsStillJudgedAgainstIt(long id, DocumentCommand request) {
    long stranded =
        request.kind() == JointDocumentKind.JOINT_HEALTH_AND_WELLBEING_STRATEGY
            ? opinions.countJudgedAgainstOutside(id, request.validFrom(), request.validTo())
            : opinions.countJudgedAgainst(id);
    if (stranded > 0) {
      throw ProblemException.ruleViolated(
          "Rule "
              + OpinionService.STRATEGY_IN_FORCE
              + ": "
              + stranded
              + " opinions on CCG plans were given against this strategy; it must remain the"
              + " Joint Health and Wellbeing Strategy in force on the days they were given");
    }
  }

  private static void assign(JointDocument document, Board board, DocumentCommand request) {
    document.boardId = board.id;
    document.kind = request.kind();
    document.title = request.title().strip();
    document.priorities = request.priorities().stream().map(String::strip).toArray(String[]::new);
    document.validFrom = request.validFrom();
    document.validTo = request.validTo();
  }
}
