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

/** A person's seat on a board in one role over {@code [validFrom, validTo)}. */
@Entity
@Table(name = "board_member")
public class BoardMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "board_id", nullable = false)
  public Long boardId;

  @Column(name = "person_name", nullable = false)
  public String personName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MemberRole role;

  /** The CCG a {@link MemberRole#CCG_REPRESENTATIVE} speaks for; null for every other role. */
  @Column(name = "ccg_code")
  public String ccgCode;

  /** The ICB that nominated the member; only for an ICB representative. */
  @Column(name = "icb_code")
  public String icbCode;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;
}
