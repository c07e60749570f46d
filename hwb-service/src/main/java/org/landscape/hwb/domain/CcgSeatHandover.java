package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A CCG representative's seat ended by a CCG reconfiguration, with the successor's seat begun in
 * its place (null when the board already seated the successor).
 */
@Entity
@Table(name = "ccg_seat_handover")
public class CcgSeatHandover {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "board_id", nullable = false)
  public Long boardId;

  @Column(name = "predecessor_code", nullable = false)
  public String predecessorCode;

  @Column(name = "successor_code", nullable = false)
  public String successorCode;

  @Column(name = "effective_date", nullable = false)
  public LocalDate effectiveDate;

  @Column(name = "ended_seat_id", nullable = false)
  public Long endedSeatId;

  /** Where the ended seat ended before the handover (null: open). */
  @Column(name = "ended_seat_valid_to")
  public LocalDate endedSeatValidTo;

  @Column(name = "successor_seat_id")
  public Long successorSeatId;
}
