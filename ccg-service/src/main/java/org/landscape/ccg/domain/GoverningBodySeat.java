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

  /** An ODS organisation code, as a seat names its holder's employer. */
  public static final String EMPLOYER_REGEX = "[A-Z0-9]{3,6}";

  public static final String EMPLOYER_MESSAGE =
      "must be an ODS organisation code: 3 to 6 capital letters or digits (e.g. RTD)";

  /**
   * The roles whose holders must not be employed by a provider the CCG commissions from (SI
   * 2012/1631 reg 11): the registered nurse and the secondary-care specialist doctor.
   */
  public static final Set<GoverningBodyRole> INDEPENDENT_CLINICAL_ROLES =
      Set.of(
          GoverningBodyRole.REGISTERED_NURSE, GoverningBodyRole.SECONDARY_CARE_SPECIALIST_DOCTOR);

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

  /** The ODS code of the holder's employer; null when not named. */
  @Column(name = "employer_code")
  public String employerCode;

  @Version public long version;

  public Set<GoverningBodyRole> roleSet() {
    return Arrays.stream(roles).map(GoverningBodyRole::valueOf).collect(Collectors.toSet());
  }

  public boolean holds(GoverningBodyRole role) {
    return roleSet().contains(role);
  }

  /** Whether the holder is the registered nurse or the secondary-care specialist doctor. */
  public boolean holdsAnIndependentClinicalRole() {
    return roleSet().stream().anyMatch(INDEPENDENT_CLINICAL_ROLES::contains);
  }
}
