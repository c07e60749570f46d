package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgDirectory;
import org.landscape.practice.client.CcgStatus;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.Postcode;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeFilter;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.rest.PracticeRequests;
import org.landscape.practice.rest.PracticeViews;

/** Practices: reads as of a date, registration and changes of their details. */
@ApplicationScoped
public class PracticeService {

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject PracticeChanges changes;
  @Inject CcgDirectory ccgs;

  public Practice require(String code) {
    return practices
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Practice", code));
  }

  public PracticeViews.PracticeView view(String code, LocalDate asOf) {
    Practice practice = require(code);
    return PracticeMapper.toView(practice, asOf, memberships.on(code, asOf).orElse(null));
  }

  public Page<PracticeViews.PracticeView> search(
      PracticeFilter filter, LocalDate asOf, PageRequest page) {
    Page<Practice> found = practices.search(filter, asOf, page);
    Map<String, Membership> current =
        memberships.onForAll(
            found.items().stream().map(p -> p.code).collect(Collectors.toSet()), asOf);
    return found.map(p -> PracticeMapper.toView(p, asOf, current.get(p.code)));
  }

  public List<PracticeViews.MembershipView> history(String code) {
    require(code);
    return memberships.history(code).stream().map(PracticeMapper::toView).toList();
  }

  public Page<PracticeViews.MemberPracticeView> membersOf(
      String ccgCode, LocalDate asOf, PageRequest page) {
    Page<Membership> found = memberships.membersOf(ccgCode, asOf, page);
    Map<String, Practice> byCode =
        practices
            .list("code in ?1", found.items().stream().map(m -> m.practiceCode).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.code, p -> p));
    return found.map(m -> PracticeMapper.toMemberView(byCode.get(m.practiceCode), m));
  }

  public Page<PracticeViews.OpenPracticeMembership> openPracticesWithMembership(
      LocalDate asOf, PageRequest page) {
    return memberships
        .openPracticesWithMembership(asOf, page)
        .map(
            row -> {
              Practice practice = (Practice) row[0];
              Membership membership = (Membership) row[1];
              return new PracticeViews.OpenPracticeMembership(
                  practice.code,
                  practice.status,
                  membership == null ? null : membership.ccgCode,
                  membership == null ? null : membership.validFrom);
            });
  }

  /** Registers a practice with its first CCG, which ccg-service must confirm operational. */
  public Practice register(PracticeRequests.NewPractice request) {
    // asked before the transaction opens: a slow peer must not hold a database connection
    CcgStatus ccg = ccgs.statusOf(request.ccgCode(), "check the practice's CCG");
    return store(request, ccg);
  }

  @Transactional
  Practice store(PracticeRequests.NewPractice request, CcgStatus ccg) {
    if (practices.findById(request.code()) != null) {
      throw ProblemException.conflict(
          "Practice " + request.code() + " already exists; ODS codes are never reused");
    }
    Practice practice = new Practice();
    practice.code = request.code();
    apply(practice, request.details(), "details.");
    if (practice.openDate != null && request.memberFrom().isBefore(practice.openDate)) {
      throw ProblemException.invalid(
          "memberFrom", "must not be before the practice opened on " + practice.openDate);
    }
    if (practice.closeDate != null && !request.memberFrom().isBefore(practice.closeDate)) {
      throw ProblemException.invalid(
          "memberFrom", "must be before the practice closed on " + practice.closeDate);
    }
    requireOperational(ccg, request.ccgCode(), request.memberFrom(), practice.closeDate);
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
  public Practice update(String code, String ifMatch, PracticeRequests.Details details) {
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

  public static void requireOperational(CcgStatus ccg, String code, LocalDate from, LocalDate to) {
    if (ccg == null || !ccg.operationalFrom(from, to)) {
      String why = ccg == null ? "CCG " + code + " does not exist" : ccg.whyNotOperational(from);
      throw ProblemException.ruleViolated(
          "A practice may only be a member of a CCG that is operational over the whole membership: "
              + why);
    }
  }

  private void moveEndOfMembership(Practice practice, LocalDate previousClose) {
    List<Membership> history = memberships.history(practice.code);
    if (history.isEmpty()) {
      return;
    }
    Membership last = history.getLast();
    LocalDate close = practice.closeDate;
    if (close != null && !close.isAfter(last.validFrom)) {
      throw ProblemException.conflict(
          "Practice "
              + practice.code
              + " has a membership from "
              + last.validFrom
              + "; it cannot close on or before that");
    }
    if (Objects.equals(last.validTo, previousClose)) {
      last.validTo = close;
      changes.membership(last, ChangeType.UPDATED);
    }
  }

  private static void apply(Practice practice, PracticeRequests.Details details, String prefix) {
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
