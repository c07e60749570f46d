package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.time.Validity;

/**
 * The Health and Wellbeing Board of an upper-tier council, valid over {@code [validFrom, validTo)}:
 * in shadow form from its shadow start, statutory from its statutory start. An authority has at
 * most one board at a time; its ONS code identifies the board.
 */
@Entity
@Table(name = "board")
public class Board {

  public static final LocalDate DEFAULT_SHADOW_START = LocalDate.of(2012, 4, 1);
  public static final LocalDate DEFAULT_STATUTORY_START = LocalDate.of(2013, 4, 1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "authority_code", nullable = false)
  public String authorityCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "shadow_start", nullable = false)
  public LocalDate shadowStart;

  @Column(name = "statutory_start", nullable = false)
  public LocalDate statutoryStart;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;

  public boolean isValidOn(LocalDate date) {
    return Validity.contains(validFrom, validTo, date);
  }

  /** Whether a dated record of the board, over {@code [from, to)}, lies within its validity. */
  public boolean covers(LocalDate from, LocalDate to) {
    boolean startsInside = isValidOn(from);
    boolean endsInside = validTo == null || (to != null && !to.isAfter(validTo));
    return startsInside && endsInside;
  }

  /** Shadow or statutory on the date; empty when the board is not valid then. */
  public Optional<BoardStage> stageOn(LocalDate date) {
    if (!isValidOn(date)) {
      return Optional.empty();
    }
    return Optional.of(date.isBefore(statutoryStart) ? BoardStage.SHADOW : BoardStage.STATUTORY);
  }

  /**
   * The validity period as people read it, e.g. "from 2012-04-01" or "2012-04-01 to 2019-04-01".
   */
  public String period() {
    return validTo == null ? "from " + validFrom : validFrom + " to " + validTo;
  }
}
