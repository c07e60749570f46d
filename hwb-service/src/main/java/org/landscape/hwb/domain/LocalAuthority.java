package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** An English council, by ONS code, valid over {@code [validFrom, validTo)}. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LocalAuthorityKind kind;

  /** The county of a district; null for every other kind, which is its own upper tier. */
  @Column(name = "upper_tier_code")
  public String upperTierCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;

  public boolean hostsHealthAndWellbeingBoard() {
    return kind.isUpperTier();
  }

  /** Whether the descriptive fields equal those given, so that re-imports change nothing. */
  public boolean sameAs(String name, String upperTierCode, LocalDate validFrom, LocalDate validTo) {
    return Objects.equals(this.name, name)
        && Objects.equals(this.upperTierCode, upperTierCode)
        && Objects.equals(this.validFrom, validFrom)
        && Objects.equals(this.validTo, validTo);
  }
}
