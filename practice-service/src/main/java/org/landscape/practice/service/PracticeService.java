package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.CcgOperationalPeriod;
import org.landscape.practice.domain.ContractType;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTimeline;
import org.landscape.practice.domain.OperationalCcgRule;
import org.landscape.practice.domain.Postcode;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeFilter;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;

/** Practices: reads as of a date, registration and changes of their details. */
@ApplicationScoped
public class PracticeService {

  /** A practice's descriptive fields (a full replacement on update). */
  public record Details(
      String name,
      List<String> addressLines,
      String postcode,
      String telephone,
      PracticeStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      ContractType contractType,
      Integer listSize) {}

  /** A practice to register, with the CCG it joins from {@code memberFrom}. */
  public record Registration(String code, Details details, String ccgCode, LocalDate memberFrom) {}

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject PracticeChanges changes;
  @Inject CcgRegister ccgs;

  public Practice require(String code) {
    return practices
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Practice", code));
  }

  /** The practice and its membership on the date. */
  public PracticeMembership on(String code, LocalDate asOf) {
    Practice practice = require(code);
    return new PracticeMembership(practice, memberships.on(code, asOf).orElse(null));
  }

  public Page<PracticeMembership> search(PracticeFilter filter, LocalDate asOf, PageRequest page) {
    Page<Practice> found = practices.search(filter, asOf, page);
    Map<String, Membership> current =
        memberships.onForAll(
            found.items().stream().map(p -> p.code).collect(Collectors.toSet()), asOf);
    return found.map(p -> new PracticeMembership(p, current.get(p.code)));
  }

  /** The practice's memberships, oldest first. */
  public List<Membership> history(String code) {
    require(code);
    return memberships.history(code);
  }

  public Page<PracticeMembership> membersOf(String ccgCode, LocalDate asOf, PageRequest page) {
    Page<Membership> found = memberships.membersOf(ccgCode, asOf, page);
    Map<String, Practice> byCode =
        practices
            .list("code in ?1", found.items().stream().map(m -> m.practiceCode).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.code, p -> p));
    return found.map(m -> new PracticeMembership(byCode.get(m.practiceCode), m));
  }

  /** Every practice open on the date, with its membership then (null where it has none). */
  public Page<PracticeMembership> openPracticesWithMembership(LocalDate asOf, PageRequest page) {
    return memberships
        .openPracticesWithMembership(asOf, page)
        .map(row -> new PracticeMembership((Practice) row[0], (Membership) row[1]));
  }

  /** Registers a practice with its first CCG, which ccg-service must confirm operational. */
  public Practice register(Registration request) {
    // asked before the transaction opens: a slow peer must not hold a database connection
    CcgLookup.Result ccg =
        ccgs.lookup(LocalDate.now(), request.ccgCode(), "check the practice's CCG");
    return store(request, ccg);
  }

  @Transactional
  Practice store(Registration request, CcgLookup.Result ccg) {
    if (practices.findById(request.code()) != null) {
      throw ProblemException.conflict(
          "Practice " + request.code() + " already exists; ODS codes are never reused");
    }
    Practice practice = new Practice();
    practice.code = request.code();
    apply(practice, request.details(), "details.");
    Finding start = MembershipTimeline.firstMembershipFrom(practice, request.memberFrom());
    if (!start.satisfied()) {
      throw ProblemException.invalid("memberFrom", start.detail());
    }
    requireOperational(
        CcgPeriods.of(ccg), request.ccgCode(), request.memberFrom(), practice.closeDate);
    practices.persist(practice);
    Membership first = new Membership();
    first.practiceCode = practice.code;
    first.ccgCode = request.ccgCode();
    first.validFrom = request.memberFrom();
    first.validTo = practice.closeDate;
    first.origin = MembershipOrigin.REGISTRATION;
    memberships.persist(first);
    practices.flush();
    changes.practice(practice, ChangeType.CREATED);
    changes.membership(first, ChangeType.CREATED);
    return practice;
  }

  /**
   * Replaces a practice's details. Closing it ends its current membership on the close date; the
   * history before is never rewritten.
   */
  @Transactional
  public Practice update(String code, String ifMatch, Details details) {
    Practice practice =
        practices
            .lockForChange(code)
            .orElseThrow(() -> ProblemException.notFound("Practice", code));
    ETags.requireMatch(ifMatch, practice.version);
    LocalDate previousClose = practice.closeDate;
    apply(practice, details, "");
    if (!Objects.equals(previousClose, practice.closeDate)) {
      moveEndOfMembership(practice, previousClose);
    }
    practices.flush();
    changes.practice(practice, ChangeType.UPDATED);
    return practice;
  }

  static void requireOperational(
      CcgOperationalPeriod ccg, String code, LocalDate from, LocalDate to) {
    Finding operational = OperationalCcgRule.check(code, ccg, from, to);
    if (!operational.satisfied()) {
      throw ProblemException.ruleViolated(operational.detail());
    }
  }

  private void moveEndOfMembership(Practice practice, LocalDate previousClose) {
    MembershipTimeline timeline =
        MembershipTimeline.of(practice, memberships.history(practice.code));
    if (timeline.latest().isEmpty()) {
      return;
    }
    Finding closing = timeline.closingOn(practice.closeDate);
    if (!closing.satisfied()) {
      throw ProblemException.conflict(closing.detail());
    }
    timeline
        .endingWithClosure(previousClose)
        .ifPresent(
            last -> {
              last.validTo = practice.closeDate;
              changes.membership(last, ChangeType.UPDATED);
            });
  }

  private static void apply(Practice practice, Details details, String prefix) {
    practice.postcode =
        Postcode.normalise(details.postcode())
            .orElseThrow(() -> ProblemException.invalid(prefix + "postcode", Postcode.MESSAGE));
    if (details.openDate() != null
        && details.closeDate() != null
        && !details.closeDate().isAfter(details.openDate())) {
      throw ProblemException.invalid(prefix + "closeDate", "must be after openDate");
    }
    practice.name = details.name().strip();
    practice.addressLines =
        details.addressLines() == null
            ? new String[0]
            : details.addressLines().stream().map(String::strip).toArray(String[]::new);
    practice.telephone =
        details.telephone() == null || details.telephone().isBlank()
            ? null
            : details.telephone().strip();
    practice.status = details.status();
    practice.openDate = details.openDate();
    practice.closeDate = details.closeDate();
    practice.contractType = details.contractType();
    practice.listSize = details.listSize();
  }
}
