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
 * A board's Joint Strategic Needs Assessment or Joint Health and Wellbeing Strategy, in force over
 * {@code [validFrom, validTo)}, with its priorities in order.
 */
@Entity
@Table(name = "joint_document")
public class JointDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "board_id", nullable = false)
  public Long boardId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public JointDocumentKind kind;

  @Column(nullable = false)
  public String title;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] priorities;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;
}
