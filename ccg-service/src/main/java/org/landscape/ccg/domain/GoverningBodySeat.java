package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's seat on a CCG's governing body over {@code [validFrom, validTo)}. */
@Entity
@Table(name = "governing_body_seat")
public class GoverningBodySeat {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "person_name", nullable = false)
  public String personName;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] roles;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;

  public Set<GoverningBodyRole> roleSet() {
    return Arrays.stream(roles).map(GoverningBodyRole::valueOf).collect(Collectors.toSet());
  }

  public boolean holds(GoverningBodyRole role) {
    return roleSet().contains(role);
  }
}
