package org.landscape.practice.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.practice.api.CcgTransferResult;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.api.PracticeView;
import org.landscape.practice.domain.ContractType;
import org.landscape.practice.domain.HandoverOutcome;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTerm;
import org.landscape.practice.domain.Orphan;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.domain.PracticeMove;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.domain.TransferAnswer;
import org.landscape.practice.imports.EpraccurImport;
import org.landscape.practice.rest.PracticeViews;

/** Practices, memberships and the answers about them, as the API shows them. */
public final class PracticeMapper {

  private PracticeMapper() {}

  public static MembershipView toView(Membership membership) {
    return membership == null
        ? null
        : new MembershipView(
            membership.ccgCode,
            membership.validFrom,
            membership.validTo,
            toApi(membership.origin),
            membership.source);
  }

  public static MembershipView toView(MembershipHistory.Period period) {
    return toView(MembershipTerm.of(period));
  }

  public static MembershipView toView(MembershipTerm term) {
    return term == null
        ? null
        : new MembershipView(
            term.ccgCode(), term.validFrom(), term.validTo(), toApi(term.origin()), term.source());
  }

  public static List<MembershipView> toViews(List<Membership> history) {
    return history.stream().map(PracticeMapper::toView).toList();
  }

  public static PracticeView toView(Practice practice, LocalDate asOf, Membership membership) {
    return new PracticeView(
        practice.code,
        practice.name,
        List.of(practice.addressLines),
        practice.postcode,
        practice.telephone,
        toApi(practice.status),
        practice.openDate,
        practice.closeDate,
        toApi(practice.contractType),
        practice.listSize,
        asOf,
        toView(membership),
        practice.version);
  }

  public static PracticeView toView(PracticeMembership found, LocalDate asOf) {
    return toView(found.practice(), asOf, found.membership());
  }

  public static PracticeViews.MemberPracticeView toMemberView(PracticeMembership member) {
    Practice practice = member.practice();
    Membership membership = member.membership();
    return new PracticeViews.MemberPracticeView(
        practice.code,
        practice.name,
        practice.postcode,
        toApi(practice.status),
        membership.validFrom,
        membership.validTo);
  }

  public static OpenPracticeMembership toOpenPracticeMembership(PracticeMembership open) {
    Practice practice = open.practice();
    Membership membership = open.membership();
    return new OpenPracticeMembership(
        practice.code,
        toApi(practice.status),
        membership == null ? null : membership.ccgCode,
        membership == null ? null : membership.validFrom);
  }

  public static PracticeViews.TransferResult toView(TransferAnswer answer) {
    return new PracticeViews.TransferResult(
        answer.practiceCode(), toView(answer.ended()), toView(answer.started()));
  }

  public static CcgTransferResult toView(HandoverOutcome outcome) {
    return new CcgTransferResult(
        outcome.successorCode(),
        outcome.effectiveDate(),
        outcome.dryRun(),
        moves(outcome.transferred()),
        moves(outcome.alreadyTransferred()),
        moves(outcome.reverted()));
  }

  public static PracticeViews.EpraccurReport toView(EpraccurImport.Report outcome) {
    return new PracticeViews.EpraccurReport(
        outcome.file(),
        outcome.extractDate(),
        outcome.dryRun(),
        outcome.rows(),
        outcome.gpPractices(),
        outcome.skippedNotGp(),
        outcome.created(),
        outcome.updated(),
        outcome.unchanged(),
        outcome.transfers().size(),
        outcome.closures().size(),
        outcome.statusChanges().size(),
        outcome.absent().size(),
        outcome.conflicts().size(),
        outcome.practicesRederived(),
        new PracticeViews.EpraccurChanges(
            asserted(outcome.newPractices()),
            asserted(outcome.transfers()),
            detailChanges(outcome.closures()),
            detailChanges(outcome.statusChanges()),
            outcome.absent(),
            asserted(outcome.conflicts())),
        outcome.orphans().stream().map(PracticeMapper::toView).toList());
  }

  private static List<PracticeViews.AssertedMembership> asserted(
      List<EpraccurImport.AssertedMembership> memberships) {
    return memberships.stream()
        .map(
            m ->
                new PracticeViews.AssertedMembership(
                    m.practiceCode(),
                    m.fromCcgCode(),
                    m.ccgCode(),
                    m.validFrom(),
                    m.line(),
                    m.reason()))
        .toList();
  }

  private static List<PracticeViews.DetailChange> detailChanges(
      List<EpraccurImport.DetailChange> changes) {
    return changes.stream()
        .map(c -> new PracticeViews.DetailChange(c.practiceCode(), c.was(), c.now(), c.line()))
        .toList();
  }

  public static PracticeViews.Orphan toView(Orphan orphan) {
    return new PracticeViews.Orphan(orphan.practiceCode(), orphan.commissioner(), orphan.reason());
  }

  /** A practice's status as practice-api publishes it. */
  public static org.landscape.practice.api.PracticeStatus toApi(PracticeStatus status) {
    return status == null ? null : org.landscape.practice.api.PracticeStatus.valueOf(status.name());
  }

  /** A status a client sends or asks for, as the domain knows it. */
  public static PracticeStatus toDomain(org.landscape.practice.api.PracticeStatus status) {
    return status == null ? null : PracticeStatus.valueOf(status.name());
  }

  public static org.landscape.practice.api.ContractType toApi(ContractType type) {
    return type == null ? null : org.landscape.practice.api.ContractType.valueOf(type.name());
  }

  public static ContractType toDomain(org.landscape.practice.api.ContractType type) {
    return type == null ? null : ContractType.valueOf(type.name());
  }

  public static org.landscape.practice.api.MembershipOrigin toApi(MembershipOrigin origin) {
    return origin == null
        ? null
        : org.landscape.practice.api.MembershipOrigin.valueOf(origin.name());
  }

  private static List<CcgTransferResult.MovedPractice> moves(List<PracticeMove> moves) {
    return moves.stream()
        .map(move -> new CcgTransferResult.MovedPractice(move.practiceCode(), move.fromCcgCode()))
        .toList();
  }

  public static PracticeViews.MembershipFactView toView(MembershipFact fact, boolean shaping) {
    return new PracticeViews.MembershipFactView(
        fact.id,
        fact.ccgCode,
        fact.validFrom,
        toApi(fact.kind),
        fact.source,
        fact.extractDate,
        fact.recordedAt,
        fact.withdrawnAt,
        fact.withdrawalReason,
        fact.replacedBy,
        shaping);
  }
}
