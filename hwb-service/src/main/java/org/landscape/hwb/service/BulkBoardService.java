package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.LocalAuthorityRepository;
import org.landscape.hwb.rest.BulkBoardReport;

/**
 * Establishes a board for every upper-tier council valid on the shadow start that has none from
 * then on, in one transaction. Re-running it creates nothing new.
 */
@ApplicationScoped
public class BulkBoardService {

  @Inject LocalAuthorityRepository authorities;
  @Inject BoardRepository boards;
  @Inject BoardService boardService;

  @Transactional
  public BulkBoardReport establishEveryBoard(LocalDate shadowStart, LocalDate statutoryStart) {
    ProblemException.requireNone(
        BoardRules.checkDates(shadowStart, statutoryStart, shadowStart, null));

    List<LocalAuthority> eligible = authorities.hostingBoardsOn(shadowStart);
    Set<String> alreadyHosting = boards.authoritiesWithBoardFrom(shadowStart);
    int created = 0;
    for (LocalAuthority host : eligible) {
      if (!alreadyHosting.contains(host.code)) {
        boardService.establish(
            host, BoardService.defaultName(host), shadowStart, statutoryStart, shadowStart, null);
        created++;
      }
    }
    boards.flush();
    return new BulkBoardReport(
        shadowStart, statutoryStart, eligible.size(), created, eligible.size() - created);
  }
}
