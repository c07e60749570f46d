package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A board's opinion on whether a relevant CCG's draft commissioning plan for a financial year takes
 * proper account of the Joint Health and Wellbeing Strategy in force when the opinion was given.
 */
@Entity
@Table(name = "plan_opinion")
public class PlanOpinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "board_id", nullable = false)
  public Long boardId;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "plan_reference", nullable = false)
  public String planReference;

  /** As written in the NHS: {@code 2014/15}. */
  @Column(name = "financial_year", nullable = false)
  public String financialYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "opinion", nullable = false)
  public OpinionVerdict verdict;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] reasons;

  @Column(name = "given_on", nullable = false)
  public LocalDate givenOn;

  /** The Joint Health and Wellbeing Strategy the plan was judged against. */
  @Column(name = "strategy_id", nullable = false)
  public Long strategyId;

  @Version public long version;
}
