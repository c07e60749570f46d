package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.BoardDateOrder;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.LocalAuthorityRepository;

/**
 * Establishes a board for every upper-tier council valid on the shadow start that has none from
 * then on, in one transaction. Re-running it creates nothing new.
 */
@ApplicationScoped
public class BulkBoardService {

  /** What establishing every board did: councils eligible, boards created, boards there already. */
  public record Result(
      LocalDate shadowStart,
      LocalDate statutoryStart,
      int eligibleAuthorities,
      int created,
      int unchanged) {}

  @Inject LocalAuthorityRepository authorities;
  @Inject BoardRepository boards;
  @Inject BoardService boardService;

  @Transactional
  public Result establishEveryBoard(LocalDate shadowStart, LocalDate statutoryStart) {
    ProblemException.requireNone(
        BoardDateOrder.check(shadowStart, statutoryStart, shadowStart, null));

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
    return new Result(
        shadowStart, statutoryStart, eligible.size(), created, eligible.size() - created);
  }
}
