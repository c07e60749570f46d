package org.landscape.practice.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.CcgOperationalPeriod;
import org.landscape.practice.domain.ContractType;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.Handover;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipFilter;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.OperationalCcgRule;
import org.landscape.practice.domain.Postcode;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeFilter;
import org.landscape.practice.domain.PracticeLifeRule;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.repository.MembershipFactRepository;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.SuccessionRepository;

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
  public record Registration(
      String code, Details details, String ccgCode, LocalDate memberFrom, String source) {}

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject PracticeChanges changes;
  @Inject MembershipFactRepository facts;
  @Inject MembershipRecomputation recomputation;
  @Inject SuccessionRepository successions;
  @Inject ChangeEventRepository changeEvents;
  @Inject ObjectMapper json;
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

  /**
   * The practice and its membership on the date, as the suite had recorded them by the instant: its
   * details from its change events, its membership derived from the facts and successions recorded
   * by then.
   */
  public PracticeMembership on(String code, LocalDate asOf, Instant knownAt) {
    Practice then =
        changeEvents
            .versionAt(PracticeChanges.PRACTICE, code, knownAt)
            .filter(event -> event.changeType != ChangeType.DELETED)
            .map(this::practiceOf)
            .orElseThrow(
                () -> ProblemException.notFound("Practice", code + " as recorded by " + knownAt));
    MembershipHistory history =
        MembershipHistory.derive(
            then.closeDate,
            facts.of(code).stream().map(MembershipFact::assertion).toList(),
            successions.handovers(),
            knownAt);
    return new PracticeMembership(
        then, history.on(asOf).map(period -> Membership.of(code, period)).orElse(null));
  }

  /** The members of the CCG on the date, as the suite had recorded them by the instant. */
  public Page<PracticeMembership> membersOf(
      String ccgCode, LocalDate asOf, Instant knownAt, PageRequest page) {
    Map<String, List<MembershipFact>> factsByPractice = facts.ofAll();
    List<Handover> handovers = successions.handovers();
    List<PracticeMembership> members = new java.util.ArrayList<>();
    for (ChangeEvent event : changeEvents.versionsAt(PracticeChanges.PRACTICE, knownAt)) {
      if (event.changeType == ChangeType.DELETED) {
        continue;
      }
      Practice then = practiceOf(event);
      MembershipHistory.derive(
              then.closeDate,
              factsByPractice.getOrDefault(then.code, List.of()).stream()
                  .map(MembershipFact::assertion)
                  .toList(),
              handovers,
              knownAt)
          .on(asOf)
          .filter(period -> period.ccgCode().equals(ccgCode))
          .ifPresent(
              period ->
                  members.add(new PracticeMembership(then, Membership.of(then.code, period))));
    }
    members.sort(java.util.Comparator.comparing(member -> member.practice().code));
    return Page.of(members, page);
  }

  private Practice practiceOf(ChangeEvent event) {
    try {
      return json.readValue(event.payload, PracticeChanges.PracticeRecord.class).toPractice();
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A practice change event cannot be read", unreadable);
    }
  }

  public Page<PracticeMembership> search(PracticeFilter filter, LocalDate asOf, PageRequest page) {
    Page<Practice> found = practices.search(filter, asOf, page);
    Map<String, Membership> current =
        memberships.onForAll(
            found.items().stream().map(p -> p.code).collect(Collectors.toSet()), asOf);
    return found.map(p -> new PracticeMembership(p, current.get(p.code)));
  }

  /** The memberships that pass the filter, by practice and oldest first, as recorded now. */
  public Page<Membership> memberships(MembershipFilter filter, PageRequest page) {
    return memberships.search(filter, page);
  }

  /** The practice's membership of the CCG from the day, as recorded now. */
  public Membership membership(String practiceCode, String ccgCode, LocalDate from) {
    return memberships
        .beginning(practiceCode, ccgCode, from)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "Membership", practiceCode + " of " + ccgCode + " from " + from));
  }

  /** The practice as each of its change events recorded it, newest first (deletions skipped). */
  public List<PracticeVersion> versions(String code) {
    require(code);
    return changeEvents
        .find(
            "resourceType = ?1 and resourceId = ?2 order by sequence desc",
            PracticeChanges.PRACTICE,
            code)
        .stream()
        .map(event -> new PracticeVersion(event.sequence, event, practiceOf(event)))
        .toList();
  }

  /** One recorded version of a practice: its change event and the practice it recorded. */
  public record PracticeVersion(long sequence, ChangeEvent event, Practice practice) {}

  /** The practice's memberships, oldest first, as recorded now. */
  public List<Membership> history(String code) {
    require(code);
    return memberships.history(code);
  }

  /** The practice's memberships as recorded by the instant, derived from what was known then. */
  public List<MembershipHistory.Period> historyKnownAt(String code, Instant knownAt) {
    return recomputation.historyOf(require(code), knownAt).periods();
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
    Finding start = PracticeLifeRule.firstMembershipFrom(practice, request.memberFrom());
    if (!start.satisfied()) {
      throw ProblemException.invalid("memberFrom", start.detail());
    }
    requireOperational(
        CcgPeriods.of(ccg), request.ccgCode(), request.memberFrom(), practice.closeDate);
    practices.persist(practice);
    practices.flush();
    changes.practice(practice, ChangeType.CREATED);
    facts.persist(
        MembershipFact.asserted(
            practice.code,
            request.ccgCode(),
            request.memberFrom(),
            MembershipOrigin.REGISTRATION,
            request.source(),
            null));
    recomputation.recompute(practice);
    return practice;
  }

  /**
   * Replaces a practice's details. Closing it ends the membership it is in then; a later close
   * date, or reopening, lets its facts hold again (the history is derived again).
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
      closeMemberships(practice);
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

  private void closeMemberships(Practice practice) {
    Finding closing =
        PracticeLifeRule.closingOn(
            practice, recomputation.historyOf(practice, null).firstDay(), practice.closeDate);
    if (!closing.satisfied()) {
      throw ProblemException.conflict(closing.detail());
    }
    practice.detailsExtractDate = null;
    recomputation.recompute(practice);
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
