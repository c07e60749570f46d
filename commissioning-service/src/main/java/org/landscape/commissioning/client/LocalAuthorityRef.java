package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.landscape.commissioning.domain.Council;

/** A council as hwb-service describes it (only what this service needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocalAuthorityRef(
    String code,
    String name,
    String kind,
    String upperTierCode,
    boolean hostsHealthAndWellbeingBoard,
    LocalDate validFrom,
    LocalDate validTo) {

  /** Upper-tier councils (all but districts) host a board and commission public health. */
  public boolean isUpperTier() {
    return hostsHealthAndWellbeingBoard;
  }

  /** The council as the domain's rules read it. */
  public Council toCouncil() {
    return new Council(code, name, isUpperTier(), upperTierCode, validTo);
  }

  public String label() {
    return name == null ? code : code + " (" + name + ")";
  }
}
