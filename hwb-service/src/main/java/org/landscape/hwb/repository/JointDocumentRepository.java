package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.domain.JointDocumentKind;

@ApplicationScoped
public class JointDocumentRepository implements PanacheRepositoryBase<JointDocument, Long> {

  private static final String OF_BOARDS_OF_AUTHORITY =
      "d.boardId in (select b.id from Board b where b.authorityCode = :code)";

  public Page<JointDocument> search(
      String authorityCode, JointDocumentKind kind, LocalDate asOf, PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            "from JointDocument d where " + OF_BOARDS_OF_AUTHORITY + " and " + Dated.validOn("d"));
    Parameters parameters = Parameters.with("code", authorityCode).and("asOf", asOf);
    if (kind != null) {
      where.append(" and d.kind = :kind");
      parameters.and("kind", kind);
    }
    where.append(" order by d.kind, d.validFrom, d.id");
    return Paged.of(find(where.toString(), parameters), page);
  }

  public Optional<JointDocument> ofAuthority(String authorityCode, long id) {
    return find(
            "from JointDocument d where d.id = :id and " + OF_BOARDS_OF_AUTHORITY,
            Parameters.with("id", id).and("code", authorityCode))
        .firstResultOptional();
  }

  /** The board's document of this kind in force on the date. */
  public Optional<JointDocument> inForce(long boardId, JointDocumentKind kind, LocalDate date) {
    return find(
            "from JointDocument d where d.boardId = :board and d.kind = :kind and "
                + Dated.validOn("d"),
            Parameters.with("board", boardId).and("kind", kind).and("asOf", date))
        .firstResultOptional();
  }

  /** Another document of the same board and kind in force over an overlapping period. */
  public Optional<JointDocument> clashing(JointDocument document) {
    return find(
            "from JointDocument d where d.boardId = :board and d.kind = :kind and d.id <> :except"
                + " and "
                + Dated.overlaps("d", document.validTo != null),
            Dated.period(document.validFrom, document.validTo)
                .and("board", document.boardId)
                .and("kind", document.kind)
                .and("except", document.id == null ? -1L : document.id))
        .firstResultOptional();
  }

  /** How many of the board's documents would fall outside {@code [from, to)}. */
  public long countOutside(long boardId, LocalDate from, LocalDate to) {
    return count(
        "from JointDocument d where d.boardId = :board and " + Dated.outside("d", to != null),
        Dated.period(from, to).and("board", boardId));
  }
}
