package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderFilter;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.time.AsOf;
import org.landscape.common.time.Validity;
import org.landscape.practice.api.PracticeRegister;

/** Providers: reads, and registration of those that no official file brings. */
@ApplicationScoped
public class ProviderService {

  /** A provider to register. */
  public record Registration(
      String code, String name, ProviderKind kind, LocalDate openDate, LocalDate closeDate) {}

  @Inject ProviderRepository providers;
  @Inject ProviderChanges changes;
  @Inject PracticeRegister practices;

  public Provider require(String code) {
    return providers
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Provider", code));
  }

  public Page<Provider> search(ProviderFilter filter, PageRequest page) {
    return providers.search(filter, page);
  }

  /** Registers a provider; a GP practice must be known to practice-service. */
  public Provider register(Registration request) {
    if (!request.kind().isValidCode(request.code())) {
      throw ProblemException.invalid("code", request.kind().codeMessage());
    }
    if (!Validity.isOrdered(request.openDate(), request.closeDate())) {
      throw ProblemException.invalid("closeDate", "must be after openDate");
    }
    requireNew(request.code());
    if (request.kind() == ProviderKind.GP_PRACTICE
        && practices
            .practice(request.code(), LocalDate.now(AsOf.ENGLAND), "check the GP practice")
            .isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          "A GP practice provider must be a practice that practice-service knows, and it knows no practice "
              + request.code());
    }
    return persist(request);
  }

  @Transactional
  Provider persist(Registration request) {
    requireNew(request.code());
    Provider provider = new Provider();
    provider.code = request.code();
    provider.name = request.name().strip();
    provider.kind = request.kind();
    provider.openDate = request.openDate();
    provider.closeDate = request.closeDate();
    changes.created(provider);
    return provider;
  }

  private void requireNew(String code) {
    if (providers.findById(code) != null) {
      throw ProblemException.conflict(
          "Provider " + code + " already exists; ODS codes are never reused");
    }
  }
}
