package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.mapping.LocalAuthorityMapper;
import org.landscape.hwb.repository.LocalAuthorityFilter;
import org.landscape.hwb.repository.LocalAuthorityRepository;
import org.landscape.hwb.rest.LocalAuthorityChanges;
import org.landscape.hwb.rest.NewLocalAuthority;

/** The register of English councils. */
@ApplicationScoped
public class LocalAuthorityService {

  public static final String RESOURCE_TYPE = "local-authority";

  @Inject LocalAuthorityRepository authorities;
  @Inject ChangeFeed changeFeed;

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

  @Transactional
  public LocalAuthority create(NewLocalAuthority request) {
    if (authorities.findByIdOptional(request.code()).isPresent()) {
      throw ProblemException.conflict("Local authority " + request.code() + " already exists");
    }
    LocalAuthorityKind kind = LocalAuthorityKind.ofCode(request.code()).orElseThrow();
    ProblemException.requireNone(
        LocalAuthorityRules.check(
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
    changeFeed.record(
        RESOURCE_TYPE, authority.code, ChangeType.CREATED, LocalAuthorityMapper.toView(authority));
    return authority;
  }

  @Transactional
  public LocalAuthority update(String code, String ifMatch, LocalAuthorityChanges changes) {
    LocalAuthority authority = get(code, null);
    ETags.requireMatch(ifMatch, authority.version);
    ProblemException.requireNone(
        LocalAuthorityRules.check(
            authority.kind,
            changes.upperTierCode(),
            changes.validFrom(),
            changes.validTo(),
            authorities::isCounty));
    String name = changes.name().strip();
    if (authority.sameAs(name, changes.upperTierCode(), changes.validFrom(), changes.validTo())) {
      return authority;
    }
    authority.name = name;
    authority.upperTierCode = changes.upperTierCode();
    authority.validFrom = changes.validFrom();
    authority.validTo = changes.validTo();
    authorities.flush();
    changeFeed.record(
        RESOURCE_TYPE, code, ChangeType.UPDATED, LocalAuthorityMapper.toView(authority));
    return authority;
  }
}
