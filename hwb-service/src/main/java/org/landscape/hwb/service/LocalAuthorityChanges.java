package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.repository.LocalAuthorityRepository;

/**
 * Records the change events of the register of councils, whoever makes the change (API, import).
 */
@ApplicationScoped
public class LocalAuthorityChanges {

  public static final String RESOURCE_TYPE = LocalAuthorityRepository.CHANGE_TYPE;

  /** A council as the change feed carries it. */
  public record LocalAuthorityRecord(
      String code,
      String name,
      LocalAuthorityKind kind,
      String upperTierCode,
      boolean hostsHealthAndWellbeingBoard,
      LocalDate validFrom,
      LocalDate validTo) {

    /** The council as this record tells it: a detached copy, never to be written. */
    LocalAuthority toLocalAuthority() {
      LocalAuthority authority = new LocalAuthority();
      authority.code = code;
      authority.name = name;
      authority.kind = kind;
      authority.upperTierCode = upperTierCode;
      authority.validFrom = validFrom;
      authority.validTo = validTo;
      return authority;
    }

    static LocalAuthorityRecord of(LocalAuthority authority) {
      return new LocalAuthorityRecord(
          authority.code,
          authority.name,
          authority.kind,
          authority.upperTierCode,
          authority.hostsHealthAndWellbeingBoard(),
          authority.validFrom,
          authority.validTo);
    }
  }

  @Inject ChangeFeed changeFeed;

  public void created(LocalAuthority authority) {
    record(authority, ChangeType.CREATED);
  }

  public void updated(LocalAuthority authority) {
    record(authority, ChangeType.UPDATED);
  }

  private void record(LocalAuthority authority, ChangeType type) {
    changeFeed.record(RESOURCE_TYPE, authority.code, type, LocalAuthorityRecord.of(authority));
  }
}
