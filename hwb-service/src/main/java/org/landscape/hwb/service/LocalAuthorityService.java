package org.landscape.hwb.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.CouncilUpperTier;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityFilter;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.repository.LocalAuthorityRepository;

/** The register of English councils. */
@ApplicationScoped
public class LocalAuthorityService {

  /** A council to add. */
  public record NewLocalAuthorityCommand(
      String code, String name, String upperTierCode, LocalDate validFrom, LocalDate validTo) {}

  /** The new state of a council's editable fields. */
  public record LocalAuthorityUpdateCommand(
      String name, String upperTierCode, LocalDate validFrom, LocalDate validTo) {}

  /** One recorded version of a council: its change event and the council it recorded. */
  public record LocalAuthorityVersion(ChangeEvent event, LocalAuthority authority) {}

  @Inject LocalAuthorityRepository authorities;
  @Inject ChangeEventRepository changeEvents;
  @Inject ObjectMapper json;
  @Inject LocalAuthorityChanges changes;

  public Page<LocalAuthority> search(
      LocalAuthorityFilter filter, LocalDate asOf, PageRequest page) {
    return authorities.search(filter, asOf, page);
  }

  /** The council with this code; with a date, only if it was valid then. */
  public LocalAuthority get(String code, LocalDate asOf) {
    LocalAuthority authority =
        authorities
            .findByIdOptional(code)
            .orElseThrow(() -> ProblemException.notFound("Local authority", code));
    if (asOf != null && !Validity.contains(authority.validFrom, authority.validTo, asOf)) {
      throw new ProblemException(
          ProblemType.NOT_FOUND, "Local authority " + code + " was not valid on " + asOf);
    }
    return authority;
  }

  /** The council as each of its change events recorded it, newest first. */
  public List<LocalAuthorityVersion> versions(String code) {
    get(code, null);
    return changeEvents
        .find(
            "resourceType = ?1 and resourceId = ?2 order by sequence desc",
            LocalAuthorityChanges.RESOURCE_TYPE,
            code)
        .stream()
        .map(event -> new LocalAuthorityVersion(event, authorityOf(event)))
        .toList();
  }

  private LocalAuthority authorityOf(ChangeEvent event) {
    try {
      return json.readValue(event.payload, LocalAuthorityChanges.LocalAuthorityRecord.class)
          .toLocalAuthority();
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A local-authority change event cannot be read", unreadable);
    }
  }

  @Transactional
  public LocalAuthority create(NewLocalAuthorityCommand request) {
    if (authorities.findByIdOptional(request.code()).isPresent()) {
      throw ProblemException.conflict("Local authority " + request.code() + " already exists");
    }
    LocalAuthorityKind kind = LocalAuthorityKind.ofCode(request.code()).orElseThrow();
    ProblemException.requireNone(
        CouncilUpperTier.check(
            kind,
            request.upperTierCode(),
            request.validFrom(),
            request.validTo(),
            authorities::isCounty));
    LocalAuthority authority = new LocalAuthority();
    authority.code = request.code();
    authority.kind = kind;
    authority.name = request.name().strip();
    authority.upperTierCode = request.upperTierCode();
    authority.validFrom = request.validFrom();
    authority.validTo = request.validTo();
    authorities.persist(authority);
    authorities.flush();
    changes.created(authority);
    return authority;
  }

  @Transactional
  public LocalAuthority update(String code, String ifMatch, LocalAuthorityUpdateCommand update) {
    LocalAuthority authority = get(code, null);
    ETags.requireMatch(ifMatch, authority.version);
    ProblemException.requireNone(
        CouncilUpperTier.check(
            authority.kind,
            update.upperTierCode(),
            update.validFrom(),
            update.validTo(),
            authorities::isCounty));
    String name = update.name().strip();
    if (authority.sameAs(name, update.upperTierCode(), update.validFrom(), update.validTo())) {
      return authority;
    }
    authority.name = name;
    authority.upperTierCode = update.upperTierCode();
    authority.validFrom = update.validFrom();
    authority.validTo = update.validTo();
    authorities.flush();
    changes.updated(authority);
    return authority;
  }
}
